-- Two conflicting hard constraints now have their own outcome and confidence (issue 14).
-- Rows saved before stored them as "either" with a "decided by a hard constraint"
-- confidence, which contradicts what the history now explains for them.
update saved_suggestion
set outcome = 'CONFLICT', confidence = 'CONFLICTING_CONSTRAINTS'
where keep_tfx and need_transformers_v5;

-- module: progress
-- V6 and V7 added indexes to other modules' tables for the dashboards' queries. Progress no longer
-- reads those tables (DD003: it keeps completed_lesson and quiz_result from the events), so the
-- indexes go. Where an owner still wants one, the owner's own migration creates it (V30).
drop index if exists lesson_completion_by_learner_time; -- curriculum's lesson_completion (its primary key serves it)
drop index if exists quiz_attempt_graded;               -- quiz's quiz_attempt (quiz_attempt_by_learner serves its lookups)
drop index if exists quiz_attempt_by_submitted;         -- quiz's quiz_attempt
drop index if exists attempt_item_by_question;          -- quiz's attempt_item (attempt_item_by_question_attempt covers it)
drop index if exists user_account_by_role;              -- account's user_account (recreated by account in V30)

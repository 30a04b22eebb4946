-- Graded attempts whose progress (mastery, review cards, review log, question sums) is applied.
-- The listener inserts the key first in its own transaction: a redelivered or resubmitted event,
-- on this node or another, finds it and changes nothing a second time.
create table graded_attempt_applied (
    attempt_id bigint primary key,
    applied_at timestamp(6) with time zone not null
);

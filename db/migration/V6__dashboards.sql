-- Dashboards: the learner's time zone (for streaks and "today"), and indexes the cohort queries use.
create table learner_zone (
    learner_id bigint primary key references user_account (id) on delete cascade,
    zone_id    varchar(64) not null
);
create index lesson_completion_by_learner_time on lesson_completion (learner_id, completed_at);
create index quiz_attempt_graded on quiz_attempt (quiz_id, learner_id, submitted_at) where submitted_at is not null;
create index attempt_item_by_question on attempt_item (question_id);
create index user_account_by_role on user_account (role, created_at);

-- module: progress
-- Progress keeps what it needs from the events it receives instead of reading the curriculum's
-- and the quiz module's tables (DD003, issue 12). Each table is filled by a listener from the
-- event's payload; this migration backfills them once from the rows stored so far (the only
-- place where progress reads other modules' tables).

-- From LessonCompleted: one row per learner and lesson, the first completion.
create table completed_lesson (
    learner_id      bigint       not null references user_account (id) on delete cascade,
    lesson_slug     varchar(120) not null,
    module_slug     varchar(80)  not null,
    reading_minutes integer      not null,
    completed_at    timestamp(6) with time zone not null,
    primary key (learner_id, lesson_slug)
);

-- From QuizAttemptGraded: one row per graded attempt. question_ids and question_scores are the
-- attempt's questions in the order drawn; missed_skills the skills of those scored below 1.
create table quiz_result (
    attempt_id      bigint        primary key,
    learner_id      bigint        not null references user_account (id) on delete cascade,
    quiz_id         bigint        not null,
    quiz_slug       varchar(120)  not null,
    quiz_title      varchar(200)  not null,
    module_slug     varchar(80)   not null,
    pass_percent    integer       not null,
    started_at      timestamp(6) with time zone not null,
    graded_at       timestamp(6) with time zone not null,
    score           numeric(6, 5) not null,
    passed          boolean       not null,
    first_attempt   boolean       not null,
    missed_skills   text[]        not null,
    question_ids    bigint[]      not null,
    question_scores numeric(6, 5)[] not null
);
create index quiz_result_by_learner on quiz_result (learner_id, quiz_id, graded_at);

-- The skill of a card's question, copied from the event (mastery after a review follows it).
alter table review_card add column skill varchar(80);

insert into completed_lesson (learner_id, lesson_slug, module_slug, reading_minutes, completed_at)
select c.learner_id, l.slug, m.slug, l.reading_minutes, c.completed_at
from lesson_completion c join lesson l on l.id = c.lesson_id join path_module m on m.id = l.module_id;

insert into quiz_result (attempt_id, learner_id, quiz_id, quiz_slug, quiz_title, module_slug, pass_percent,
                         started_at, graded_at, score, passed, first_attempt, missed_skills, question_ids,
                         question_scores)
select a.id, a.learner_id, a.quiz_id, q.slug, q.title, q.module_slug, q.pass_percent, a.started_at, a.submitted_at,
       a.score, a.passed,
       a.id = (select f.id from quiz_attempt f where f.learner_id = a.learner_id and f.quiz_id = a.quiz_id
               and f.submitted_at is not null order by f.submitted_at, f.id limit 1),
       coalesce((select array_agg(distinct qu.skill order by qu.skill) from attempt_item i
                 join question qu on qu.id = i.question_id where i.attempt_id = a.id and i.score < 1), '{}'),
       coalesce((select array_agg(i.question_id order by i.position) from attempt_item i where i.attempt_id = a.id), '{}'),
       coalesce((select array_agg(coalesce(i.score, 0) order by i.position) from attempt_item i where i.attempt_id = a.id), '{}')
from quiz_attempt a join quiz q on q.id = a.quiz_id
where a.submitted_at is not null;

update review_card c set skill = q.skill from question q where q.id = c.question_id;

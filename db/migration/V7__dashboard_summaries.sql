-- Summaries the instructor dashboard reads instead of aggregating every attempt on each view.
-- Kept up to date by the progress module as work happens (lesson completed, quiz graded,
-- review recorded); rebuilt here from what is already stored.

-- Per learner: last activity, lessons done (current lessons), and "failed a quiz twice without passing it".
create table learner_summary (
    learner_id    bigint primary key references user_account (id) on delete cascade,
    last_activity timestamp(6) with time zone,
    lessons_done  integer not null default 0,
    failing_quiz  boolean not null default false
);
create index learner_summary_by_activity on learner_summary (last_activity);

-- Per question, sums over first attempts from which facility and discrimination follow
-- (x = the question's score, r = the rest of the attempt's score).
create table question_summary (
    question_id bigint primary key references question (id),
    n           integer not null default 0,
    sum_x       double precision not null default 0,
    sum_xx      double precision not null default 0,
    sum_r       double precision not null default 0,
    sum_rr      double precision not null default 0,
    sum_xr      double precision not null default 0
);

create index quiz_attempt_by_submitted on quiz_attempt (submitted_at) where submitted_at is not null;
create index review_log_by_time on review_log (reviewed_at);

insert into learner_summary (learner_id, last_activity, lessons_done, failing_quiz)
select u.id,
       (select max(t) from (select max(completed_at) as t from lesson_completion where learner_id = u.id
                            union all select max(submitted_at) from quiz_attempt where learner_id = u.id
                            union all select max(reviewed_at) from review_log where learner_id = u.id) x),
       (select count(*) from lesson_completion c join lesson l on l.id = c.lesson_id and l.retired_at is null
        where c.learner_id = u.id),
       exists (select 1 from quiz_attempt a where a.learner_id = u.id and a.submitted_at is not null
               group by a.quiz_id having count(*) filter (where not a.passed) >= 2 and not bool_or(a.passed))
from user_account u where u.role = 'LEARNER';

insert into question_summary (question_id, n, sum_x, sum_xx, sum_r, sum_rr, sum_xr)
select question_id, count(*), sum(x), sum(x * x), sum(r), sum(r * r), sum(x * r)
from (select i.question_id, i.score::float8 as x,
             (sum(i.score) over (partition by i.attempt_id))::float8 - i.score::float8 as r
      from attempt_item i
      join (select distinct on (learner_id, quiz_id) id from quiz_attempt where submitted_at is not null
            order by learner_id, quiz_id, submitted_at, id) f on f.id = i.attempt_id) s
group by question_id;

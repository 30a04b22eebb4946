-- Mastery per learner and skill (Khan Academy's levels), spaced-review cards (FSRS) and the review log.
create table skill_mastery (
    learner_id bigint      not null references user_account (id) on delete cascade,
    skill      varchar(80) not null,
    level      varchar(20) not null check (level in ('NOT_STARTED', 'ATTEMPTED', 'FAMILIAR', 'PROFICIENT', 'MASTERED')),
    updated_at timestamp(6) with time zone not null,
    primary key (learner_id, skill)
);

create table review_card (
    learner_id  bigint not null references user_account (id) on delete cascade,
    question_id bigint not null references question (id),
    state       varchar(20) not null,
    step        integer,
    stability   double precision,
    difficulty  double precision,
    due         timestamp(6) with time zone not null,
    last_review timestamp(6) with time zone,
    reps        integer not null default 0,
    lapses      integer not null default 0,
    primary key (learner_id, question_id)
);
create index review_card_due on review_card (learner_id, due);

create table review_log (
    id          bigint generated always as identity primary key,
    learner_id  bigint not null references user_account (id) on delete cascade,
    question_id bigint not null references question (id),
    source      varchar(10) not null check (source in ('QUIZ', 'REVIEW')),
    rating      varchar(10) not null,
    score       numeric(6, 5) not null,
    reviewed_at timestamp(6) with time zone not null
);
create index review_log_by_learner on review_log (learner_id, reviewed_at);

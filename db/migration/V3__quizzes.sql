-- Quizzes and questions, loaded from content files next to the lessons (keyed by slug / id and content hash).
create table quiz (
    id           bigint generated always as identity primary key,
    slug         varchar(120) not null unique,
    module_slug  varchar(80)  not null,
    title        varchar(200) not null,
    pass_percent integer      not null check (pass_percent between 1 and 100),
    as_of        date         not null,
    content_hash varchar(64)  not null,
    retired_at   timestamp(6) with time zone,
    updated_at   timestamp(6) with time zone not null
);

create table question (
    id               bigint generated always as identity primary key,
    content_key      varchar(120) not null unique,
    quiz_id          bigint       not null references quiz (id),
    position         integer      not null,
    type             varchar(20)  not null,
    skill            varchar(80)  not null,
    lesson_slug      varchar(120) not null,
    section_anchor   varchar(100),
    section_title    varchar(200),
    prompt_html      text         not null,
    code             text,
    explanation_html text         not null,
    wrong_feedback   text,
    content_hash     varchar(64)  not null,
    retired_at       timestamp(6) with time zone,
    version          bigint       not null default 0
);

-- Options of choice questions, items of ordering questions (correct_position), left items of
-- matching questions (match_text is the right-hand side that belongs to them).
create table question_option (
    id               bigint generated always as identity primary key,
    question_id      bigint  not null references question (id),
    position         integer not null,
    text             text    not null,
    correct          boolean not null,
    feedback         text,
    correct_position integer,
    match_text       text,
    unique (question_id, position)
);

-- An attempt: questions and options in the order this learner saw them, answers as they work.
create table quiz_attempt (
    id           bigint generated always as identity primary key,
    quiz_id      bigint not null references quiz (id),
    learner_id   bigint not null references user_account (id) on delete cascade,
    started_at   timestamp(6) with time zone not null,
    submitted_at timestamp(6) with time zone,
    score        numeric(6, 5),
    passed       boolean,
    version      bigint not null default 0,
    check ((submitted_at is null) = (score is null) and (score is null) = (passed is null))
);
-- one open attempt per learner and quiz: a reload or a second tab continues it
create unique index quiz_attempt_one_open on quiz_attempt (learner_id, quiz_id) where submitted_at is null;
create index quiz_attempt_by_learner on quiz_attempt (learner_id, quiz_id, submitted_at);

create table attempt_item (
    attempt_id   bigint  not null references quiz_attempt (id) on delete cascade,
    position     integer not null,
    question_id  bigint  not null references question (id),
    option_order text    not null,
    answer       text,
    score        numeric(6, 5),
    primary key (attempt_id, position),
    unique (attempt_id, question_id)
);

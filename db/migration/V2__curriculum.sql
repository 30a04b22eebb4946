-- The learning path, loaded from the content files at start-up (keyed by slug and content hash).
create table path_module (
    id           bigint generated always as identity primary key,
    slug         varchar(80)  not null unique,
    title        varchar(200) not null,
    summary      text         not null,
    position     integer      not null,
    unlock_rule  varchar(30)  not null,
    content_hash varchar(64)  not null,
    retired_at   timestamp(6) with time zone,
    updated_at   timestamp(6) with time zone not null
);

create table lesson (
    id              bigint generated always as identity primary key,
    slug            varchar(120) not null unique,
    module_id       bigint       not null references path_module (id),
    position        integer      not null,
    title           varchar(200) not null,
    goal            text         not null,
    reading_minutes integer      not null,
    as_of           date         not null,
    body_html       text         not null,
    key_points      text[]       not null,
    skills          text[]       not null,
    prerequisites   text[]       not null,
    source_titles   text[]       not null,
    source_urls     text[]       not null,
    section_anchors text[]       not null,
    section_titles  text[]       not null,
    source_file     varchar(300) not null,
    content_hash    varchar(64)  not null,
    retired_at      timestamp(6) with time zone,
    updated_at      timestamp(6) with time zone not null,
    version         bigint       not null default 0
);
create index lesson_by_module on lesson (module_id, position);

-- One row per learner and lesson, however often "mark complete" is clicked.
create table lesson_completion (
    learner_id   bigint not null references user_account (id) on delete cascade,
    lesson_id    bigint not null references lesson (id),
    completed_at timestamp(6) with time zone not null,
    primary key (learner_id, lesson_id)
);
create index lesson_completion_by_time on lesson_completion (completed_at);

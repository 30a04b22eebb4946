-- Accounts: one row per person; email is unique regardless of case.
create table user_account (
    id            bigint generated always as identity primary key,
    email         varchar(254) not null,
    display_name  varchar(100) not null,
    password_hash varchar(255) not null,
    role          varchar(20)  not null check (role in ('LEARNER', 'INSTRUCTOR', 'ADMIN')),
    created_at    timestamp(6) with time zone not null,
    version       bigint       not null default 0
);
create unique index user_account_email_ci on user_account (lower(email));

-- Spring Modulith's event publication registry (JPA), so that no module event is lost.
create table event_publication (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp(6) with time zone not null,
    completion_date        timestamp(6) with time zone,
    status                 varchar(16),
    completion_attempts    integer not null default 0,
    last_resubmission_date timestamp(6) with time zone
);
create index event_publication_by_completion on event_publication (completion_date);

create table event_publication_archive (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp(6) with time zone not null,
    completion_date        timestamp(6) with time zone,
    status                 varchar(16),
    completion_attempts    integer not null default 0,
    last_resubmission_date timestamp(6) with time zone
);

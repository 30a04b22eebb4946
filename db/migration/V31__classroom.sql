-- module: classroom
-- Classes (issue 11): an instructor's group of learners, joined with a code. A learner may be in
-- several classes; their progress is one and shared by all of them. Archiving hides a class and
-- makes it read-only; nothing here is ever deleted except with the account it belongs to.
create table teaching_class (
    id          bigint generated always as identity primary key,
    name        varchar(120)  not null check (length(btrim(name)) > 0),
    description varchar(2000) not null default '',
    joining_open boolean      not null default true,
    archived_at timestamptz,
    created_at  timestamptz   not null,
    version     bigint        not null default 0
);

-- Every code a class ever had: the current one has retired_at null. A retired (rotated) code is
-- kept so that it is never issued again (an old link can never lead into another class) and so
-- that a learner who types it is told it was replaced. Codes are stored in upper case.
create table class_join_code (
    code       char(8)     primary key check (code ~ '^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$'),
    class_id   bigint      not null references teaching_class (id) on delete cascade,
    issued_at  timestamptz not null,
    retired_at timestamptz
);
create unique index class_join_code_current on class_join_code (class_id) where retired_at is null;

create table class_teacher (
    class_id      bigint      not null references teaching_class (id) on delete cascade,
    instructor_id bigint      not null references user_account (id) on delete cascade,
    added_at      timestamptz not null,
    primary key (class_id, instructor_id)
);
create index class_teacher_by_instructor on class_teacher (instructor_id);

create table class_member (
    class_id   bigint      not null references teaching_class (id) on delete cascade,
    learner_id bigint      not null references user_account (id) on delete cascade,
    joined_at  timestamptz not null,
    primary key (class_id, learner_id)
);
create index class_member_by_learner on class_member (learner_id);

-- Optional target dates: by this day the class should have passed the module's quiz.
create table class_target (
    class_id    bigint      not null references teaching_class (id) on delete cascade,
    module_slug varchar(80) not null,
    target_date date        not null,
    primary key (class_id, module_slug)
);

-- The classroom module's published read model (DD003): who is in which class, for the progress
-- module's per-class statistics, filtered in SQL. Read-only; the columns are a contract.
create view class_roster as
select m.class_id, m.learner_id, m.joined_at, c.archived_at is not null as archived
from class_member m join teaching_class c on c.id = m.class_id;

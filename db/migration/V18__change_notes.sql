-- Change notes (the `changes:` field of lessons and quizzes), "updated since you read it" and
-- review cards that come due again when a question's answer or explanation changed (issue 9).

-- noticed_at: when the loader first saw the entry on a file it had loaded before; for a file new
-- to the database, the start of the entry's date. A learner whose last read of the lesson is
-- older sees the note.
create table lesson_change (
    lesson_id   bigint  not null references lesson (id),
    position    integer not null,
    change_date date    not null,
    note        text    not null,
    noticed_at  timestamp(6) with time zone not null,
    primary key (lesson_id, position)
);

create table quiz_change (
    quiz_id     bigint  not null references quiz (id),
    position    integer not null,
    change_date date    not null,
    note        text    not null,
    noticed_at  timestamp(6) with time zone not null,
    primary key (quiz_id, position)
);

-- SHA-256 of a question's correct answer and explanation only, kept across loads ('' until the
-- first load after this migration fills it in).
alter table question add column answer_hash varchar(64) not null default '';

-- When a learner last opened a lesson: opening it clears "updated since you read it".
create table lesson_visit (
    learner_id bigint not null references user_account (id) on delete cascade,
    lesson_id  bigint not null references lesson (id),
    opened_at  timestamp(6) with time zone not null,
    primary key (learner_id, lesson_id)
);

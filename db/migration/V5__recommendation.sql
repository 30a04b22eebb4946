-- The decision model versions ever loaded (so every saved suggestion can be recomputed),
-- each learner's questionnaire answers, and their saved suggestions.
create table decision_model_version (
    version      varchar(40) primary key,
    content      text        not null,
    content_hash varchar(64) not null,
    loaded_at    timestamp(6) with time zone not null
);

create table learner_profile (
    learner_id           bigint primary key references user_account (id) on delete cascade,
    applicable           text[]      not null,
    team_framework       varchar(20) not null,
    keep_tfx             boolean     not null,
    need_transformers_v5 boolean     not null,
    importances          text        not null,
    updated_at           timestamp(6) with time zone not null
);

create table saved_suggestion (
    id                   bigint generated always as identity primary key,
    learner_id           bigint      not null references user_account (id) on delete cascade,
    model_version        varchar(40) not null references decision_model_version (version),
    created_at           timestamp(6) with time zone not null,
    applicable           text[]      not null,
    team_framework       varchar(20) not null,
    keep_tfx             boolean     not null,
    need_transformers_v5 boolean     not null,
    importances          text        not null,
    outcome              varchar(20) not null,
    tensorflow_score     integer     not null,
    pytorch_score        integer     not null,
    margin               integer     not null,
    confidence           varchar(30) not null
);
create index saved_suggestion_by_learner on saved_suggestion (learner_id, created_at desc);

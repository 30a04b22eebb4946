-- Sign-in state shared by every app node (never only in memory).

-- Changed on a role or password change: a live session whose principal carries an older stamp ends.
alter table user_account add column session_stamp bigint not null default 0;

-- Growing delays for failed sign-ins and for sign-ups, per account and per client address.
create table sign_in_throttle (
    throttle_key    varchar(400) primary key,
    failures        integer not null,
    last_failure_at timestamp(6) with time zone not null,
    blocked_until   timestamp(6) with time zone not null
);
create index sign_in_throttle_by_last_failure on sign_in_throttle (last_failure_at);

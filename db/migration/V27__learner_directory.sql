-- module: account
-- The account module's published read model (DD003): one row per learner, for the modules that
-- list, count, filter or sort learners in SQL (the instructor's cohort table). Read-only; the
-- columns are a contract: id, display_name, email and created_at (when they signed up) of every
-- account whose role is LEARNER. user_account itself stays private to the account module.
create view learner_directory as
select id, display_name, email, created_at from user_account where role = 'LEARNER';

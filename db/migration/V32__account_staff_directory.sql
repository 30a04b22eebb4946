-- module: account
-- The account module's second published read model (DD003), next to learner_directory: one row
-- per instructor or admin, for the classroom module to name a class's teachers and to find a
-- co-instructor by email. Read-only; the columns are a contract: id, display_name, email, role.
create view staff_directory as
select id, display_name, email, role from user_account where role in ('INSTRUCTOR', 'ADMIN');

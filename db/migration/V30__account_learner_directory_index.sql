-- module: account
-- The learner_directory view (V27) selects accounts by role and the cohort's "stuck" rule reads their
-- sign-up time: the account module's own index for it, in place of the one progress added in V6.
create index user_account_by_role on user_account (role, created_at);

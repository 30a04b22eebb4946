-- Test only (SchemaStartupTest): a migration that fails after its first statement did its work.
-- Neither that work nor any migration before it in the same start may stay.
create table half_migrated (id bigint);
select 1 / 0;

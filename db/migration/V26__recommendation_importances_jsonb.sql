-- module: recommendation
-- Importances as a jsonb object {"factor": 0..5} instead of the string 'factor=3;other=5' (issue 12).
-- Existing rows are converted the way the application read them: entries without a value are
-- skipped, whole numbers are clamped to 0..5 (negative -> 0, more than one digit -> 5), and an
-- entry whose value is not a whole number (which made the row unreadable) is dropped, so the
-- factor counts as 0, its default.
create function pg_temp.importances_from_text(encoded text) returns jsonb language sql immutable as $$
    select coalesce(jsonb_object_agg(factor, least(5, greatest(0, case
                when value like '-%' then 0
                when length(ltrim(ltrim(value, '+'), '0')) > 1 then 5
                else coalesce(nullif(ltrim(ltrim(value, '+'), '0'), '')::integer, 0) end))), '{}')
    from (select trim(split_part(entry, '=', 1)) as factor, trim(split_part(entry, '=', 2)) as value
          from unnest(string_to_array(coalesce(encoded, ''), ';')) as entry
          where entry like '%=%' and array_length(string_to_array(entry, '='), 1) = 2) as entries
    where factor <> '' and value ~ '^[+-]?[0-9]+$'
$$;

alter table learner_profile alter column importances type jsonb using pg_temp.importances_from_text(importances);
alter table saved_suggestion alter column importances type jsonb using pg_temp.importances_from_text(importances);

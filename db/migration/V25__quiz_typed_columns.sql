-- module: quiz
-- Typed columns instead of home-made string encodings (issue 12), existing rows converted:
--   attempt_item.option_order  '3,1,2'      -> bigint[] {3,1,2}             ('' -> {})
--   attempt_item.answer        '3,1'        -> jsonb {"options": [3, 1]}    ('' -> {"options": []})
--                              '1:2,3:4'    -> jsonb {"matches": {"1": 2, "3": 4}}
--   quiz.draw_per_skill        'a=2,b=1'    -> jsonb {"a": 2, "b": 1}       ('' -> {})
--   quiz.review_(not_)passed   'marks,reread' -> text[] {marks,reread}     ('' -> {}; null stays null: the default)
-- and question.updated_at, which the other content rows have (the content lifecycle is one mapped superclass).

alter table attempt_item alter column option_order type bigint[]
    using coalesce(string_to_array(nullif(option_order, ''), ',')::bigint[], '{}');

alter table attempt_item rename column answer to answer_text;
alter table attempt_item add column answer jsonb;
update attempt_item set answer = case
        when answer_text like '%:%' then jsonb_build_object('matches',
            (select jsonb_object_agg(split_part(pair, ':', 1), split_part(pair, ':', 2)::bigint)
             from unnest(string_to_array(answer_text, ',')) as pair))
        else jsonb_build_object('options',
            to_jsonb(coalesce(string_to_array(nullif(answer_text, ''), ',')::bigint[], '{}')))
    end
where answer_text is not null;
alter table attempt_item drop column answer_text;
alter table attempt_item add constraint attempt_item_answer_is_an_object
    check (answer is null or jsonb_typeof(answer) = 'object');

alter table quiz rename column draw_per_skill to draw_per_skill_text;
alter table quiz add column draw_per_skill jsonb;
update quiz set draw_per_skill = coalesce(
        (select jsonb_object_agg(split_part(entry, '=', 1), split_part(entry, '=', 2)::integer)
         from unnest(string_to_array(draw_per_skill_text, ',')) as entry where entry <> ''),
        '{}')
where draw_per_skill_text is not null;
alter table quiz drop column draw_per_skill_text;

alter table quiz alter column review_not_passed type text[]
    using case when review_not_passed is not null then coalesce(string_to_array(nullif(review_not_passed, ''), ','), '{}') end;
alter table quiz alter column review_passed type text[]
    using case when review_passed is not null then coalesce(string_to_array(nullif(review_passed, ''), ','), '{}') end;

alter table question add column updated_at timestamp(6) with time zone;
update question q set updated_at = coalesce(q.retired_at, z.updated_at) from quiz z where z.id = q.quiz_id;
alter table question alter column updated_at set not null;

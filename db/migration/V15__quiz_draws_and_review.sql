-- Question banks and review policy (issue 10): how many questions an attempt draws (null: all),
-- the fewest per skill where the file names them ("skill=n,..."), and the review options
-- ("marks,whether_correct,...") before and after a learner passes (null: the default policy).
alter table quiz add column draw integer check (draw is null or draw > 0);
alter table quiz add column draw_per_skill text;
alter table quiz add column review_not_passed text;
alter table quiz add column review_passed text;

-- the draw of an attempt is its attempt_item rows (as before); a retake looks up what this
-- learner has been asked already, per question
create index attempt_item_by_question_attempt on attempt_item (question_id, attempt_id);

package dev.tensortrail.quiz;

import dev.tensortrail.account.PersonalData;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A learner's quiz attempts and the answers in them, for their data export. */
@Component
class QuizPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    QuizPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Section> about(long accountId) {
        return List.of(
                new Section(
                        "quiz_attempt",
                        "Your quiz attempts: when, score, passed.",
                        jdbc.sql("""
                                select a.id as attempt, z.slug as quiz, a.started_at, a.submitted_at, a.score, a.passed
                                from quiz_attempt a join quiz z on z.id = a.quiz_id where a.learner_id = ?
                                order by a.started_at""").param(accountId).query().listOfRows()),
                new Section(
                        "attempt_item",
                        "Each question of each attempt: your answer and its score.",
                        jdbc.sql("""
                                select i.attempt_id as attempt, i.position, q.content_key as question, i.answer, i.score
                                from attempt_item i join quiz_attempt a on a.id = i.attempt_id
                                join question q on q.id = i.question_id where a.learner_id = ?
                                order by i.attempt_id, i.position""").param(accountId).query().listOfRows()));
    }
}

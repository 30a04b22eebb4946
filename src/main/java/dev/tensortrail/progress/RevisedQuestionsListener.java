package dev.tensortrail.progress;

import dev.tensortrail.quiz.QuestionsRevised;
import java.sql.Timestamp;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A question's correct answer or explanation changed: every learner's review card of it comes
 * due now (they learned something that is no longer true). Past attempts and the review log are
 * left as they were graded. Runs inside the content load's transaction, so a refused load
 * changes no card either.
 */
@Component
class RevisedQuestionsListener {

    private final JdbcClient jdbc;

    RevisedQuestionsListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(QuestionsRevised event) {
        Timestamp now = Timestamp.from(event.at());
        for (long questionId : event.questionIds()) {
            jdbc.sql("update review_card set due = ? where question_id = ? and due > ?")
                    .params(now, questionId, now)
                    .update();
        }
    }
}

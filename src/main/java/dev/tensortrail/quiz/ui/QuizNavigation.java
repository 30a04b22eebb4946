package dev.tensortrail.quiz.ui;

import dev.tensortrail.base.ui.Destination;
import java.util.Map;

/** Typed navigation to the quiz views. */
public final class QuizNavigation {

    private QuizNavigation() {}

    /** A module quiz: its next (or current) attempt. */
    public static Destination quiz(String slug) {
        return Destination.of(QuizView.class, QuizView.SLUG, slug);
    }

    /** The result page of one graded attempt. */
    public static Destination result(String slug, long attemptId) {
        return Destination.of(
                ResultView.class, Map.of(ResultView.SLUG, slug, ResultView.ATTEMPT, String.valueOf(attemptId)));
    }
}

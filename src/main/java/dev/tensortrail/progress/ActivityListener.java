package dev.tensortrail.progress;

import dev.tensortrail.curriculum.LessonCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the completed lesson (from the event's payload) and the learner's dashboard summary
 * current when they complete a lesson. A redelivered event changes nothing: the completion is
 * kept once per learner and lesson, and the summary is recomputed from what is stored.
 */
@Component
class ActivityListener {

    private final ProgressStore store;
    private final SummaryStore summaries;

    ActivityListener(ProgressStore store, SummaryStore summaries) {
        this.store = store;
        this.summaries = summaries;
    }

    @ApplicationModuleListener
    void on(LessonCompleted event) {
        store.saveCompletedLesson(event);
        summaries.refreshLearner(event.learnerId());
    }
}

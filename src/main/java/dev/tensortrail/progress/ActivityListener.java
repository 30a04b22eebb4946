package dev.tensortrail.progress;

import dev.tensortrail.curriculum.LessonCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps a learner's dashboard summary current when they complete a lesson. */
@Component
class ActivityListener {

    private final SummaryStore summaries;

    ActivityListener(SummaryStore summaries) {
        this.summaries = summaries;
    }

    @ApplicationModuleListener
    void on(LessonCompleted event) {
        summaries.refreshLearner(event.learnerId());
    }
}

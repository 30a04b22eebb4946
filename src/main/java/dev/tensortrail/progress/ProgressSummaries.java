package dev.tensortrail.progress;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress module's published API for bulk loads: after rows were written into progress's
 * tables directly (the demo cohort does), the dashboard summaries (learner_summary,
 * question_summary) are rebuilt from what progress keeps. Idempotent; no user is needed.
 */
@Component
public class ProgressSummaries {

    private final SummaryStore summaries;

    ProgressSummaries(SummaryStore summaries) {
        this.summaries = summaries;
    }

    /** Rebuilds both summaries from completed_lesson, quiz_result and review_log, in one transaction. */
    @Transactional
    public void rebuild() {
        summaries.rebuildAll();
    }
}

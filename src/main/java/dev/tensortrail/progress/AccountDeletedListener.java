package dev.tensortrail.progress;

import dev.tensortrail.account.AccountDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The database already removed the deleted learner's rows (and their learner_summary row); the
 * per-question sums of the cohort statistics still hold their first attempts, so they are rebuilt
 * from the attempts that remain. A rebuild is idempotent, so a redelivered event does no harm.
 */
@Component
class AccountDeletedListener {

    private final SummaryStore summaries;

    AccountDeletedListener(SummaryStore summaries) {
        this.summaries = summaries;
    }

    @ApplicationModuleListener
    void on(AccountDeleted event) {
        summaries.rebuildAll();
    }
}

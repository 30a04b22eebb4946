package dev.tensortrail.progress;

import dev.tensortrail.account.CurrentUser;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in learner's mastery level per skill (skills never touched are absent: Not started). */
@Service
@PreAuthorize("isAuthenticated()")
public class Mastery {

    private final ProgressStore store;
    private final CurrentUser currentUser;

    Mastery(ProgressStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Map<String, MasteryLevel> levels() {
        return Map.copyOf(store.mastery(currentUser.requireId()));
    }
}

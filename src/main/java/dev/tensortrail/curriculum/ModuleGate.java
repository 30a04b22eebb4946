package dev.tensortrail.curriculum;

import dev.tensortrail.base.ui.Destination;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A step after a module's lessons that must be passed before the next module opens (the
 * module quiz). Implemented by the module that owns the gate, so the curriculum depends on
 * nobody; without an implementation, finishing the lessons opens the next module.
 */
public interface ModuleGate {

    /**
     * What the path shows about a module's gate for one learner.
     *
     * @param slug        the gate's own slug (for a quiz: the quiz's)
     * @param destination where taking the gate happens
     */
    record Status(
            String slug,
            String title,
            Destination destination,
            boolean passed,
            @Nullable Double bestScore) {}

    /** @return every module's gate for this learner, by module slug (modules without a gate are absent) */
    Map<String, Status> statuses(long learnerId);
}

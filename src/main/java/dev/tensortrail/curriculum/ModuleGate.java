package dev.tensortrail.curriculum;

import org.jspecify.annotations.Nullable;

/**
 * A step after a module's lessons that must be passed before the next module opens (the
 * module quiz). Implemented by the module that owns the gate, so the curriculum depends on
 * nobody; without an implementation, finishing the lessons opens the next module.
 */
public interface ModuleGate {

    /** What the path shows about a module's gate for one learner. */
    record Status(String title, String route, boolean passed, @Nullable Double bestScore) {
    }

    /** @return the gate's title when the module has one, else null */
    @Nullable String gateTitle(String moduleSlug);

    boolean passed(long learnerId, String moduleSlug);

    /** @return the gate for the path's module card, or null when the module has none */
    @Nullable Status status(long learnerId, String moduleSlug);
}

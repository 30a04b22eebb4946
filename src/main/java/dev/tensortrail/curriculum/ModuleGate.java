package dev.tensortrail.curriculum;

/**
 * A step after a module's lessons that must be passed before the next module opens (the
 * module quiz). Implemented by the module that owns the gate, so the curriculum depends on
 * nobody; without an implementation, finishing the lessons opens the next module.
 */
public interface ModuleGate {

    /** @return the gate's title when the module has one, else null */
    @org.jspecify.annotations.Nullable String gateTitle(String moduleSlug);

    boolean passed(long learnerId, String moduleSlug);
}

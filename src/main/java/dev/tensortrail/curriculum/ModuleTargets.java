package dev.tensortrail.curriculum;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Target dates set for modules by whoever teaches the signed-in learner (the classroom module
 * implements it; the curriculum only shows them next to the modules and depends on no class).
 */
public interface ModuleTargets {

    /** A date by which a class of the learner should have passed the module's quiz. */
    record TargetDate(String className, LocalDate date) {}

    /** The signed-in learner's target dates by module slug (no entry: no date set). */
    Map<String, List<TargetDate>> forSignedInLearner();
}

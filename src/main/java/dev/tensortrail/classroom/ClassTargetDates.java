package dev.tensortrail.classroom;

import dev.tensortrail.curriculum.ModuleTargets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** The target dates of the signed-in learner's classes, for the path page (by module slug). */
@Component
class ClassTargetDates implements ModuleTargets {

    private final Classrooms classrooms;

    ClassTargetDates(Classrooms classrooms) {
        this.classrooms = classrooms;
    }

    @Override
    public Map<String, List<TargetDate>> forSignedInLearner() {
        Map<String, List<TargetDate>> result = new LinkedHashMap<>();
        for (var c : classrooms.mine()) {
            for (var t : c.targets()) {
                result.computeIfAbsent(t.moduleSlug(), slug -> new ArrayList<>())
                        .add(new TargetDate(c.name(), Objects.requireNonNull(t.date())));
            }
        }
        return result;
    }
}

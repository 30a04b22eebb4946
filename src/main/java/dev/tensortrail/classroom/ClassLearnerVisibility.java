package dev.tensortrail.classroom;

import dev.tensortrail.curriculum.LearnerVisibility;
import org.springframework.stereotype.Component;

/** The curriculum's question "may this instructor see this learner?", answered by the classes. */
@Component
class ClassLearnerVisibility implements LearnerVisibility {

    private final Classrooms classrooms;

    ClassLearnerVisibility(Classrooms classrooms) {
        this.classrooms = classrooms;
    }

    @Override
    public boolean maySee(long learnerId) {
        return classrooms.maySee(learnerId);
    }
}

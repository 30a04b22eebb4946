package dev.tensortrail.curriculum.ui;

import dev.tensortrail.base.ui.Destination;
import org.springframework.modulith.NamedInterface;

/** Typed navigation to the curriculum's views, for this module and the others. */
@NamedInterface("navigation")
public final class CurriculumNavigation {

    private CurriculumNavigation() {}

    public static Destination path() {
        return Destination.of(PathView.class);
    }

    public static Destination lesson(String slug) {
        return Destination.of(LessonView.class, LessonView.SLUG, slug);
    }

    /** The lesson that teaches a skill (the skill's page forwards there). */
    public static Destination skill(String skill) {
        return Destination.of(SkillView.class, SkillView.SKILL, skill);
    }
}

package dev.tensortrail.curriculum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;
import dev.tensortrail.curriculum.UnlockHint;

/** Typed navigation for the curriculum's views. */
final class PathLinks {

    private PathLinks() {}

    static RouterLink lesson(String text, String slug) {
        return CurriculumNavigation.lesson(slug).link(text);
    }

    static String unlockText(Component component, UnlockHint hint) {
        return component.getTranslation("path.unlock." + hint.kind().name(), hint.title());
    }
}

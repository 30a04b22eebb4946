package dev.tensortrail.curriculum.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.tensortrail.curriculum.Curriculum;
import jakarta.annotation.security.PermitAll;

/**
 * Where a skill's name links to ("Reread first: Graph history"): the first lesson that teaches
 * it. Views that name a skill show its title ({@code skill.<slug>} in the translations) and
 * link here, so none needs to know which lesson teaches what.
 */
@Route("skills/:skill")
@PermitAll
class SkillView extends Div implements BeforeEnterObserver {

    static final String SKILL = "skill";

    private final Curriculum curriculum;

    SkillView(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String skill = event.getRouteParameters().get(SKILL).orElse("");
        curriculum
                .lessonTeaching(skill)
                .ifPresentOrElse(
                        lesson -> event.forwardTo(LessonView.class, new RouteParameters(LessonView.SLUG, lesson)),
                        () -> event.rerouteToError(NotFoundException.class));
    }
}

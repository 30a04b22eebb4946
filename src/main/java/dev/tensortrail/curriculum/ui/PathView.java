package dev.tensortrail.curriculum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.tensortrail.base.ui.LearnerTime;
import dev.tensortrail.base.ui.PageTitles;
import dev.tensortrail.curriculum.Curriculum;
import dev.tensortrail.curriculum.LearningPath;
import dev.tensortrail.curriculum.LessonItem;
import dev.tensortrail.curriculum.LessonStatus;
import dev.tensortrail.curriculum.LessonUpdates;
import dev.tensortrail.curriculum.ModuleGate;
import dev.tensortrail.curriculum.ModuleProgress;
import dev.tensortrail.curriculum.ModuleTargets;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/** "Your path": the modules as cards with progress; every lesson done, available or locked (and why). */
@Route("path")
@Menu(order = 0, icon = "vaadin:road-branches", title = "menu.path")
@PermitAll
class PathView extends VerticalLayout implements HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph overall = new Paragraph();
    final Div modules = new Div();

    private final java.util.Map<String, LessonUpdates.UpdatedLesson> updated = new java.util.HashMap<>();
    private final java.util.Map<String, java.util.List<ModuleTargets.TargetDate>> targets;

    PathView(Curriculum curriculum, LessonUpdates updates, ObjectProvider<ModuleTargets> moduleTargets) {
        addClassName("tt-page");
        ModuleTargets source = moduleTargets.getIfAvailable();
        targets = source == null ? java.util.Map.of() : source.forSignedInLearner();
        LearningPath path = curriculum.path();
        updates.mine().forEach(u -> updated.put(u.slug(), u));
        title.setText(getTranslation("path.title"));

        overall.setText(getTranslation("path.progress", path.lessonsDone(), path.lessonsTotal()));
        overall.setId("tt-path-progress");
        var bar = progress(path.lessonsDone(), path.lessonsTotal());
        bar.getElement().setAttribute("aria-labelledby", "tt-path-progress");

        add(title, overall, bar);
        if (path.next() != null) {
            var next = PathLinks.lesson(
                    getTranslation("path.continue", path.next().title()),
                    path.next().slug());
            next.addClassName("tt-continue");
            add(next);
        } else if (path.lessonsDone() == path.lessonsTotal()) {
            add(new Paragraph(getTranslation("path.finished")));
        }

        modules.addClassName("tt-module-grid");
        path.modules().forEach(module -> modules.add(card(module)));
        add(modules);
    }

    private Component card(ModuleProgress module) {
        var card = new Div();
        card.addClassName("tt-module-card");
        card.getElement().setAttribute("role", "region");
        var heading = new H2(module.title());
        String headingId = "module-" + module.slug();
        heading.setId(headingId);
        card.getElement().setAttribute("aria-labelledby", headingId);

        var state = new Span();
        state.addClassName("tt-badge");
        if (!module.unlocked()) {
            state.add(VaadinIcon.LOCK.create(), new Span(getTranslation("path.module.locked")));
            state.addClassName("tt-badge-locked");
            card.addClassName("tt-locked");
        } else if (module.lessonsComplete()) {
            state.add(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("path.module.complete")));
            state.addClassName("tt-badge-done");
        } else {
            state.add(VaadinIcon.UNLOCK.create(), new Span(getTranslation("path.module.open")));
        }
        var header = new Div(heading, state);
        header.addClassName("tt-card-header");
        card.add(header, new Paragraph(module.summary()));
        for (var target : targets.getOrDefault(module.slug(), java.util.List.of())) {
            var date = new Paragraph(
                    VaadinIcon.CALENDAR.create(),
                    new Span(
                            getTranslation("path.module.target", target.className(), LearnerTime.date(target.date()))));
            date.addClassName("tt-module-target");
            card.add(date);
        }

        var count = new Span(getTranslation("path.module.progress", module.lessonsDone(), module.lessonsTotal()));
        count.setId("progress-" + module.slug());
        var bar = progress(module.lessonsDone(), module.lessonsTotal());
        bar.getElement().setAttribute("aria-labelledby", "progress-" + module.slug());
        card.add(count, bar);
        if (module.lockedBy() != null) {
            var why = new Paragraph(PathLinks.unlockText(this, module.lockedBy()));
            why.addClassName("tt-lock-reason");
            card.add(why);
        }

        var list = new UnorderedList();
        list.addClassName("tt-lesson-list");
        module.lessons().forEach(lesson -> list.add(item(lesson)));
        if (module.gate() != null) {
            list.add(gateItem(module, module.gate()));
        }
        card.add(list);
        return card;
    }

    private ListItem item(LessonItem lesson) {
        var item = new ListItem();
        item.addClassName("tt-lesson-" + lesson.status().name().toLowerCase(java.util.Locale.ROOT));
        item.getElement().setAttribute("data-lesson", lesson.slug());
        Icon icon = switch (lesson.status()) {
            case DONE -> VaadinIcon.CHECK.create();
            case AVAILABLE -> VaadinIcon.BOOK.create();
            case LOCKED -> VaadinIcon.LOCK.create();
        };
        icon.getElement().setAttribute("aria-hidden", "true");
        item.add(icon);
        if (lesson.status() == LessonStatus.LOCKED) {
            item.add(new Span(lesson.title()));
        } else {
            item.add(PathLinks.lesson(lesson.title(), lesson.slug()));
        }
        var meta = new Span(getTranslation("path.status." + lesson.status().name()) + " · "
                + getTranslation("path.minutes", lesson.readingMinutes()));
        meta.addClassName("tt-meta");
        item.add(meta);
        if (lesson.lockedBy() != null) {
            var why = new Span(PathLinks.unlockText(this, lesson.lockedBy()));
            why.addClassName("tt-lock-reason");
            item.add(why);
        }
        var update = updated.get(lesson.slug());
        if (update != null) {
            item.addClassName("tt-lesson-updated");
            item.add(UpdateNotices.updated(this, update.changes(), false));
        }
        return item;
    }

    private ListItem gateItem(ModuleProgress module, ModuleGate.Status gate) {
        var item = new ListItem();
        item.addClassName("tt-gate");
        item.getElement().setAttribute("data-gate", module.slug());
        boolean open = module.gateOpen();
        Icon icon = gate.passed()
                ? VaadinIcon.CHECK.create()
                : open ? VaadinIcon.QUESTION_CIRCLE_O.create() : VaadinIcon.LOCK.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        item.add(icon);
        if (open || gate.passed() || gate.bestScore() != null) {
            item.add(gate.destination().link(gate.title()));
        } else {
            item.add(new Span(gate.title()));
        }
        String state;
        if (gate.passed()) {
            state = getTranslation("path.gate.passed", percent(gate.bestScore()));
            item.addClassName("tt-lesson-done");
        } else if (gate.bestScore() != null) {
            state = getTranslation("path.gate.not-passed", percent(gate.bestScore()));
        } else if (open) {
            state = getTranslation("path.gate.open");
        } else {
            state = getTranslation("path.gate.locked");
            item.addClassName("tt-lesson-locked");
        }
        var meta = new Span(state);
        meta.addClassName("tt-meta");
        item.add(meta);
        return item;
    }

    private static int percent(Double score) {
        return score == null ? 0 : (int) Math.round(score * 100);
    }

    private static ProgressBar progress(int done, int total) {
        var bar = new ProgressBar(0, Math.max(total, 1), done);
        bar.addClassName("tt-progress");
        return bar;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("path.title"));
    }
}

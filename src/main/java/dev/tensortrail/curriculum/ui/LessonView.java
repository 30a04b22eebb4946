package dev.tensortrail.curriculum.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.tensortrail.base.ui.CodeBlocks;
import dev.tensortrail.base.ui.LearnerTime;
import dev.tensortrail.base.ui.PageTitles;
import dev.tensortrail.curriculum.Curriculum;
import dev.tensortrail.curriculum.Freshness;
import dev.tensortrail.curriculum.LessonContent;
import dev.tensortrail.curriculum.LessonLockedException;
import dev.tensortrail.curriculum.LessonPage;
import dev.tensortrail.curriculum.LessonStatus;
import dev.tensortrail.curriculum.LessonUpdates;
import dev.tensortrail.curriculum.ModuleProgress;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;

/** One lesson: goal, body with TF / PyTorch code side by side, key points, sources, "as of", complete, next. */
@Route("lessons/:slug")
@PermitAll
@JavaScript("context://scripts/lesson.js")
class LessonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SLUG = "slug";

    final H1 title = new H1();
    final Button complete = new Button();
    final Span completedNote = new Span();
    final Div body = new Div();

    private final Curriculum curriculum;
    private final LessonUpdates updates;
    private final Freshness freshness;
    private String pageTitle = "";
    private HorizontalLayout actions = new HorizontalLayout();
    private com.vaadin.flow.component.Component nextLink = new Span();

    LessonView(Curriculum curriculum, LessonUpdates updates, Freshness freshness) {
        this.curriculum = curriculum;
        this.updates = updates;
        this.freshness = freshness;
        addClassNames("tt-page", "tt-lesson");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(SLUG).orElse("");
        var page = curriculum.lesson(slug);
        if (page.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        show(page.get());
    }

    private void show(LessonPage page) {
        LessonContent content = page.content();
        pageTitle = content.title();
        title.setText(content.title());
        var module = new Span(getTranslation("lesson.module", content.moduleTitle()));
        module.addClassName("tt-meta");
        add(module, title);

        if (page.status() == LessonStatus.LOCKED && page.lockedBy() != null) {
            var locked = new Div(
                    new H2(getTranslation("lesson.locked.title")),
                    new Paragraph(PathLinks.unlockText(this, page.lockedBy())));
            locked.addClassName("tt-locked-notice");
            if (page.lockedBy().kind() == dev.tensortrail.curriculum.UnlockHint.Kind.LESSON) {
                locked.add(PathLinks.lesson(
                        getTranslation("lesson.locked.go", page.lockedBy().title()),
                        page.lockedBy().slug()));
            } else {
                locked.add(new RouterLink(getTranslation("lesson.back-to-path"), PathView.class));
            }
            add(locked);
            return;
        }

        var meta = new Paragraph(getTranslation("lesson.meta", content.readingMinutes(), date(content)));
        meta.addClassName("tt-meta");
        var goal = new Paragraph(new Span(getTranslation("lesson.goal") + ": "), new Span(content.goal()));
        goal.addClassName("tt-goal");
        add(meta, goal);
        // shown on this visit only: opening the lesson is reading it again
        var changes = updates.open(content.slug());
        if (!changes.isEmpty()) {
            add(UpdateNotices.updated(this, changes, true));
        }
        if (freshness.overdue(content.asOf())) {
            add(UpdateNotices.stale(this, content.asOf(), freshness.maxAge()));
        }

        body.removeAll();
        body.addClassName("tt-lesson-body");
        body.add(new Html("<div>" + content.bodyHtml() + "</div>"));
        add(body);

        add(new H2(getTranslation("lesson.key-points")));
        var points = new UnorderedList();
        content.keyPoints().forEach(p -> points.add(new ListItem(p)));
        points.addClassName("tt-key-points");
        add(points);

        var skills = new Div();
        skills.addClassName("tt-skills");
        skills.add(new Span(getTranslation("lesson.skills") + ": "));
        content.skills().forEach(s -> {
            var chip = new Span(getTranslation("skill." + s));
            chip.addClassName("tt-chip");
            skills.add(chip);
        });
        add(skills);

        add(new H2(getTranslation("lesson.sources")));
        var sources = new OrderedList();
        content.sources().forEach(source -> {
            var link = new Anchor(source.url(), source.title(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            sources.add(new ListItem(link));
        });
        add(sources, new Paragraph(getTranslation("lesson.as-of", date(content))));

        add(actions(page));
        CodeBlocks.enhance(body);
    }

    private HorizontalLayout actions(LessonPage page) {
        complete.setId("mark-complete"); // stable ids: the load test finds its way by them
        complete.setText(getTranslation("lesson.complete"));
        complete.setIcon(VaadinIcon.CHECK.create());
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setDisableOnClick(true);
        completedNote.addClassName("tt-meta");
        completedNote.getElement().setAttribute("role", "status");
        showCompleted(page.completedAt());
        complete.addClickListener(e -> {
            try {
                Instant at = curriculum.complete(page.content().slug());
                showCompleted(at);
                Notification.show(getTranslation("lesson.completed-now"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                // the next lesson may have just unlocked: show it
                curriculum.lesson(page.content().slug()).ifPresent(p -> replaceNext(p));
                // the button is disabled now and would drop the keyboard focus: the way on takes it
                nextLink.getElement().callJsFunction("focus");
            } catch (LessonLockedException locked) {
                complete.setEnabled(true);
                Notification.show(getTranslation(locked.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        var actions = new HorizontalLayout(complete, completedNote);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        actions.addClassName("tt-actions");
        nextLink = nextLink(page);
        actions.add(nextLink);
        this.actions = actions;
        return actions;
    }

    private void replaceNext(LessonPage page) {
        var fresh = nextLink(page);
        actions.replace(nextLink, fresh);
        nextLink = fresh;
    }

    private com.vaadin.flow.component.Component nextLink(LessonPage page) {
        boolean done = page.completedAt() != null;
        if (page.next() != null && page.next().status() != LessonStatus.LOCKED) {
            String text = getTranslation("lesson.next", page.next().title());
            var link = withClass(PathLinks.lesson(text, page.next().slug()));
            if (done) {
                link.addClassName("tt-main-action");
            }
            return link;
        }
        // the module's last lesson: once its lessons are done, its quiz is the way on
        var gate = done
                ? curriculum.path().modules().stream()
                        .filter(m -> m.lessons().stream()
                                .anyMatch(l -> l.slug().equals(page.content().slug())))
                        .filter(ModuleProgress::awaitsGate)
                        .map(m -> m.gate())
                        .findFirst()
                : java.util.Optional.<dev.tensortrail.curriculum.ModuleGate.Status>empty();
        if (gate.isPresent()) {
            var quiz = withClass(gate.get()
                    .destination()
                    .link(getTranslation("lesson.take-quiz", gate.get().title())));
            quiz.addClassName("tt-main-action");
            return quiz;
        }
        return withClass(new RouterLink(getTranslation("lesson.back-to-path"), PathView.class));
    }

    /** After "Mark complete" the way on (next lesson, or the module's quiz) is styled as the page's main action. */
    private static <C extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasStyle> C withClass(
            C link) {
        link.addClassName("tt-next");
        return link;
    }

    private void showCompleted(@org.jspecify.annotations.Nullable Instant completedAt) {
        if (completedAt == null) {
            completedNote.setText("");
            complete.setEnabled(true);
            return;
        }
        complete.setEnabled(false);
        completedNote.setText(getTranslation("lesson.completed", LearnerTime.date(completedAt)));
    }

    private String date(LessonContent content) {
        return LearnerTime.longDate(content.asOf());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(pageTitle);
    }
}

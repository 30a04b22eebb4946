package dev.tensortrail.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.tensortrail.account.CurrentUser;
import dev.tensortrail.account.Role;
import dev.tensortrail.base.ui.PageTitles;
import dev.tensortrail.classroom.ClassData.JoinPreview;
import dev.tensortrail.classroom.ClassroomException;
import dev.tensortrail.classroom.Classrooms;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/**
 * Where a class's join link leads: what the code is for, and a Join button. Opening the link
 * joins nothing; the learner confirms. Visitors who are not signed in are sent to sign in first
 * and come back here afterwards.
 */
@Route("join/:code")
@PermitAll
class JoinView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph question = new Paragraph();
    final Paragraph message = new Paragraph();
    final Button join = new Button();

    private final Classrooms classrooms;
    private final boolean learner;
    private String code = "";

    JoinView(Classrooms classrooms, CurrentUser currentUser) {
        this.classrooms = classrooms;
        this.learner =
                currentUser.principal().map(p -> p.role() == Role.LEARNER).orElse(false);
        addClassNames("tt-page", "tt-join");
        title.setText(getTranslation("classes.join.page-title"));
        message.addClassName("tt-join-message");
        message.getElement().setAttribute("role", "alert");
        join.setText(getTranslation("classes.join.button"));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.setDisableOnClick(true);
        join.addClickListener(e -> join());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        removeAll();
        add(title);
        try {
            JoinPreview preview = classrooms.preview(code);
            if (preview.member()) {
                add(
                        new Paragraph(getTranslation("classes.join.already", preview.name())),
                        ClassroomNavigation.myClasses().link(getTranslation("classes.join.to-my-classes")));
                return;
            }
            question.setText(
                    getTranslation("classes.join.question", preview.name(), String.join(", ", preview.teachers())));
            question.addClassName("tt-join-question");
            add(question);
            if (!preview.description().isBlank()) {
                add(new Paragraph(preview.description()));
            }
            if (!learner) {
                refuse("classes.error.learners-only");
                return;
            }
            var actions =
                    new HorizontalLayout(join, ClassroomNavigation.myClasses().link(getTranslation("classes.cancel")));
            actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            add(actions);
        } catch (ClassroomException e) {
            refuse(e.messageKey());
        }
    }

    private void join() {
        try {
            JoinPreview joined = classrooms.join(code);
            getUI().ifPresent(ui -> {
                ClassroomNavigation.myClasses().navigate(ui);
                Notification.show(getTranslation(
                                joined.member() ? "classes.join.already" : "classes.join.done", joined.name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            });
        } catch (ClassroomException e) {
            removeAll();
            add(title);
            refuse(e.messageKey());
        } catch (AccessDeniedException e) {
            join.setEnabled(true);
            message.setText(getTranslation("classes.error.learners-only"));
            add(message);
        }
    }

    /** The code leads nowhere: say why, and where a code can be typed. */
    private void refuse(String key) {
        message.setText(getTranslation(key));
        add(message, ClassroomNavigation.myClasses().link(getTranslation("classes.join.type-code")));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("classes.join.page-title"));
    }
}

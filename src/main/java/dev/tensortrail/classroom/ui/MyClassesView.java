package dev.tensortrail.classroom.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.tensortrail.base.ui.LearnerTime;
import dev.tensortrail.base.ui.PageTitles;
import dev.tensortrail.classroom.ClassData;
import dev.tensortrail.classroom.ClassData.MyClass;
import dev.tensortrail.classroom.ClassroomException;
import dev.tensortrail.classroom.Classrooms;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** A learner's classes: join one with its code, see its teachers and target dates, leave it. */
@Route("my-classes")
@Menu(order = 45, icon = "vaadin:academy-cap", title = "menu.my-classes")
@PermitAll
class MyClassesView extends VerticalLayout implements HasDynamicTitle {

    final TextField code = new TextField();
    final Button join = new Button();
    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph();
    final ConfirmDialog confirmLeave = new ConfirmDialog();

    private final Classrooms classrooms;
    private @Nullable MyClass leaving;

    MyClassesView(Classrooms classrooms) {
        this.classrooms = classrooms;
        addClassNames("tt-page", "tt-my-classes");

        code.setLabel(getTranslation("classes.join.code"));
        code.setHelperText(getTranslation("classes.join.code.help"));
        code.setMaxLength(40);
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        code.addClassName("tt-code-field");
        code.setWidth("16rem");
        join.setText(getTranslation("classes.join.button"));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.setDisableOnClick(true);
        join.addClickListener(e -> join());
        code.addKeyDownListener(Key.ENTER, e -> join.click());
        var joinRow = new HorizontalLayout(code, join);
        joinRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        joinRow.setWrap(true);

        list.addClassName("tt-class-list");
        empty.setText(getTranslation("classes.mine.none"));
        confirmLeave.setCancelable(true);
        confirmLeave.setCancelText(getTranslation("classes.cancel"));
        confirmLeave.setConfirmText(getTranslation("classes.leave"));
        confirmLeave.setConfirmButtonTheme("error primary");
        confirmLeave.addConfirmListener(e -> {
            if (leaving != null) {
                leave(leaving);
            }
        });

        add(
                new H1(getTranslation("classes.mine.title")),
                new H2(getTranslation("classes.join.title")),
                new Paragraph(getTranslation("classes.join.text")),
                joinRow,
                new H2(getTranslation("classes.mine.list")),
                empty,
                list);
        refresh();
    }

    private void join() {
        code.setInvalid(false);
        try {
            ClassData.JoinPreview joined = classrooms.join(code.getValue());
            if (joined.member()) {
                Notification.show(getTranslation("classes.join.already", joined.name()));
            } else {
                code.clear();
                Notification.show(getTranslation("classes.join.done", joined.name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            }
        } catch (ClassroomException e) {
            invalid(e.messageKey());
        } catch (AccessDeniedException e) {
            invalid("classes.error.learners-only");
        } finally {
            join.setEnabled(true);
        }
    }

    private void invalid(String key) {
        code.setErrorMessage(getTranslation(key));
        code.setInvalid(true);
        code.focus();
    }

    private void refresh() {
        list.removeAll();
        List<MyClass> classes = classrooms.mine();
        empty.setVisible(classes.isEmpty());
        list.setVisible(!classes.isEmpty());
        classes.forEach(c -> list.add(card(c)));
    }

    private ListItem card(MyClass c) {
        var item = new ListItem(new H3(c.name()));
        item.addClassNames("tt-card", "tt-class-card");
        var teachers = new Paragraph(getTranslation("classes.taught-by", String.join(", ", c.teachers())));
        teachers.addClassName("tt-meta");
        item.add(teachers);
        if (c.archived()) {
            var ended = new Paragraph(getTranslation("classes.mine.archived"));
            ended.addClassName("tt-meta");
            item.add(ended);
        }
        if (!c.description().isBlank()) {
            var description = new Paragraph(c.description());
            description.addClassName("tt-class-description");
            item.add(description);
        }
        if (!c.targets().isEmpty()) {
            var dates = new UnorderedList();
            dates.addClassName("tt-target-list");
            for (var target : c.targets()) {
                if (target.date() != null) {
                    dates.add(new ListItem(getTranslation(
                            "classes.mine.target", target.moduleTitle(), LearnerTime.longDate(target.date()))));
                }
            }
            item.add(new Div(new H4(getTranslation("classes.targets")), dates));
        } else if (!c.archived()) {
            item.add(new Paragraph(getTranslation("classes.mine.no-targets")));
        }
        var leave = new Button(getTranslation("classes.leave"));
        leave.setAriaLabel(getTranslation("classes.leave.named", c.name()));
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        leave.addClickListener(e -> confirmLeave(c));
        item.add(leave);
        return item;
    }

    private void confirmLeave(MyClass c) {
        leaving = c;
        confirmLeave.setHeader(getTranslation("classes.leave.confirm.title", c.name()));
        confirmLeave.setText(getTranslation("classes.leave.confirm.text"));
        confirmLeave.open();
    }

    private void leave(MyClass c) {
        leaving = null;
        try {
            classrooms.leave(c.id());
            Notification.show(getTranslation("classes.left", c.name()));
        } catch (AccessDeniedException e) {
            Notification.show(getTranslation("classes.error.learners-only"))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
        code.focus();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("classes.mine.title"));
    }
}

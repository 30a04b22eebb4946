package dev.tensortrail.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.tensortrail.base.ui.PageTitles;
import dev.tensortrail.classroom.ClassData.ClassSummary;
import dev.tensortrail.classroom.ClassroomException;
import dev.tensortrail.classroom.Classrooms;
import dev.tensortrail.classroom.JoinCode;
import jakarta.annotation.security.RolesAllowed;

/** The classes an instructor teaches (an admin: every class), and a form for a new one. */
@Route("classes")
@Menu(order = 51, icon = "vaadin:presentation", title = "menu.classes")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class ClassesView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final Button create = new Button();
    final Checkbox showArchived = new Checkbox();
    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph();

    private final Classrooms classrooms;

    ClassesView(Classrooms classrooms) {
        this.classrooms = classrooms;
        addClassNames("tt-page", "tt-classes");

        var form = ClassDetailsFields.form(name, description, create, "classes.create", this::create);

        showArchived.setLabel(getTranslation("classes.show-archived"));
        showArchived.addValueChangeListener(e -> refresh());
        list.addClassName("tt-class-list");
        empty.setText(getTranslation("classes.none"));

        add(
                new H1(getTranslation("classes.title")),
                new Paragraph(getTranslation("classes.intro")),
                new H2(getTranslation("classes.list")),
                showArchived,
                empty,
                list,
                new H2(getTranslation("classes.new")),
                form);
        refresh();
    }

    private void create() {
        ClassDetailsFields.clearErrors(name, description);
        try {
            ClassSummary created = classrooms.create(name.getValue(), description.getValue());
            Notification.show(getTranslation("classes.created", created.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ClassroomNavigation.classPage(created.id())::navigate);
        } catch (ClassroomException e) {
            ClassDetailsFields.showError(e, name, description);
        } finally {
            create.setEnabled(true);
        }
    }

    private void refresh() {
        list.removeAll();
        var classes = classrooms.taught(showArchived.getValue());
        empty.setVisible(classes.isEmpty());
        list.setVisible(!classes.isEmpty());
        for (ClassSummary c : classes) {
            list.add(card(c));
        }
    }

    private ListItem card(ClassSummary c) {
        var title = new H3(ClassroomNavigation.classPage(c.id()).link(c.name()));
        var header = new com.vaadin.flow.component.html.Div(title);
        header.addClassName("tt-card-header");
        if (c.archived()) {
            header.add(badge(getTranslation("classes.archived"), "tt-badge-locked"));
        }
        var facts = new UnorderedList(
                new ListItem(getTranslation("classes.learners", c.learners())),
                new ListItem(getTranslation("classes.code", JoinCode.display(c.joinCode()))),
                new ListItem(getTranslation(
                        c.joiningOpen() && !c.archived() ? "classes.joining.open" : "classes.joining.closed")));
        facts.addClassNames("tt-meta", "tt-class-facts");
        var item = new ListItem(header, facts);
        item.addClassNames("tt-card", "tt-class-card");
        return item;
    }

    static Span badge(String text, String variant) {
        var badge = new Span(text);
        badge.addClassNames("tt-badge", variant);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("classes.title"));
    }
}

package dev.tensortrail.classroom.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.tensortrail.account.CurrentUser;
import dev.tensortrail.account.Role;
import dev.tensortrail.base.ui.PageTitles;
import dev.tensortrail.classroom.ClassData.ClassDetails;
import dev.tensortrail.classroom.ClassData.Target;
import dev.tensortrail.classroom.ClassData.Teacher;
import dev.tensortrail.classroom.ClassroomException;
import dev.tensortrail.classroom.Classrooms;
import dev.tensortrail.classroom.JoinCode;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One class for its teachers: name and description, join code and link, joining open or closed,
 * target dates per module, its instructors (an admin adds and removes them), archive and restore.
 * A class the signed-in instructor does not teach is "not found", like an id that does not exist.
 */
@Route("classes/:id")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class ClassView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph archivedNotice = new Paragraph();
    final Div archivedBox = new Div();
    final Button restore = new Button();
    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final Button save = new Button();
    final Span code = new Span();
    final TextField link = new TextField();
    final Paragraph joiningState = new Paragraph();
    final Button rotate = new Button();
    final ConfirmDialog confirmRotate = new ConfirmDialog();
    final Button toggleJoining = new Button();
    final Map<String, TargetDatePicker> targets = new LinkedHashMap<>();
    final UnorderedList teachers = new UnorderedList();
    final EmailField teacherEmail = new EmailField();
    final Button addTeacher = new Button();
    final Button archive = new Button();
    final ConfirmDialog confirmArchive = new ConfirmDialog();

    private final Classrooms classrooms;
    private final boolean admin;
    private final FormLayout targetForm = new FormLayout();
    private long id;
    private @Nullable ClassDetails details;

    ClassView(Classrooms classrooms, CurrentUser currentUser) {
        this.classrooms = classrooms;
        this.admin = currentUser.principal().map(p -> p.role() == Role.ADMIN).orElse(false);
        addClassNames("tt-page", "tt-class");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClassDetails found;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            found = classrooms.details(id);
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build(found);
        show(found);
    }

    private void build(ClassDetails found) {
        removeAll();
        archivedNotice.addClassName("tt-notice");
        archivedNotice.getElement().setAttribute("role", "status");
        restore.setText(getTranslation("classes.restore"));
        restore.addClickListener(e -> act(() -> classrooms.restore(id), "classes.restored"));
        archivedBox.add(archivedNotice, restore);
        archivedBox.addClassName("tt-class-archived");

        var progress = new Anchor(ClassroomNavigation.progressOf(id), getTranslation("classes.progress-link"));
        add(
                ClassroomNavigation.classes().link(getTranslation("classes.back")),
                title,
                archivedBox,
                new Paragraph(progress));

        add(new H2(getTranslation("classes.joining")), joining());
        add(new H2(getTranslation("classes.details")), detailsForm());
        add(
                new H2(getTranslation("classes.targets")),
                new Paragraph(getTranslation("classes.targets.help")),
                targetsForm(found));
        teachers.addClassName("tt-teachers");
        add(new H2(getTranslation("classes.teachers")), teachers);
        if (admin) {
            add(teacherForm());
        }
        add(new H2(getTranslation("classes.archive.title")), new Paragraph(getTranslation("classes.archive.text")));
        archive.setText(getTranslation("classes.archive"));
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        archive.addClickListener(e -> confirmArchive.open());
        confirmArchive.setHeader(getTranslation("classes.archive.confirm.title"));
        confirmArchive.setText(getTranslation("classes.archive.confirm.text"));
        confirmArchive.setCancelable(true);
        confirmArchive.setCancelText(getTranslation("classes.cancel"));
        confirmArchive.setConfirmText(getTranslation("classes.archive"));
        confirmArchive.setConfirmButtonTheme("error primary");
        confirmArchive.addConfirmListener(e -> act(() -> classrooms.archive(id), "classes.archived-now"));
        add(archive);
    }

    private Div joining() {
        code.addClassName("tt-join-code");
        var codeLine = new Paragraph(new Span(getTranslation("classes.code.label") + " "), code);
        link.setLabel(getTranslation("classes.link"));
        link.setHelperText(getTranslation("classes.link.help"));
        link.setReadOnly(true);
        link.setWidthFull();
        link.addClassName("tt-join-link");
        joiningState.addClassName("tt-joining-state");
        rotate.setText(getTranslation("classes.rotate"));
        rotate.addClickListener(e -> confirmRotate.open());
        confirmRotate.setHeader(getTranslation("classes.rotate.confirm.title"));
        confirmRotate.setText(getTranslation("classes.rotate.confirm.text"));
        confirmRotate.setCancelable(true);
        confirmRotate.setCancelText(getTranslation("classes.cancel"));
        confirmRotate.setConfirmText(getTranslation("classes.rotate"));
        confirmRotate.addConfirmListener(e -> act(() -> classrooms.rotateCode(id), "classes.rotated"));
        toggleJoining.addClickListener(e -> {
            boolean open = details != null && details.summary().joiningOpen();
            act(
                    () -> classrooms.setJoiningOpen(id, !open),
                    open ? "classes.joining.closed-now" : "classes.joining.opened-now");
        });
        var buttons = new HorizontalLayout(rotate, toggleJoining);
        buttons.setWrap(true);
        var box = new Div(codeLine, link, joiningState, buttons);
        box.addClassName("tt-class-joining");
        box.setWidthFull();
        return box;
    }

    private FormLayout detailsForm() {
        return ClassDetailsFields.form(name, description, save, "classes.save", this::saveDetails);
    }

    private FormLayout targetsForm(ClassDetails found) {
        targets.clear();
        targetForm.removeAll();
        var i18n = new DatePicker.DatePickerI18n()
                .setBadInputErrorMessage(getTranslation("classes.targets.bad-input"))
                .setMinErrorMessage(getTranslation("classes.error.date-range"))
                .setMaxErrorMessage(getTranslation("classes.error.date-range"));
        for (Target target : found.targets()) {
            var picker = new TargetDatePicker();
            picker.setLabel(target.moduleTitle());
            picker.setClearButtonVisible(true);
            picker.setMin(LocalDate.of(2000, 1, 1));
            picker.setMax(LocalDate.of(2100, 12, 31));
            picker.setI18n(i18n);
            picker.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    saveTarget(target.moduleSlug(), picker, e.getValue());
                }
            });
            targets.put(target.moduleSlug(), picker);
            targetForm.add(picker);
        }
        targetForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        targetForm.setMaxWidth("40rem");
        return targetForm;
    }

    private Div teacherForm() {
        teacherEmail.setLabel(getTranslation("classes.teacher-email"));
        teacherEmail.setHelperText(getTranslation("classes.teacher-email.help"));
        teacherEmail.setMaxLength(254);
        addTeacher.setText(getTranslation("classes.add-teacher"));
        addTeacher.setDisableOnClick(true);
        addTeacher.addClickListener(e -> {
            teacherEmail.setInvalid(false);
            try {
                classrooms.addTeacher(id, teacherEmail.getValue());
                teacherEmail.clear();
                notify("classes.teacher-added");
                show(classrooms.details(id));
            } catch (ClassroomException ex) {
                fail(ex, teacherEmail);
            } finally {
                addTeacher.setEnabled(true);
            }
        });
        var row = new HorizontalLayout(teacherEmail, addTeacher);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        row.setWrap(true);
        return new Div(row);
    }

    /** Shows the class as it is now; every edit control follows its archived state. */
    private void show(ClassDetails found) {
        details = found;
        var summary = found.summary();
        boolean archived = summary.archived();
        title.setText(summary.name());
        archivedNotice.setText(getTranslation("classes.archived.notice"));
        archivedBox.setVisible(archived);
        name.setValue(summary.name());
        description.setValue(summary.description());
        code.setText(JoinCode.display(summary.joinCode()));
        link.setValue(ClassroomNavigation.joinLink(
                VaadinServletRequest.getCurrent().getHttpServletRequest(), summary.joinCode()));
        joiningState.setText(getTranslation(
                archived
                        ? "classes.joining.state.archived"
                        : summary.joiningOpen() ? "classes.joining.state.open" : "classes.joining.state.closed"));
        toggleJoining.setText(
                getTranslation(summary.joiningOpen() ? "classes.joining.close" : "classes.joining.open-again"));
        for (Target target : found.targets()) {
            var picker = targets.get(target.moduleSlug());
            if (picker != null) {
                picker.setValue(target.date());
                picker.setInvalid(false);
            }
        }
        teachers.removeAll();
        for (Teacher teacher : found.teachers()) {
            var item = new ListItem(new Span(getTranslation("classes.teacher", teacher.name(), teacher.email())));
            item.addClassName("tt-teacher");
            if (admin) {
                var remove = new Button(getTranslation("classes.remove-teacher"));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                remove.setAriaLabel(getTranslation("classes.remove-teacher.named", teacher.name()));
                remove.setEnabled(!archived && found.teachers().size() > 1);
                remove.addClickListener(e -> {
                    act(() -> classrooms.removeTeacher(id, teacher.id()), "classes.teacher-removed");
                    teacherEmail.focus();
                });
                item.add(remove);
            }
            teachers.add(item);
        }
        // an archived class is read-only: every edit control off, only restore stays
        name.setReadOnly(archived);
        description.setReadOnly(archived);
        save.setEnabled(!archived);
        rotate.setEnabled(!archived);
        toggleJoining.setEnabled(!archived);
        targets.values().forEach(p -> p.setReadOnly(archived));
        teacherEmail.setReadOnly(archived);
        addTeacher.setEnabled(!archived);
        archive.setEnabled(!archived);
        restore.setVisible(archived);
    }

    private void saveDetails() {
        ClassDetailsFields.clearErrors(name, description);
        try {
            classrooms.update(id, name.getValue(), description.getValue());
            notify("classes.saved");
            show(classrooms.details(id));
        } catch (ClassroomException e) {
            fail(e, e.field() == ClassroomException.Field.DESCRIPTION ? description : name);
        } finally {
            save.setEnabled(details == null || !details.summary().archived());
        }
    }

    private void saveTarget(String module, TargetDatePicker picker, @Nullable LocalDate date) {
        if (date == null && picker.unparsable()) {
            return; // a typo in the field: the picker says so, the saved date stays
        }
        try {
            classrooms.setTarget(id, module, date);
            picker.setInvalid(false);
            notify(date == null ? "classes.targets.cleared" : "classes.targets.saved");
        } catch (ClassroomException e) {
            fail(e, picker);
        }
    }

    /** A change from a button: done, told, and the page shows the class as it now is. */
    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            notify(doneKey);
        } catch (ClassroomException e) {
            fail(e, null);
        }
        show(classrooms.details(id));
    }

    private void fail(ClassroomException e, @Nullable HasValidation field) {
        String message = getTranslation(e.messageKey());
        if (field != null && e.field() != ClassroomException.Field.CLASS) {
            field.setErrorMessage(message);
            field.setInvalid(true);
            return;
        }
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        show(classrooms.details(id));
    }

    private void notify(String key) {
        Notification.show(getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(
                details == null
                        ? getTranslation("classes.title")
                        : details.summary().name());
    }

    /** A date picker that tells a typo (text it cannot read) from a cleared field. */
    static final class TargetDatePicker extends DatePicker {

        boolean unparsable() {
            return isInputUnparsable();
        }
    }
}

package dev.tensortrail.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.tensortrail.classroom.ClassroomException;
import dev.tensortrail.classroom.Classrooms;

/**
 * A class's name and description with the button that saves them: the same fields, limits and
 * field errors on the new-class form ({@link ClassesView}) and on the class page ({@link ClassView}).
 */
final class ClassDetailsFields {

    private ClassDetailsFields() {}

    /** Labels and limits the fields, wires the button (one click at a time) and lays them out. */
    static FormLayout form(TextField name, TextArea description, Button action, String actionKey, Runnable onClick) {
        name.setLabel(name.getTranslation("classes.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(Classrooms.NAME_MAX_LENGTH);
        description.setLabel(name.getTranslation("classes.description"));
        description.setHelperText(name.getTranslation("classes.description.help"));
        description.setMaxLength(Classrooms.DESCRIPTION_MAX_LENGTH);
        action.setText(name.getTranslation(actionKey));
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        action.setDisableOnClick(true);
        action.addClickListener(e -> onClick.run());
        var form = new FormLayout(name, description, action);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("32rem");
        return form;
    }

    static void clearErrors(TextField name, TextArea description) {
        name.setInvalid(false);
        description.setInvalid(false);
    }

    /** The refusal on the field it is about (the name unless it is the description), focused. */
    static void showError(ClassroomException e, TextField name, TextArea description) {
        var field = e.field() == ClassroomException.Field.DESCRIPTION ? description : name;
        field.setErrorMessage(name.getTranslation(e.messageKey()));
        field.setInvalid(true);
        field.focus();
    }
}

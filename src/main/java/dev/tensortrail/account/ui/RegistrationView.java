package dev.tensortrail.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.tensortrail.account.AccountService;
import dev.tensortrail.account.RegistrationException;
import dev.tensortrail.account.RegistrationRequest;
import dev.tensortrail.base.ui.PageTitles;
import java.util.List;

@Route(value = "register", autoLayout = false)
@AnonymousAllowed
class RegistrationView extends VerticalLayout implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final Button submit = new Button();

    private final AccountService accounts;

    RegistrationView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("tt-standalone", "tt-auth");
        setAlignItems(Alignment.CENTER);

        email.setLabel(getTranslation("register.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(RegistrationRequest.EMAIL_MAX_LENGTH);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);

        displayName.setLabel(getTranslation("register.display-name"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(RegistrationRequest.DISPLAY_NAME_MAX_LENGTH);
        displayName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);

        password.setLabel(getTranslation("register.password"));
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("register.password.help", RegistrationRequest.PASSWORD_MIN_LENGTH));
        password.setMaxLength(RegistrationRequest.PASSWORD_MAX_LENGTH);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        submit.setText(getTranslation("register.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> register());

        var form = new FormLayout(email, displayName, password, submit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addClassName("tt-auth-form");
        add(
                new H1(getTranslation("register.title")),
                form,
                new RouterLink(getTranslation("register.login-link"), LoginView.class));
    }

    private void register() {
        List.<HasValidation>of(email, displayName, password).forEach(f -> f.setInvalid(false));
        try {
            accounts.signUp(
                    new RegistrationRequest(email.getValue(), displayName.getValue(), password.getValue()),
                    com.vaadin.flow.server.VaadinRequest.getCurrent().getRemoteAddr());
            getUI().ifPresent(ui -> ui.getPage().setLocation("login?registered"));
        } catch (RegistrationException e) {
            HasValidation field = switch (e.field()) {
                case EMAIL -> email;
                case DISPLAY_NAME -> displayName;
                case PASSWORD -> password;
            };
            field.setErrorMessage(getTranslation(e.messageKey()));
            field.setInvalid(true);
            ((com.vaadin.flow.component.Focusable<?>) field).focus();
        } finally {
            submit.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("register.title"));
    }
}

package dev.tensortrail.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.tensortrail.account.AccountService;
import dev.tensortrail.account.CurrentUser;
import dev.tensortrail.account.PersonalDataService;
import dev.tensortrail.account.RegistrationException;
import dev.tensortrail.account.RegistrationRequest;
import dev.tensortrail.account.Role;
import dev.tensortrail.base.ui.PageTitles;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;

/** The signed-in person's own data: download it, change the password, delete the account. */
@Route("account")
@PermitAll
class YourDataView extends VerticalLayout implements HasDynamicTitle {

    final Anchor download;
    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final Button changePassword = new Button();
    final PasswordField deletePassword = new PasswordField();
    final Button delete = new Button();
    final ConfirmDialog confirmDelete = new ConfirmDialog();

    private final AccountService accounts;
    private final PersonalDataService personalData;

    YourDataView(AccountService accounts, PersonalDataService personalData, CurrentUser currentUser) {
        this.accounts = accounts;
        this.personalData = personalData;
        addClassNames("tt-page", "tt-your-data");

        download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] zip = personalData.exportMine();
                    return new DownloadResponse(
                            new ByteArrayInputStream(zip), "tensortrail-my-data.zip", "application/zip", zip.length);
                }),
                getTranslation("your-data.download"));
        download.getElement().setAttribute("download", true);

        currentPassword.setLabel(getTranslation("your-data.current-password"));
        currentPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        newPassword.setLabel(getTranslation("your-data.new-password"));
        newPassword.setHelperText(getTranslation("register.password.help", RegistrationRequest.PASSWORD_MIN_LENGTH));
        newPassword.setMaxLength(RegistrationRequest.PASSWORD_MAX_LENGTH);
        newPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        changePassword.setText(getTranslation("your-data.change-password"));
        changePassword.addClickListener(e -> changePassword());
        var passwordForm = new FormLayout(currentPassword, newPassword, changePassword);
        passwordForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        passwordForm.setMaxWidth("28rem");

        add(
                new H1(getTranslation("your-data.title")),
                new H2(getTranslation("your-data.export.title")),
                new Paragraph(getTranslation("your-data.export.text")),
                download,
                new H2(getTranslation("your-data.password.title")),
                new Paragraph(getTranslation("your-data.password.text")),
                passwordForm);

        boolean admin = currentUser.principal().map(p -> p.role() == Role.ADMIN).orElse(false);
        if (!admin) {
            deletePassword.setLabel(getTranslation("your-data.current-password"));
            deletePassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
            delete.setText(getTranslation("your-data.delete"));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClickListener(e -> confirmDelete.open());
            confirmDelete.setHeader(getTranslation("your-data.delete.confirm.title"));
            confirmDelete.setText(getTranslation("your-data.delete.confirm.text"));
            confirmDelete.setCancelable(true);
            confirmDelete.setCancelText(getTranslation("your-data.delete.confirm.cancel"));
            confirmDelete.setConfirmText(getTranslation("your-data.delete"));
            confirmDelete.setConfirmButtonTheme("error primary");
            confirmDelete.addConfirmListener(e -> deleteAccount());
            var deleteForm = new FormLayout(deletePassword, delete);
            deleteForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            deleteForm.setMaxWidth("28rem");
            add(
                    new H2(getTranslation("your-data.delete.title")),
                    new Paragraph(getTranslation("your-data.delete.text")),
                    deleteForm);
        }
    }

    private void changePassword() {
        currentPassword.setInvalid(false);
        newPassword.setInvalid(false);
        try {
            accounts.changePassword(currentPassword.getValue(), newPassword.getValue());
            getUI().ifPresent(ui -> ui.getPage().setLocation("login?password-changed"));
        } catch (RegistrationException e) {
            var field = e.messageKey().equals("password.error.current-wrong") ? currentPassword : newPassword;
            field.setErrorMessage(getTranslation(e.messageKey()));
            field.setInvalid(true);
        }
    }

    private void deleteAccount() {
        deletePassword.setInvalid(false);
        try {
            personalData.deleteMine(deletePassword.getValue());
            getUI().ifPresent(ui -> ui.getPage().setLocation("login?deleted"));
        } catch (RegistrationException e) {
            deletePassword.setErrorMessage(getTranslation(e.messageKey()));
            deletePassword.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("your-data.title"));
    }
}

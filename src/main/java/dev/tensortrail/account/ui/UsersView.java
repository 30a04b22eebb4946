package dev.tensortrail.account.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.tensortrail.account.AccountService;
import dev.tensortrail.account.AccountSummary;
import dev.tensortrail.account.CurrentUser;
import dev.tensortrail.account.Role;
import dev.tensortrail.base.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/** Every account and its role; an admin changes roles here. */
@Route("admin/users")
@Menu(order = 60, icon = "vaadin:key", title = "menu.users")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AccountSummary> grid = new Grid<>();

    UsersView(AccountService accounts, CurrentUser currentUser) {
        setSizeFull();
        long me = currentUser.requireId();
        grid.addColumn(AccountSummary::displayName)
                .setHeader(getTranslation("learners.name"))
                .setSortProperty("displayName")
                .setAutoWidth(true);
        grid.addColumn(AccountSummary::email)
                .setHeader(getTranslation("learners.email"))
                .setSortProperty("email")
                .setAutoWidth(true);
        grid.addComponentColumn(account -> {
                    var role = new ComboBox<Role>();
                    role.setItems(Role.values());
                    role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
                    role.setValue(account.role());
                    role.setAriaLabel(getTranslation("users.role-of", account.displayName()));
                    role.setEnabled(account.id() != me);
                    role.addValueChangeListener(e -> {
                        if (e.isFromClient() && e.getValue() != null) {
                            accounts.changeRole(account.id(), e.getValue(), me);
                            Notification.show(getTranslation(
                                            "users.role-changed",
                                            account.displayName(),
                                            getTranslation(
                                                    "role." + e.getValue().name())))
                                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        }
                    });
                    return role;
                })
                .setHeader(getTranslation("users.role"));
        grid.setItemsPageable(page -> accounts.allAccounts(page).getContent());
        grid.setAriaLabel(getTranslation("users.title"));
        add(new H1(getTranslation("users.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("users.title"));
    }
}

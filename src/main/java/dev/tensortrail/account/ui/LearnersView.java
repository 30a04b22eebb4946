package dev.tensortrail.account.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.tensortrail.account.AccountService;
import dev.tensortrail.account.AccountSummary;
import jakarta.annotation.security.RolesAllowed;

/** The learners of the cohort, read-only, for instructors. */
@Route("instructor/learners")
@Menu(order = 50, icon = "vaadin:group", title = "menu.learners")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class LearnersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AccountSummary> grid = new Grid<>();

    LearnersView(AccountService accounts) {
        setSizeFull();
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("learners.name"))
                .setSortProperty("displayName").setAutoWidth(true);
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("learners.email"))
                .setSortProperty("email").setAutoWidth(true);
        grid.addColumn(a -> Dates.formatDate(a.createdAt(), getLocale())).setHeader(getTranslation("learners.joined"))
                .setSortProperty("createdAt");
        grid.setItemsPageable(page -> accounts.learners(page).getContent());
        grid.setAriaLabel(getTranslation("learners.title"));
        add(new H1(getTranslation("learners.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learners.title") + " | TensorTrail";
    }
}

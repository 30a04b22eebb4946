package dev.tensortrail.progress.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.tensortrail.base.ui.PageTitles;
import dev.tensortrail.progress.Dashboards;
import jakarta.annotation.security.RolesAllowed;

/** One learner's dashboard as an instructor sees it: read-only. */
@Route("instructor/learners/:id")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class LearnerDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Dashboards dashboards;
    private String name = "";

    LearnerDetailView(Dashboards dashboards) {
        this.dashboards = dashboards;
        addClassNames("tt-page", "tt-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var dashboard = dashboards.ofLearner(id);
        if (dashboard.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        name = dashboard.get().displayName();
        var back = new RouterLink(getTranslation("cohort.back"), CohortView.class);
        // back to the class the instructor came from (CohortView checks it again)
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(CohortView.CLASS_PARAMETER)
                .filter(value -> value.matches("\\d{1,18}"))
                .ifPresent(value -> back.setQueryParameters(QueryParameters.of(CohortView.CLASS_PARAMETER, value)));
        add(
                back,
                new H1(getTranslation("learner.title", name)),
                new Paragraph(getTranslation("learner.read-only")),
                new LearnerDashboardPanel(dashboard.get(), null));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("learner.title", name));
    }
}

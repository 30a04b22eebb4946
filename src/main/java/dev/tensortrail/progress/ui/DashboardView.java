package dev.tensortrail.progress.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.tensortrail.base.ui.Destination;
import dev.tensortrail.base.ui.PageTitles;
import dev.tensortrail.curriculum.ui.CurriculumNavigation;
import dev.tensortrail.progress.Dashboards;
import dev.tensortrail.progress.PathEnd;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/** Home: the learner's dashboard once they have started; a newcomer goes straight to the path. */
@Route("")
@Menu(order = -1, icon = "vaadin:dashboard", title = "menu.dashboard")
@PermitAll
class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    private final Dashboards dashboards;
    private final Destination pathEnd;

    DashboardView(Dashboards dashboards, ObjectProvider<PathEnd> pathEnd) {
        this.dashboards = dashboards;
        this.pathEnd = pathEnd.getIfAvailable(() -> CurriculumNavigation::path).destination();
        addClassNames("tt-page", "tt-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var mine = dashboards.mine();
        if (mine.lessonsDone() == 0 && mine.quizScores().isEmpty()) {
            event.forwardTo(CurriculumNavigation.path().view());
            return;
        }
        removeAll();
        title.setText(getTranslation("dashboard.title", mine.displayName()));
        add(title, new LearnerDashboardPanel(mine, pathEnd));
        UI.getCurrent()
                .getPage()
                .retrieveExtendedClientDetails(details -> dashboards.rememberZone(details.getTimeZoneId()));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("menu.dashboard"));
    }
}

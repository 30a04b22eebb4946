package dev.tensortrail.freshness.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.tensortrail.base.ui.LearnerTime;
import dev.tensortrail.base.ui.PageTitles;
import dev.tensortrail.curriculum.ContentFile;
import dev.tensortrail.freshness.ContentHealth;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/** "Content health": every lesson and quiz, its as-of date, sources, change notes and whether it is due for a re-check. */
@Route("content-health")
@Menu(order = 60, icon = "vaadin:heart-o", title = "menu.content-health")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class ContentHealthView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph summary = new Paragraph();
    final Checkbox onlyDue = new Checkbox();
    final Div files = new Div();

    private final List<ContentHealth.Row> rows;

    ContentHealthView(ContentHealth health) {
        addClassNames("tt-page", "tt-content-health");
        rows = health.rows();
        long due = rows.stream().filter(ContentHealth.Row::overdue).count();
        summary.setText(getTranslation("health.summary", due, rows.size(), age(health.maxAge())));
        onlyDue.setLabel(getTranslation("health.only-due"));
        onlyDue.addValueChangeListener(e -> show());
        files.addClassName("tt-health-list");
        add(new H1(getTranslation("health.title")), summary, onlyDue, files);
        show();
    }

    private void show() {
        files.removeAll();
        rows.stream().filter(r -> !onlyDue.getValue() || r.overdue()).forEach(r -> files.add(card(r)));
    }

    private Div card(ContentHealth.Row row) {
        ContentFile file = row.file();
        var card = new Div();
        card.addClassNames("tt-card", "tt-health-file");
        card.getElement().setAttribute("data-file", file.file());
        var title = new H3(getTranslation("health.kind." + file.kind().name()) + ": " + file.title());
        var path = new Span(file.file());
        path.addClassName("tt-health-path");
        var state = new Span(
                row.overdue()
                        ? getTranslation("health.overdue", date(row.dueOn()))
                        : getTranslation("health.fresh", date(row.dueOn())));
        state.addClassNames("tt-badge", row.overdue() ? "tt-badge-overdue" : "tt-badge-done");
        card.add(title, path, new Paragraph(new Span(getTranslation("lesson.as-of", date(file.asOf())) + " "), state));

        if (file.sources().isEmpty()) {
            card.add(new Paragraph(getTranslation(
                    file.kind() == ContentFile.Kind.QUIZ ? "health.sources.quiz" : "health.sources.none")));
        } else {
            var sources = new UnorderedList();
            file.sources().forEach(s -> {
                var link = new Anchor(s.url(), s.title(), AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                sources.add(new ListItem(link));
            });
            card.add(new Paragraph(getTranslation("lesson.sources")), sources);
        }
        if (file.changes().isEmpty()) {
            card.add(new Paragraph(getTranslation("health.changes.none")));
        } else {
            var changes = new UnorderedList();
            changes.addClassName("tt-change-notes");
            file.changes()
                    .forEach(c -> changes.add(new ListItem(getTranslation("updated.note", date(c.date()), c.note()))));
            card.add(new Paragraph(getTranslation("health.changes")), changes);
        }
        return card;
    }

    private String age(java.time.Period age) {
        long months = age.toTotalMonths();
        return months > 0
                ? getTranslation("freshness.age.months", months)
                : getTranslation("freshness.age.days", age.getDays());
    }

    private String date(LocalDate date) {
        return LearnerTime.date(date);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("health.title"));
    }
}

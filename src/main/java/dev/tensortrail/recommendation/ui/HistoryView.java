package dev.tensortrail.recommendation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.tensortrail.base.ui.LearnerTime;
import dev.tensortrail.base.ui.PageTitles;
import dev.tensortrail.recommendation.Factor;
import dev.tensortrail.recommendation.Recommendations;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** Every saved suggestion with its inputs, model version and time; printable (save as PDF from the browser). */
@Route("suggestion/history")
@PermitAll
class HistoryView extends VerticalLayout implements HasDynamicTitle {

    final Div entries = new Div();

    HistoryView(Recommendations recommendations) {
        addClassNames("tt-page", "tt-history-page");
        var print = new Button(
                getTranslation("history.print"),
                VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("tt-no-print");
        add(new H1(getTranslation("history.title")), print, entries);
        var history = recommendations.history();
        if (history.isEmpty()) {
            entries.add(new Paragraph(getTranslation("history.empty")));
            return;
        }
        for (var saved : history) {
            var model = recommendations.model(saved.modelVersion());
            var replayed = recommendations.replay(saved);
            var entry = new Div();
            entry.addClassName("tt-history-entry");
            // The replayed outcome, not the stored one: the panel below explains the replay,
            // and the heading must tell the same story (old rows stored a conflict as "either").
            entry.add(new H2(getTranslation(
                    "history.entry",
                    LearnerTime.dateTime(saved.createdAt()),
                    getTranslation(
                            "suggestion.outcome-short." + replayed.outcome().name()))));
            String inputs = saved.answers().profile().applicableFactorIds().stream()
                    .map(id -> model.factor(id).map(Factor::title).orElse(id) + " "
                            + saved.answers().importances().byFactorId().getOrDefault(id, 0))
                    .collect(Collectors.joining(", "));
            entry.add(new Paragraph(getTranslation(
                    "history.inputs",
                    inputs.isEmpty() ? "-" : inputs,
                    getTranslation("profile.team."
                            + saved.answers().profile().teamFramework().name()))));
            var panel = new SuggestionPanel();
            panel.show(replayed);
            entry.add(panel);
            entries.add(entry);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("history.title"));
    }
}

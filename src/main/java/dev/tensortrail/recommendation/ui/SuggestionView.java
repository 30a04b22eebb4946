package dev.tensortrail.recommendation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.tensortrail.base.ui.PageTitles;
import dev.tensortrail.recommendation.Importances;
import dev.tensortrail.recommendation.Recommendations;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Map;

/** The end of the path: the suggestion, why, what would change it, and what-if sliders. */
@Route("suggestion")
@Menu(order = 30, icon = "vaadin:lightbulb", title = "menu.suggestion")
@PermitAll
class SuggestionView extends VerticalLayout implements HasDynamicTitle {

    final SuggestionPanel panel = new SuggestionPanel();
    final Map<String, ImportanceSlider> sliders = new HashMap<>();
    final Button save = new Button();

    private final Recommendations recommendations;
    private Recommendations.Answers answers;

    SuggestionView(Recommendations recommendations) {
        this.recommendations = recommendations;
        addClassNames("tt-page", "tt-suggestion-page");
        add(new H1(getTranslation("suggestion.title")));

        var availability = recommendations.availability();
        if (!availability.open()) {
            add(new Paragraph(getTranslation("suggestion.locked")));
            var left = new UnorderedList();
            availability.modulesLeft().forEach(m -> left.add(new ListItem(m)));
            add(left, new RouterLink(getTranslation("suggestion.fill-profile"), ProfileView.class));
            return;
        }
        var saved = recommendations.storedAnswers();
        if (saved.isEmpty()) {
            add(
                    new Paragraph(getTranslation("suggestion.no-profile")),
                    new RouterLink(getTranslation("suggestion.fill-profile"), ProfileView.class));
            return;
        }
        answers = saved.get().answers();
        if (!saved.get().droppedFactorIds().isEmpty()) {
            var notice = new Paragraph(getTranslation(
                    "profile.dropped-factors",
                    String.join(", ", saved.get().droppedFactorIds()),
                    recommendations.model().version()));
            notice.addClassName("tt-suggestion-notice");
            add(notice);
        }
        panel.show(recommendations.suggest(answers));

        var whatIf = new Div(
                new H2(getTranslation("suggestion.what-if")), new Paragraph(getTranslation("suggestion.what-if.help")));
        whatIf.addClassName("tt-what-if");
        recommendations.model().factors().stream()
                .filter(f -> answers.profile().applicableFactorIds().contains(f.id()))
                .forEach(f -> {
                    var slider = new ImportanceSlider(
                            f.id(),
                            f.title(),
                            answers.importances().byFactorId().get(f.id()),
                            v -> recompute());
                    sliders.put(f.id(), slider);
                    whatIf.add(slider);
                });
        save.setText(getTranslation("suggestion.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            recommendations.save(current());
            save.setEnabled(true);
            Notification.show(getTranslation("suggestion.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        add(
                panel,
                whatIf,
                save,
                new RouterLink(getTranslation("suggestion.history-link"), HistoryView.class),
                new RouterLink(getTranslation("suggestion.edit-profile"), ProfileView.class));
    }

    Recommendations.Answers current() {
        Map<String, Integer> values = new HashMap<>(answers.importances().byFactorId());
        // An unrated slider the learner has not touched stays unrated (counts 0 either way).
        sliders.forEach((id, slider) -> {
            if (values.containsKey(id) || slider.value() != Importances.MIN) {
                values.put(id, slider.value());
            }
        });
        return new Recommendations.Answers(answers.profile(), Importances.of(values));
    }

    void recompute() {
        panel.show(recommendations.suggest(current()));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("suggestion.title"));
    }
}

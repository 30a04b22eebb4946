package dev.tensortrail.recommendation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.tensortrail.base.ui.PageTitles;
import dev.tensortrail.recommendation.Factor;
import dev.tensortrail.recommendation.Questionnaire;
import dev.tensortrail.recommendation.Recommendations;
import dev.tensortrail.recommendation.TeamFramework;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeSet;

/** The profile questionnaire: open at any time, answers kept for the suggestion. */
@Route("profile")
@Menu(order = 20, icon = "vaadin:clipboard-text", title = "menu.profile")
@PermitAll
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    final CheckboxGroup<Factor> applies = new CheckboxGroup<>();
    final RadioButtonGroup<TeamFramework> team = new RadioButtonGroup<>();
    final Checkbox keepTfx = new Checkbox();
    final Checkbox needTransformers = new Checkbox();
    final Div sliders = new Div();
    final Map<String, ImportanceSlider> importance = new HashMap<>();
    final Button save = new Button();

    private final Recommendations recommendations;
    private final Map<String, Integer> values = new HashMap<>();

    ProfileView(Recommendations recommendations) {
        this.recommendations = recommendations;
        addClassNames("tt-page", "tt-profile");
        var model = recommendations.model();
        var stored = recommendations.storedAnswers();
        var saved = stored.map(Recommendations.Stored::answers);
        saved.ifPresent(a -> values.putAll(a.importances().byFactorId()));
        var teamFactor = model.teamFactor().orElse(null);

        applies.setLabel(getTranslation("profile.applies"));
        // The team factor is asked through the team radio, which counts on its own.
        applies.setItems(model.factors().stream().filter(f -> f != teamFactor).toList());
        applies.setItemLabelGenerator(Factor::title);
        applies.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        saved.ifPresent(a -> applies.setValue(new LinkedHashSet<>(model.factors().stream()
                .filter(f ->
                        f != teamFactor && a.profile().applicableFactorIds().contains(f.id()))
                .toList())));
        applies.addValueChangeListener(e -> renderSliders());

        team.setLabel(getTranslation("profile.team"));
        team.setItems(TeamFramework.values());
        team.setItemLabelGenerator(t -> getTranslation("profile.team." + t.name()));
        team.setValue(saved.map(a -> a.profile().teamFramework()).orElse(TeamFramework.NONE));
        team.setHelperText(
                getTranslation("profile.team.help." + team.getValue().name(), Questionnaire.TEAM_DEFAULT_IMPORTANCE));
        team.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                team.setHelperText(getTranslation(
                        "profile.team.help." + e.getValue().name(), Questionnaire.TEAM_DEFAULT_IMPORTANCE));
            }
            renderSliders();
        });

        keepTfx.setLabel(getTranslation("profile.keep-tfx"));
        needTransformers.setLabel(getTranslation("profile.need-transformers"));
        saved.ifPresent(a -> {
            keepTfx.setValue(a.profile().mustKeepTfxPipeline());
            needTransformers.setValue(a.profile().mustUseTransformersV5());
        });

        sliders.addClassName("tt-sliders");
        save.setText(getTranslation("profile.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        add(new H1(getTranslation("profile.title")), new Paragraph(getTranslation("profile.intro")));
        stored.filter(a -> !a.droppedFactorIds().isEmpty()).ifPresent(a -> add(droppedNotice(a)));
        add(
                applies,
                team,
                new H2(getTranslation("profile.constraints")),
                new Paragraph(getTranslation("profile.constraints.help")),
                keepTfx,
                needTransformers,
                new H2(getTranslation("profile.importance")),
                sliders,
                save,
                new RouterLink(getTranslation("profile.to-suggestion"), SuggestionView.class));
        renderSliders();
    }

    private void renderSliders() {
        sliders.removeAll();
        importance.clear();
        var model = recommendations.model();
        TeamFramework teamValue = team.getValue() == null ? TeamFramework.NONE : team.getValue();
        var shown = answers().profile().applicableFactorIds();
        if (shown.isEmpty()) {
            sliders.add(new Paragraph(getTranslation("profile.importance.none")));
        }
        model.factors().stream().filter(f -> shown.contains(f.id())).forEach(factor -> {
            // A ticked factor starts unrated (counts 0, and says so); the team factor starts
            // at the questionnaire's default because the radio already is an answer.
            Integer value = values.get(factor.id());
            if (value == null
                    && Questionnaire.countsTeam(teamValue)
                    && model.teamFactor().filter(factor::equals).isPresent()) {
                value = Questionnaire.TEAM_DEFAULT_IMPORTANCE;
            }
            var slider = new ImportanceSlider(factor.id(), factor.question(), value, v -> values.put(factor.id(), v));
            importance.put(factor.id(), slider);
            sliders.add(slider);
        });
    }

    private Paragraph droppedNotice(Recommendations.Stored stored) {
        var notice = new Paragraph(getTranslation(
                "profile.dropped-factors",
                String.join(", ", stored.droppedFactorIds()),
                recommendations.model().version()));
        notice.addClassName("tt-suggestion-notice");
        return notice;
    }

    Recommendations.Answers answers() {
        var ids = new TreeSet<String>();
        applies.getValue().forEach(f -> ids.add(f.id()));
        return Questionnaire.answers(
                recommendations.model(),
                ids,
                team.getValue() == null ? TeamFramework.NONE : team.getValue(),
                keepTfx.getValue(),
                needTransformers.getValue(),
                values);
    }

    private void save() {
        recommendations.saveAnswers(answers());
        Notification.show(getTranslation("profile.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("profile.title"));
    }
}

package dev.tensortrail.recommendation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.tensortrail.recommendation.DecisionModelDefinition;
import dev.tensortrail.recommendation.Factor;
import dev.tensortrail.recommendation.Outcome;
import dev.tensortrail.recommendation.Reason;
import dev.tensortrail.recommendation.Suggestion;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A suggestion explained: result, scores, confidence, reasons with evidence, counterfactual, what to reread. */
class SuggestionPanel extends Div {

    final H2 headline = new H2();

    SuggestionPanel() {
        addClassName("tt-suggestion");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(Suggestion s, DecisionModelDefinition model) {
        removeAll();
        headline.setText(getTranslation("suggestion.outcome." + s.outcome().name()));
        headline.addClassName("tt-outcome");
        var confidence = new Paragraph(getTranslation("suggestion.confidence." + s.confidence().name()));
        confidence.addClassName("tt-confidence");
        var scores = new Paragraph(getTranslation("suggestion.scores", s.tensorflowScore(), s.pytorchScore(),
                s.margin(), s.eitherMargin()));
        scores.addClassName("tt-scores");
        add(headline, confidence, scores);

        if (s.decidedByConstraint() != null) {
            var constraint = new Paragraph(s.decidedByConstraint().explanation());
            constraint.addClassName("tt-constraint");
            add(constraint);
        }
        if (s.hedgeAdvice() != null) {
            add(new Paragraph(s.hedgeAdvice()));
        }
        if (!s.topReasonsFor().isEmpty()) {
            add(new H3(getTranslation(s.outcome() == Outcome.EITHER ? "suggestion.balance" : "suggestion.reasons-for")));
            var list = new UnorderedList();
            s.topReasonsFor().forEach(r -> list.add(reason(r)));
            add(list);
        }
        if (s.strongestReasonAgainst() != null) {
            add(new H3(getTranslation("suggestion.reason-against")));
            var list = new UnorderedList(reason(s.strongestReasonAgainst()));
            add(list);
        }
        add(new H3(getTranslation("suggestion.what-would-change")));
        if (s.counterfactual() != null) {
            var c = s.counterfactual();
            String title = model.factor(c.factorId()).map(Factor::title).orElse(c.factorId());
            add(new Paragraph(getTranslation("suggestion.counterfactual", title, c.to(), c.from(),
                    getTranslation("suggestion.outcome-short." + c.resultingOutcome().name()))));
        } else {
            add(new Paragraph(getTranslation("suggestion.no-counterfactual")));
        }
        if (!s.rereadBeforeRelying().isEmpty()) {
            add(new H3(getTranslation("suggestion.reread")));
            var list = new UnorderedList();
            s.rereadBeforeRelying().forEach(r -> list.add(new ListItem(
                    new Span(getTranslation("suggestion.reread-item", getTranslation("skill." + r.skill()),
                            getTranslation("mastery." + r.mastery().name())) + " "),
                    new Anchor("lessons/" + r.lesson(), getTranslation("result.reread-lesson")))));
            add(list);
        }
        if (!s.factorAdvice().isEmpty()) {
            add(new H3(getTranslation("suggestion.advice")));
            var list = new UnorderedList();
            s.factorAdvice().forEach(a -> list.add(new ListItem(a)));
            add(list);
        }
        var version = new Paragraph(getTranslation("suggestion.model-version", s.modelVersion()));
        version.addClassName("tt-meta");
        add(version);
    }

    private ListItem reason(Reason r) {
        var item = new ListItem();
        var title = new Span(r.title());
        title.addClassName("tt-reason-title");
        String lean = (r.lean() > 0 ? "+" : "") + r.lean();
        item.add(title, new Span(" " + getTranslation("suggestion.contribution", r.importance(), lean,
                Math.abs(r.contribution()), getTranslation(r.contribution() < 0 ? "suggestion.side.tf" : "suggestion.side.pt"))));
        var evidence = new Paragraph(r.evidence() + " ");
        var source = new Anchor(r.source().toString(), getTranslation("suggestion.source",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(r.asOf())),
                AnchorTarget.BLANK);
        source.getElement().setAttribute("rel", "noopener noreferrer");
        evidence.add(source);
        evidence.addClassName("tt-evidence");
        item.add(evidence);
        return item;
    }
}

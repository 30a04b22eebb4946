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
import dev.tensortrail.base.ui.LearnerTime;
import dev.tensortrail.curriculum.ui.CurriculumNavigation;
import dev.tensortrail.recommendation.Explanation;
import dev.tensortrail.recommendation.Explanation.Block;
import dev.tensortrail.recommendation.Explanation.Kind;
import dev.tensortrail.recommendation.Reason;
import dev.tensortrail.recommendation.Suggestion;
import org.jspecify.annotations.Nullable;

/**
 * A suggestion explained. It renders {@link Explanation}'s blocks and nothing else, so the
 * page, the history and its print view say exactly what the property tests check.
 */
class SuggestionPanel extends Div {

    final H2 headline = new H2();

    SuggestionPanel() {
        addClassName("tt-suggestion");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(Suggestion s) {
        removeAll();
        setClassName(
                "tt-suggestion-conflict",
                s.decidedByConstraint() != null && s.decidedByConstraint().conflicting());
        UnorderedList list = null;
        for (Block block : Explanation.of(s).blocks()) {
            String text = Explanation.render(block.text(), this::getTranslation);
            switch (block.kind()) {
                case REASON, ITEM, REREAD -> {
                    if (list == null) {
                        list = new UnorderedList();
                        add(list);
                    }
                    list.add(item(block, text));
                }
                default -> {
                    list = null;
                    add(component(block.kind(), text));
                }
            }
        }
    }

    private com.vaadin.flow.component.Component component(Kind kind, String text) {
        return switch (kind) {
            case HEADLINE -> {
                headline.setText(text);
                headline.addClassName("tt-outcome");
                yield headline;
            }
            case HEADING -> new H3(text);
            default -> {
                var paragraph = new Paragraph(text);
                paragraph.addClassName(
                        switch (kind) {
                            case CONFIDENCE -> "tt-confidence";
                            case SCORES -> "tt-scores";
                            case CONSTRAINT -> "tt-constraint";
                            case NOTICE -> "tt-suggestion-notice";
                            case META -> "tt-meta";
                            default -> "tt-explanation";
                        });
                yield paragraph;
            }
        };
    }

    private ListItem item(Block block, String text) {
        if (block.reason() != null) {
            return reason(block.reason(), text);
        }
        if (block.lesson() != null) {
            return new ListItem(
                    new Span(text + " "),
                    CurriculumNavigation.lesson(block.lesson()).link(getTranslation("result.reread-lesson")));
        }
        return new ListItem(text);
    }

    private ListItem reason(Reason r, @Nullable String contribution) {
        var item = new ListItem();
        var title = new Span(r.title());
        title.addClassName("tt-reason-title");
        item.add(title, new Span(" " + contribution));
        var evidence = new Paragraph(r.evidence() + " ");
        var source = new Anchor(
                r.source().toString(),
                getTranslation("suggestion.source", LearnerTime.date(r.asOf())),
                AnchorTarget.BLANK);
        source.getElement().setAttribute("rel", "noopener noreferrer");
        evidence.add(source);
        evidence.addClassName("tt-evidence");
        item.add(evidence);
        return item;
    }
}

package dev.tensortrail.recommendation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.tensortrail.recommendation.Importances;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A labelled 0-5 slider: the browser's own range input, so it works with the keyboard
 * (arrow keys) and screen readers (its value is also spoken as text). A factor the learner
 * has not rated yet sits at 0 and says so: it counts for nothing rather than for a default
 * that would decide for the learner.
 */
class ImportanceSlider extends Div {

    final Input range = new Input(ValueChangeMode.EAGER);
    private final Span shown = new Span();
    private int current;

    ImportanceSlider(String id, String label, @Nullable Integer value, IntConsumer onChange) {
        addClassName("tt-slider");
        range.setId("importance-" + id);
        range.setType("range");
        range.getElement().setAttribute("min", String.valueOf(Importances.MIN));
        range.getElement().setAttribute("max", String.valueOf(Importances.MAX));
        range.getElement().setAttribute("step", "1");
        var caption = new NativeLabel(label);
        caption.setFor(range.getId().orElseThrow());
        shown.addClassName("tt-slider-value");
        if (value == null) {
            range.setValue(String.valueOf(Importances.MIN));
            current = Importances.MIN;
            show(getTranslation("suggestion.importance-unrated"));
        } else {
            set(value);
        }
        range.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                int v = parse(e.getValue());
                set(v);
                onChange.accept(v);
            }
        });
        add(caption, range, shown);
    }

    void set(int value) {
        current = value;
        range.setValue(String.valueOf(value));
        show(getTranslation("suggestion.importance-value", value));
    }

    int value() {
        return current;
    }

    private void show(String text) {
        shown.setText(text);
        range.getElement().setAttribute("aria-valuetext", text);
    }

    /** Clamped at both ends; text that is not a number (only a tampered client sends it) keeps the value. */
    private int parse(String value) {
        try {
            return Importances.parseClamped(value);
        } catch (IllegalArgumentException e) {
            return current;
        }
    }
}

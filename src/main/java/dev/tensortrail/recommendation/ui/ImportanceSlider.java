package dev.tensortrail.recommendation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.tensortrail.recommendation.Importances;

import java.util.function.IntConsumer;

/**
 * A labelled 0-5 slider: the browser's own range input, so it works with the keyboard
 * (arrow keys) and screen readers (its value is also spoken as text).
 */
class ImportanceSlider extends Div {

    final Input range = new Input(ValueChangeMode.EAGER);
    private final Span shown = new Span();

    ImportanceSlider(String id, String label, int value, IntConsumer onChange) {
        addClassName("tt-slider");
        range.setId("importance-" + id);
        range.setType("range");
        range.getElement().setAttribute("min", String.valueOf(Importances.MIN));
        range.getElement().setAttribute("max", String.valueOf(Importances.MAX));
        range.getElement().setAttribute("step", "1");
        var caption = new NativeLabel(label);
        caption.setFor(range.getId().orElseThrow());
        shown.addClassName("tt-slider-value");
        set(value);
        range.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                int v = parse(e.getValue());
                show(v);
                onChange.accept(v);
            }
        });
        add(caption, range, shown);
    }

    void set(int value) {
        range.setValue(String.valueOf(value));
        show(value);
    }

    int value() {
        return parse(range.getValue());
    }

    private void show(int value) {
        String text = getTranslation("suggestion.importance-value", value);
        shown.setText(text);
        range.getElement().setAttribute("aria-valuetext", text);
    }

    private static int parse(String value) {
        try {
            return Math.max(Importances.MIN, Math.min(Importances.MAX, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return Importances.MIN;
        }
    }
}

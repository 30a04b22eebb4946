package dev.tensortrail.quiz.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.tensortrail.quiz.Answer;
import dev.tensortrail.quiz.QuizData.Choice;
import dev.tensortrail.quiz.QuizData.QuestionView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One question with the input its type needs; reports every change of answer. Shared with the
 * spaced-review view (the "ui" named interface of the quiz module).
 */
public class QuestionInput extends Div {

    private final QuestionView question;
    private final Consumer<Answer> onChange;
    private Answer answer;

    // the inputs, by type (package-private for UI unit tests)
    final RadioButtonGroup<Choice> single = new RadioButtonGroup<>();
    final CheckboxGroup<Choice> multiple = new CheckboxGroup<>();
    final Div ordering = new Div();
    final List<Choice> order = new ArrayList<>();
    final Map<Long, ComboBox<Choice>> matching = new LinkedHashMap<>();
    final Button confirmOrder = new Button();
    final Span orderStatus = new Span();
    private final H2 heading = new H2();
    /** The move buttons of the items as shown, by position: [up, down]. */
    private final List<Button[]> moveButtons = new ArrayList<>();

    public QuestionInput(QuestionView question, Consumer<Answer> onChange) {
        this.question = question;
        this.onChange = onChange;
        this.answer = question.saved();
        addClassName("tt-question");
        getElement().setAttribute("data-question", String.valueOf(question.questionId()));

        heading.setText(getTranslation("quiz.question-number", question.number()));
        heading.addClassName("tt-question-number");
        String promptId = "prompt-" + question.questionId();
        var prompt = new Html("<div id=\"" + promptId + "\" class=\"tt-prompt\">" + question.promptHtml() + "</div>");
        add(heading, prompt);
        if (question.code() != null) {
            var pre = new Pre();
            var code = new com.vaadin.flow.component.html.Code(question.code());
            code.addClassName("language-python");
            pre.add(code);
            pre.addClassName("tt-question-code");
            pre.getElement().setAttribute("tabindex", "0"); // a scrollable block must be reachable by keyboard
            add(pre);
        }
        var hint = new Span(getTranslation("quiz.hint." + question.type().name()));
        hint.addClassName("tt-meta");
        add(hint);

        switch (question.type()) {
            case MULTIPLE -> buildMultiple(promptId);
            case ORDERING -> buildOrdering();
            case MATCHING -> buildMatching();
            default -> buildSingle(promptId);
        }
    }

    /** Moves the keyboard focus to this question's heading (when the control that had it goes away). */
    public void focusHeading() {
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().callJsFunction("focus");
    }

    public Answer answer() {
        return answer;
    }

    public QuestionView question() {
        return question;
    }

    private void changed(Answer newAnswer) {
        answer = newAnswer;
        onChange.accept(newAnswer);
    }

    private void buildSingle(String promptId) {
        single.setItems(question.options());
        single.setItemLabelGenerator(Choice::text);
        single.getElement().setAttribute("aria-labelledby", promptId);
        single.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
        question.options().stream()
                .filter(c -> question.saved().optionIds().contains(c.id()))
                .findFirst()
                .ifPresent(single::setValue);
        single.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                changed(Answer.choose(List.of(e.getValue().id())));
            }
        });
        add(single);
    }

    private void buildMultiple(String promptId) {
        multiple.setItems(question.options());
        multiple.setItemLabelGenerator(Choice::text);
        multiple.getElement().setAttribute("aria-labelledby", promptId);
        multiple.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
        multiple.setValue(new LinkedHashSet<>(question.options().stream()
                .filter(c -> question.saved().optionIds().contains(c.id()))
                .toList()));
        multiple.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed(Answer.choose(question.options().stream()
                        .filter(e.getValue()::contains)
                        .map(Choice::id)
                        .toList()));
            }
        });
        add(multiple);
    }

    private void buildOrdering() {
        Map<Long, Choice> byId = new HashMap<>();
        question.options().forEach(c -> byId.put(c.id(), c));
        if (!question.saved().optionIds().isEmpty()) {
            question.saved().optionIds().forEach(id -> order.add(byId.get(id)));
        } else {
            order.addAll(question.options());
        }
        // the shuffled order on screen is not an answer: only a move or an explicit "this is my order" is
        ordering.addClassName("tt-ordering");
        ordering.getElement().setAttribute("role", "list");
        renderOrdering();
        confirmOrder.setText(getTranslation("quiz.order-confirm"));
        confirmOrder.addThemeVariants(ButtonVariant.LUMO_SMALL);
        confirmOrder.addClassName("tt-order-confirm");
        confirmOrder.addClickListener(e -> {
            changed(Answer.choose(order.stream().map(Choice::id).toList()));
            showOrderStatus();
            // the button hides itself: the status saying the order is saved takes the focus
            orderStatus.getElement().setAttribute("tabindex", "-1");
            orderStatus.getElement().callJsFunction("focus");
        });
        orderStatus.addClassNames("tt-meta", "tt-order-status");
        orderStatus.getElement().setAttribute("aria-live", "polite");
        add(ordering, new Div(confirmOrder, orderStatus));
        showOrderStatus();
    }

    private void showOrderStatus() {
        boolean answered = answered();
        confirmOrder.setVisible(!answered);
        orderStatus.setText(getTranslation(answered ? "quiz.order-saved" : "quiz.order-untouched"));
    }

    /** Moves an item; the learner's order is saved on every move. */
    void move(int from, int to) {
        if (from == to || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        renderOrdering();
        changed(Answer.choose(order.stream().map(Choice::id).toList()));
        showOrderStatus();
        // the rows are rebuilt: keep the focus on the moved item, on the button of the same
        // direction while it can move further, else on the other one
        Button[] buttons = moveButtons.get(to);
        Button same = to < from ? buttons[0] : buttons[1];
        (same.isEnabled() ? same : to < from ? buttons[1] : buttons[0]).focus();
    }

    private void renderOrdering() {
        ordering.removeAll();
        moveButtons.clear();
        for (int i = 0; i < order.size(); i++) {
            int index = i;
            Choice item = order.get(i);
            var position = new Span((i + 1) + ".");
            position.addClassName("tt-order-position");
            var text = new Span(item.text());
            text.addClassName("tt-order-text");
            var up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(index, index - 1));
            up.setAriaLabel(getTranslation("quiz.move-up", item.text()));
            up.setEnabled(i > 0);
            var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(index, index + 1));
            down.setAriaLabel(getTranslation("quiz.move-down", item.text()));
            down.setEnabled(i < order.size() - 1);
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            moveButtons.add(new Button[] {up, down});
            var row = new HorizontalLayout(VaadinIcon.GRID_SMALL_O.create(), position, text, up, down);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            row.addClassName("tt-order-row");
            row.getElement().setAttribute("role", "listitem");
            row.getElement().setAttribute("data-item", String.valueOf(item.id()));
            DragSource.create(row).setDraggable(true);
            DropTarget<HorizontalLayout> target = DropTarget.create(row);
            target.addDropListener(e -> e.getDragSourceComponent().ifPresent(source -> {
                int from = ordering.getChildren().toList().indexOf(source);
                if (from >= 0) {
                    move(from, index);
                }
            }));
            ordering.add(row);
        }
    }

    private void buildMatching() {
        var table = new Div();
        table.addClassName("tt-matching");
        for (Choice left : question.options()) {
            // a combo box: every choice is typed or picked with the keyboard, and the list is searchable
            var select = new ComboBox<Choice>();
            select.setLabel(left.text());
            select.setItems(question.rightSide());
            select.setItemLabelGenerator(Choice::text);
            select.setPlaceholder(getTranslation("quiz.choose"));
            select.setAllowCustomValue(false);
            select.setClearButtonVisible(true);
            Long saved = question.saved().matches().get(left.id());
            question.rightSide().stream()
                    .filter(c -> c.id() == (saved == null ? -1 : saved))
                    .findFirst()
                    .ifPresent(select::setValue);
            select.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    changed(currentMatches());
                }
            });
            matching.put(left.id(), select);
            table.add(select);
        }
        add(table);
    }

    private Answer currentMatches() {
        Map<Long, Long> matches = new LinkedHashMap<>();
        matching.forEach((left, select) -> {
            if (select.getValue() != null) {
                matches.put(left, select.getValue().id());
            }
        });
        // every pair is kept as it is set (or cleared): a half-finished matching is work too
        return matches.isEmpty() ? Answer.none() : Answer.match(matches);
    }

    /** Whether the learner gave an answer: an ordering only once moved or confirmed, a matching once one pair is set. */
    public boolean answered() {
        return !answer.isEmpty();
    }
}

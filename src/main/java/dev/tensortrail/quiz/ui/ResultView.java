package dev.tensortrail.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.tensortrail.base.ui.PageTitles;
import dev.tensortrail.curriculum.ui.CurriculumNavigation;
import dev.tensortrail.quiz.QuestionType;
import dev.tensortrail.quiz.QuizData.AttemptResult;
import dev.tensortrail.quiz.QuizData.OptionFeedback;
import dev.tensortrail.quiz.QuizData.QuestionResult;
import dev.tensortrail.quiz.QuizException;
import dev.tensortrail.quiz.Quizzes;
import dev.tensortrail.quiz.content.QuizPolicy.Review;
import jakarta.annotation.security.PermitAll;

/** A graded attempt: score, pass or fail, and per question what was right, why, and what to reread. */
@Route("quizzes/:slug/attempts/:attempt")
@PermitAll
class ResultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SLUG = "slug";
    static final String ATTEMPT = "attempt";

    final H1 title = new H1();
    final Span verdict = new Span();

    private final Quizzes quizzes;
    private String pageTitle = "";

    ResultView(Quizzes quizzes) {
        this.quizzes = quizzes;
        addClassNames("tt-page", "tt-result");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get(ATTEMPT).orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        AttemptResult result;
        try {
            result = quizzes.result(id);
        } catch (QuizException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        show(result);
    }

    private void show(AttemptResult result) {
        pageTitle = getTranslation("result.title", result.quizTitle());
        title.setText(pageTitle);
        int percent = (int) Math.round(result.score() * 100);
        verdict.removeAll();
        verdict.add(
                result.passed() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CLOSE_CIRCLE.create(),
                new Span(getTranslation(
                        result.passed() ? "result.passed" : "result.failed", percent, result.passPercent())));
        verdict.addClassNames("tt-verdict", result.passed() ? "tt-verdict-passed" : "tt-verdict-failed");
        verdict.getElement().setAttribute("role", "status");
        add(title, verdict);

        var actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.add(QuizNavigation.quiz(result.quizSlug()).link(getTranslation("result.retake")));
        actions.add(CurriculumNavigation.path().link(getTranslation("lesson.back-to-path")));
        add(actions);

        if (!result.shows(Review.RIGHT_ANSWER)) {
            // the answers open once the quiz is passed, for this attempt and every earlier one
            var notice = new Paragraph(getTranslation("result.answers-after-pass"));
            notice.addClassName("tt-review-notice");
            add(notice);
        }
        for (QuestionResult question : result.questions()) {
            add(question(question, result));
        }
    }

    private Component question(QuestionResult q, AttemptResult result) {
        var box = new Div();
        box.addClassName("tt-question");
        int percent = (int) Math.round(q.score() * 100);
        String heading = getTranslation("quiz.question-number", q.question().number());
        if (result.shows(Review.WHETHER_CORRECT) || result.shows(Review.MARKS)) {
            String verdictKey = q.right() ? "result.correct" : q.score() <= 0 ? "result.wrong" : "result.partly";
            heading += " · " + getTranslation(verdictKey, percent);
        }
        var title = new H2(heading);
        title.addClassName(q.right() ? "tt-right" : "tt-wrong");
        box.add(title, new Html("<div class=\"tt-prompt\">" + q.question().promptHtml() + "</div>"));
        if (q.question().code() != null) {
            var pre = new com.vaadin.flow.component.html.Pre(q.question().code());
            pre.addClassName("tt-question-code");
            pre.getElement().setAttribute("tabindex", "0"); // a scrollable block must be reachable by keyboard
            box.add(pre);
        }
        if (q.question().type() == QuestionType.ORDERING) {
            if (q.yourOrder().isEmpty()) {
                box.add(new Paragraph(getTranslation("result.no-answer")));
            } else {
                box.add(orderList("result.your-order", q.yourOrder()));
            }
            if (!q.correctOrder().isEmpty()) {
                box.add(orderList("result.correct-order", q.correctOrder()));
            }
        } else if (q.question().type() == QuestionType.MATCHING) {
            long chosen = q.matches().stream().filter(m -> m.chosen() != null).count();
            if (chosen == 0) {
                box.add(new Paragraph(getTranslation("result.no-answer")));
            } else if (result.shows(Review.WHETHER_CORRECT) || result.shows(Review.RIGHT_ANSWER)) {
                long rightPairs = q.matches().stream()
                        .filter(m -> Boolean.TRUE.equals(m.right()))
                        .count();
                var matched = new Paragraph(
                        getTranslation("result.matched", rightPairs, q.matches().size()));
                matched.addClassName("tt-matched");
                box.add(matched);
            }
            var list = new UnorderedList();
            q.matches().forEach(m -> {
                var item = new ListItem();
                if (m.right() != null) {
                    // the pair's line does not say right or wrong in words: the mark does, to a screen reader too
                    item.add(spokenMark(m.right()));
                }
                String yours = m.chosen() == null ? getTranslation("result.no-answer") : m.chosen();
                item.add(new Span(
                        m.correct() == null
                                ? getTranslation("result.match-yours", m.left(), yours)
                                : getTranslation("result.match", m.left(), yours, m.correct())));
                list.add(item);
            });
            box.add(list);
        } else {
            var list = new UnorderedList();
            list.addClassName("tt-feedback-list");
            for (OptionFeedback option : q.options()) {
                if (!option.chosen() && !Boolean.TRUE.equals(option.correct())) {
                    continue;
                }
                var item = new ListItem();
                if (option.correct() != null) {
                    item.add(mark(option.correct()));
                }
                String label = option.correct() == null
                        ? "result.chosen"
                        : option.chosen() && option.correct()
                                ? "result.chosen-correct"
                                : option.chosen() ? "result.chosen-wrong" : "result.correct-answer";
                item.add(new Span(getTranslation(label) + ": "), new Span(option.text()));
                if (option.feedback() != null) {
                    var feedback = new Paragraph(option.feedback());
                    feedback.addClassName("tt-feedback");
                    item.add(feedback);
                }
                list.add(item);
            }
            if (q.options().stream().noneMatch(OptionFeedback::chosen)) {
                box.add(new Paragraph(getTranslation("result.no-answer")));
            }
            box.add(list);
        }
        if (!q.right() && q.wrongFeedback() != null) {
            var feedback = new Paragraph(q.wrongFeedback());
            feedback.addClassName("tt-feedback");
            box.add(feedback);
        }
        if (q.explanationHtml() != null) {
            var explanation =
                    new Div(new H3(getTranslation("result.why")), new Html("<div>" + q.explanationHtml() + "</div>"));
            explanation.addClassName("tt-explanation");
            box.add(explanation);
        }
        if (result.shows(Review.REREAD)) {
            box.add(CurriculumNavigation.lesson(q.lessonSlug())
                    .anchor(
                            q.sectionTitle() == null
                                    ? getTranslation("result.reread-lesson")
                                    : getTranslation("result.reread", q.sectionTitle()),
                            q.sectionAnchor()));
        }
        return box;
    }

    private Component orderList(String key, java.util.List<String> items) {
        var list = new OrderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        return new Div(new Span(getTranslation(key)), list);
    }

    /** A mark that is the only place saying right or wrong: named, not only shape and colour. */
    private Component spokenMark(boolean right) {
        var icon = right ? VaadinIcon.CHECK.create() : VaadinIcon.CLOSE_SMALL.create();
        icon.addClassName(right ? "tt-right" : "tt-wrong");
        icon.getElement().setAttribute("role", "img");
        icon.getElement().setAttribute("aria-label", getTranslation(right ? "result.pair-right" : "result.pair-wrong"));
        icon.getElement().setAttribute("title", getTranslation(right ? "result.pair-right" : "result.pair-wrong"));
        return icon;
    }

    /** A mark next to text that already says right or wrong: decoration, hidden from screen readers. */
    private Component mark(boolean right) {
        var icon = right ? VaadinIcon.CHECK.create() : VaadinIcon.CLOSE_SMALL.create();
        icon.addClassName(right ? "tt-right" : "tt-wrong");
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(pageTitle);
    }
}

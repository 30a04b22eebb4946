package dev.tensortrail.progress.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.tensortrail.base.ui.LearnerTime;
import dev.tensortrail.base.ui.PageTitles;
import dev.tensortrail.curriculum.ui.CurriculumNavigation;
import dev.tensortrail.progress.Reviews;
import dev.tensortrail.quiz.QuizData;
import dev.tensortrail.quiz.QuizException;
import dev.tensortrail.quiz.Quizzes;
import dev.tensortrail.quiz.ui.QuestionInput;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Spaced review: how many cards are due, then a short mixed session of them. */
@Route("review")
@Menu(order = 10, icon = "vaadin:refresh", title = "menu.review")
@PermitAll
class ReviewView extends VerticalLayout implements HasDynamicTitle {

    static final int SESSION_SIZE = 10;

    final Paragraph summary = new Paragraph();
    final Button start = new Button();
    final Div stage = new Div();

    private final Reviews reviews;
    private final Quizzes quizzes;
    private ZoneId zone = ZoneId.of("UTC");
    private List<Long> session = new ArrayList<>();
    private int index;
    private int right;

    ReviewView(Reviews reviews, Quizzes quizzes) {
        this.reviews = reviews;
        this.quizzes = quizzes;
        addClassNames("tt-page", "tt-review");
        summary.getElement().setAttribute("role", "status");
        start.setId("start-review"); // stable ids: the load test finds its way by them
        start.setText(getTranslation("review.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startSession());
        stage.addClassName("tt-review-stage");
        add(new H1(getTranslation("review.title")), summary, start, stage);
        refreshSummary();
        UI.getCurrent().getPage().retrieveExtendedClientDetails(details -> {
            try {
                zone = ZoneId.of(details.getTimeZoneId());
            } catch (RuntimeException unknownZone) {
                zone = ZoneId.of("UTC");
            }
            refreshSummary();
        });
    }

    private void refreshSummary() {
        var due = reviews.summary(zone);
        String text;
        if (due.availableToday() > 0) {
            text = getTranslation("review.due", due.availableToday());
        } else if (due.dueNow() > 0) {
            text = getTranslation("review.cap-reached", due.dailyCap());
        } else if (due.nextDue() != null) {
            text = getTranslation("review.none-due", LearnerTime.formatDateTime(due.nextDue(), zone, getLocale()));
        } else {
            text = getTranslation("review.no-cards");
        }
        if (due.waiting() > 0) {
            text += " " + getTranslation("review.waiting", due.waiting(), due.dailyCap());
        }
        summary.setText(text);
        start.setVisible(due.availableToday() > 0 && session.isEmpty());
    }

    void startSession() {
        session = new ArrayList<>(reviews.session(SESSION_SIZE, zone));
        index = 0;
        right = 0;
        start.setVisible(false);
        showCard();
    }

    private void showCard() {
        stage.removeAll();
        if (index >= session.size()) {
            stage.add(new Paragraph(getTranslation("review.done", right, session.size())));
            session = new ArrayList<>();
            refreshSummary();
            return;
        }
        long questionId = session.get(index);
        QuizData.QuestionView question;
        try {
            question = quizzes.reviewQuestion(questionId);
        } catch (QuizException gone) {
            index++;
            showCard();
            return;
        }
        var counter = new Span(getTranslation("review.counter", index + 1, session.size()));
        counter.addClassName("tt-meta");
        var input = new QuestionInput(question, answer -> {});
        var check = new Button(getTranslation("review.check"));
        check.setId("review-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setDisableOnClick(true);
        check.addClickListener(e -> check(question, input, check));
        stage.add(counter, input, check);
    }

    private void check(QuizData.QuestionView question, QuestionInput input, Button check) {
        try {
            var reviewed = reviews.review(
                    question.questionId(),
                    question.options().stream().map(QuizData.Choice::id).toList(),
                    input.answer());
            var result = reviewed.result();
            var outcome = reviewed.outcome();
            boolean correct = reviewed.right();
            if (correct) {
                right++;
            }
            check.setVisible(false);
            var verdict = new Paragraph(
                    correct ? VaadinIcon.CHECK.create() : VaadinIcon.CLOSE_SMALL.create(),
                    new Span(getTranslation(correct ? "review.right" : "review.wrong")));
            verdict.addClassNames("tt-verdict", correct ? "tt-verdict-passed" : "tt-verdict-failed");
            verdict.getElement().setAttribute("role", "status");
            // null where the quiz's review policy keeps explanations until the quiz is passed
            var explanation = new Div(
                    result.explanationHtml() == null
                            ? new Span()
                            : new Html("<div>" + result.explanationHtml() + "</div>"));
            explanation.addClassName("tt-explanation");
            var next = new Button(getTranslation("review.next"), e -> {
                index++;
                showCard();
            });
            next.setId("review-next");
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var due = new Span(
                    getTranslation("review.next-due", LearnerTime.formatDate(outcome.nextDue(), zone, getLocale())));
            due.addClassName("tt-meta");
            stage.add(
                    verdict,
                    explanation,
                    CurriculumNavigation.lesson(result.lessonSlug())
                            .anchor(getTranslation("result.reread-lesson"), result.sectionAnchor()),
                    due,
                    next);
            next.focus();
        } catch (QuizException e) {
            check.setEnabled(true);
            Notification.show(getTranslation(e.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("review.title"));
    }
}

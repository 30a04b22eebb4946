package dev.tensortrail.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.tensortrail.base.ui.CodeBlocks;
import dev.tensortrail.base.ui.LearnerTime;
import dev.tensortrail.base.ui.PageTitles;
import dev.tensortrail.base.ui.PendingSaves;
import dev.tensortrail.curriculum.ui.CurriculumNavigation;
import dev.tensortrail.quiz.Answer;
import dev.tensortrail.quiz.QuizData;
import dev.tensortrail.quiz.QuizData.AttemptView;
import dev.tensortrail.quiz.QuizData.QuizInfo;
import dev.tensortrail.quiz.QuizException;
import dev.tensortrail.quiz.Quizzes;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * A module quiz: what it covers, past attempts, and the attempt in progress. Answers are saved
 * as the learner works; nothing on this page knows which answer is right.
 */
@Route("quizzes/:slug")
@PermitAll
@JavaScript("context://scripts/lesson.js")
class QuizView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SLUG = "slug";

    final H1 title = new H1();
    final Button start = new Button();
    final Button submit = new Button();
    final List<QuestionInput> inputs = new ArrayList<>();
    final PendingSaves pending;
    final Paragraph blankNotice = new Paragraph();
    final ConfirmDialog confirm = new ConfirmDialog();
    private final List<com.vaadin.flow.shared.Registration> confirmRegistrations = new ArrayList<>();

    private final Quizzes quizzes;
    private String pageTitle = "";
    private long attemptId;

    QuizView(Quizzes quizzes, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.quizzes = quizzes;
        // a database outage keeps answers on the page and saves them when it is back
        this.pending = new PendingSaves(executor, this::refused);
        addClassNames("tt-page", "tt-quiz");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(SLUG).orElse("");
        var info = quizzes.info(slug);
        if (info.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        inputs.clear();
        show(info.get());
    }

    private void show(QuizInfo info) {
        pageTitle = info.title();
        title.setText(info.title());
        add(
                title,
                new Paragraph(getTranslation(
                        "quiz.intro", info.questionCount(), info.passPercent(), LearnerTime.longDate(info.asOf()))));
        if (!info.history().isEmpty()) {
            add(history(info));
        }
        if (!info.available()) {
            var locked = new Paragraph(getTranslation("quiz.locked"));
            locked.addClassName("tt-locked-notice");
            add(locked, CurriculumNavigation.path().link(getTranslation("lesson.back-to-path")));
            return;
        }
        var open = quizzes.openAttempt(info.slug());
        if (open.isPresent()) {
            showAttempt(open.get());
            return;
        }
        start.setId("start-quiz"); // stable ids: the load test finds its way by them
        start.setText(getTranslation(info.history().isEmpty() ? "quiz.start" : "quiz.retake"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setDisableOnClick(true);
        start.addClickListener(e -> {
            try {
                pending.now(() -> quizzes.startOrResume(info.slug()), start).ifPresent(attempt -> {
                    start.setVisible(false);
                    showAttempt(attempt);
                    // the hidden button would drop the keyboard focus: the first question takes it
                    if (!inputs.isEmpty()) {
                        inputs.getFirst().focusHeading();
                    }
                });
            } catch (QuizException ex) {
                start.setEnabled(true);
                error(ex);
            }
        });
        add(start);
    }

    private Div history(QuizInfo info) {
        var box = new Div(new H2(getTranslation("quiz.history")));
        box.addClassName("tt-history");
        var list = new UnorderedList();
        info.history().forEach(a -> {
            String text = getTranslation(
                    a.passed() ? "quiz.history.passed" : "quiz.history.failed",
                    LearnerTime.dateTime(a.submittedAt()),
                    Math.round(a.score() * 100));
            var link = QuizNavigation.result(info.slug(), a.id()).link(text);
            list.add(new ListItem(link));
        });
        box.add(list);
        return box;
    }

    private void showAttempt(AttemptView attempt) {
        attemptId = attempt.attemptId();
        var form = new Div();
        form.addClassName("tt-attempt");
        form.add(new Paragraph(getTranslation("quiz.autosave")), pending);
        for (var question : attempt.questions()) {
            var input = new QuestionInput(question, answer -> save(question, answer));
            inputs.add(input);
            form.add(input);
        }
        submit.setId("submit-answers");
        submit.setText(getTranslation("quiz.submit"));
        submit.setIcon(VaadinIcon.CHECK.create());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> confirmAndSubmit(attempt));
        blankNotice.addClassName("tt-blank-notice");
        blankNotice.getElement().setAttribute("role", "alert");
        blankNotice.setVisible(false);
        form.add(blankNotice, submit);
        add(form);
        CodeBlocks.enhance(form);
    }

    private void save(QuizData.QuestionView question, Answer answer) {
        long attempt = attemptId;
        try {
            pending.save(
                    getTranslation("quiz.question-label", question.number()),
                    () -> quizzes.saveAnswer(attempt, question.questionId(), answer));
        } catch (QuizException e) {
            error(e);
        }
    }

    private void refused(RuntimeException e) {
        if (e instanceof QuizException quizException) {
            error(quizException);
        } else {
            throw e;
        }
    }

    /**
     * A blank attempt is not sent at all (the page says why); one with unanswered questions is
     * sent only after the learner confirms, with those questions named.
     */
    void confirmAndSubmit(AttemptView attempt) {
        List<Integer> unanswered = inputs.stream()
                .filter(i -> !i.answered())
                .map(i -> i.question().number())
                .toList();
        blankNotice.setVisible(false);
        if (unanswered.size() == inputs.size()) {
            blankNotice.setText(getTranslation("quiz.error.blank"));
            blankNotice.setVisible(true);
            submit.setEnabled(true);
            return;
        }
        if (unanswered.isEmpty()) {
            submit(attempt);
            return;
        }
        confirm.setId("confirm-submit");
        confirm.setHeader(getTranslation("quiz.confirm.header"));
        confirm.setText(unansweredText(unanswered));
        confirm.setConfirmText(getTranslation("quiz.confirm.submit"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("quiz.confirm.keep"));
        confirmRegistrations.forEach(com.vaadin.flow.shared.Registration::remove);
        confirmRegistrations.clear();
        confirmRegistrations.add(confirm.addConfirmListener(e -> submit(attempt)));
        confirmRegistrations.add(confirm.addCancelListener(e -> submit.setEnabled(true)));
        confirm.open();
    }

    /** "Question 3 has no answer." / "Questions 3, 5 and 7 have no answer." */
    String unansweredText(List<Integer> numbers) {
        if (numbers.size() == 1) {
            return getTranslation("quiz.unanswered.one", numbers.getFirst());
        }
        String head = String.join(
                ", ",
                numbers.subList(0, numbers.size() - 1).stream()
                        .map(String::valueOf)
                        .toList());
        return getTranslation("quiz.unanswered.many", head, numbers.getLast());
    }

    void submit(AttemptView attempt) {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        inputs.forEach(input -> answers.put(input.question().questionId(), input.answer()));
        try {
            var submitted = pending.now(() -> quizzes.submit(attempt.attemptId(), answers), submit);
            if (submitted.isEmpty()) {
                return;
            }
            var result = submitted.get();
            pending.clear();
            getUI().ifPresent(QuizNavigation.result(result.quizSlug(), result.attemptId())::navigate);
        } catch (QuizException e) {
            submit.setEnabled(true);
            if ("quiz.error.already-graded".equals(e.messageKey())) {
                // a second tab or a double click got there first: show what was recorded
                getUI().ifPresent(QuizNavigation.result(attempt.quizSlug(), attempt.attemptId())::navigate);
                return;
            }
            error(e);
        }
    }

    private void error(QuizException e) {
        Notification.show(getTranslation(e.messageKey()), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(pageTitle);
    }
}

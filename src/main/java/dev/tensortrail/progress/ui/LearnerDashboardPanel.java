package dev.tensortrail.progress.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dev.tensortrail.base.chart.Chart;
import dev.tensortrail.base.chart.ChartJson;
import dev.tensortrail.base.ui.Destination;
import dev.tensortrail.base.ui.LearnerTime;
import dev.tensortrail.curriculum.ui.CurriculumNavigation;
import dev.tensortrail.progress.DashboardData;
import dev.tensortrail.progress.DashboardData.LearnerDashboard;
import dev.tensortrail.progress.MasteryLevel;
import dev.tensortrail.quiz.ui.QuizNavigation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The learner dashboard's cards and charts; read-only, shared by the learner's and the instructor's view. */
class LearnerDashboardPanel extends Div {

    /**
     * @param pathEnd where the path ends (the suggestion) in the learner's own view, with the
     *                "recommended next" card; null in an instructor's read-only view, without it
     */
    LearnerDashboardPanel(LearnerDashboard d, @Nullable Destination pathEnd) {
        addClassName("tt-dashboard-grid");
        if (pathEnd != null) {
            add(nextAction(d.next(), pathEnd));
        }
        if (!d.updatedLessons().isEmpty()) {
            add(updated(d));
        }
        if (!d.classTargets().isEmpty()) {
            add(classes(d));
        }
        add(completion(d), streak(d), reviews(d), time(d), mastery(d), scores(d));
    }

    private Div card(String title) {
        var card = new Div(new H3(title));
        card.addClassName("tt-card");
        return card;
    }

    private Div nextAction(DashboardData.NextAction next, Destination pathEnd) {
        var card = card(getTranslation("dashboard.next"));
        card.addClassName("tt-next-action");
        String kind = next.kind().name();
        String text = switch (next.kind()) {
            case RETAKE_QUIZ ->
                getTranslation(
                        "dashboard.next.RETAKE_QUIZ",
                        next.title(),
                        next.skills().isEmpty()
                                ? "-"
                                : String.join(
                                        ", ",
                                        next.skills().stream()
                                                .map(skill -> getTranslation("skill." + skill))
                                                .toList()));
            case DO_REVIEWS -> getTranslation("dashboard.next.DO_REVIEWS", next.count());
            case RESUME_LESSON, START, TAKE_QUIZ -> getTranslation("dashboard.next." + kind, next.title());
            case REREAD_LESSON -> getTranslation("dashboard.next.REREAD_LESSON", next.title(), next.count());
            case GET_SUGGESTION -> getTranslation("dashboard.next.GET_SUGGESTION");
        };
        card.add(new Paragraph(text));
        if (next.kind() == DashboardData.NextAction.Kind.RETAKE_QUIZ
                && !next.skills().isEmpty()) {
            // each skill to reread by its title, linked to the lesson that teaches it
            var reread = new com.vaadin.flow.component.html.UnorderedList();
            reread.addClassName("tt-reread-skills");
            next.skills()
                    .forEach(skill -> reread.add(new com.vaadin.flow.component.html.ListItem(
                            CurriculumNavigation.skill(skill).link(getTranslation("skill." + skill)))));
            card.add(reread);
        }
        card.add(destination(next, pathEnd).link(getTranslation("dashboard.next.go." + kind)));
        return card;
    }

    private static Destination destination(DashboardData.NextAction next, Destination pathEnd) {
        String slug = next.slug();
        return switch (next.kind()) {
            case RETAKE_QUIZ, TAKE_QUIZ -> slug == null ? CurriculumNavigation.path() : QuizNavigation.quiz(slug);
            case REREAD_LESSON, RESUME_LESSON, START ->
                slug == null ? CurriculumNavigation.path() : CurriculumNavigation.lesson(slug);
            case DO_REVIEWS -> ProgressNavigation.reviews();
            case GET_SUGGESTION -> pathEnd;
        };
    }

    /** The target dates of the learner's classes, and where the learner stands, in words. */
    private Div classes(LearnerDashboard d) {
        var card = card(getTranslation("dashboard.classes"));
        card.setId("dashboard-classes");
        card.addClassNames("tt-card-wide");
        var list = new com.vaadin.flow.component.html.UnorderedList();
        for (var t : d.classTargets()) {
            var item = new com.vaadin.flow.component.html.ListItem(
                    getTranslation("dashboard.classes.target", t.className(), t.module(), LearnerTime.date(t.date())));
            var status =
                    new Span(getTranslation("dashboard.classes." + t.status().name()));
            if (t.status() == DashboardData.TargetStatus.BEHIND) {
                status.addComponentAsFirst(com.vaadin.flow.component.icon.VaadinIcon.CLOCK.create());
                status.addClassName("tt-flag");
            }
            item.add(new Span(" "), status);
            list.add(item);
        }
        card.add(list);
        return card;
    }

    /** Completed lessons updated since the learner read them, each with its change sentences. */
    private Div updated(LearnerDashboard d) {
        var card = card(getTranslation("updated.badge"));
        card.addClassNames("tt-updated-card", "tt-card-wide");
        var lessons = new com.vaadin.flow.component.html.UnorderedList();
        lessons.addClassName("tt-updated-lessons");
        for (var lesson : d.updatedLessons()) {
            var notes = new com.vaadin.flow.component.html.UnorderedList();
            notes.addClassName("tt-change-notes");
            lesson.changes()
                    .forEach(c -> notes.add(new com.vaadin.flow.component.html.ListItem(
                            getTranslation("updated.note", LearnerTime.date(c.date()), c.note()))));
            var item = new com.vaadin.flow.component.html.ListItem(
                    CurriculumNavigation.lesson(lesson.slug()).link(lesson.title()), notes);
            item.getElement().setAttribute("data-lesson", lesson.slug());
            lessons.add(item);
        }
        card.add(new Paragraph(getTranslation("updated.dashboard")), lessons);
        return card;
    }

    private Div completion(LearnerDashboard d) {
        var card = card(getTranslation("dashboard.completion"));
        int percent = d.lessonsTotal() == 0 ? 0 : Math.round(100f * d.lessonsDone() / d.lessonsTotal());
        var figure = new Span(LearnerTime.percent(percent / 100.0));
        figure.addClassName("tt-figure");
        card.add(figure, new Paragraph(getTranslation("path.progress", d.lessonsDone(), d.lessonsTotal())));
        for (var module : d.modules()) {
            var label = new Span(
                    module.title() + ": " + getTranslation("path.module.progress", module.done(), module.total()));
            label.addClassName("tt-meta");
            var bar = new ProgressBar(0, Math.max(1, module.total()), module.done());
            bar.getElement().setAttribute("aria-label", label.getText());
            card.add(label, bar);
        }
        return card;
    }

    private Div streak(LearnerDashboard d) {
        var card = card(getTranslation("dashboard.streak"));
        var figure = new Span(getTranslation("dashboard.streak.days", d.streak().current()));
        figure.addClassName("tt-figure");
        card.add(
                figure,
                new Paragraph(getTranslation(
                        d.streak().activeToday() ? "dashboard.streak.today-done" : "dashboard.streak.today-open")),
                new Paragraph(
                        getTranslation("dashboard.streak.longest", d.streak().longest())));
        var rule = new Paragraph(getTranslation("dashboard.streak.rule"));
        rule.addClassName("tt-meta");
        card.add(rule);
        return card;
    }

    private Div reviews(LearnerDashboard d) {
        var card = card(getTranslation("dashboard.reviews"));
        var figure = new Span(String.valueOf(d.reviews().availableToday()));
        figure.addClassName("tt-figure");
        card.add(figure, new Paragraph(getTranslation("dashboard.reviews.due")));
        if (d.reviews().waiting() > 0) {
            card.add(new Paragraph(getTranslation(
                    "review.waiting", d.reviews().waiting(), d.reviews().dailyCap())));
        }
        return card;
    }

    private Div time(LearnerDashboard d) {
        var card = card(getTranslation("dashboard.time"));
        var figure = new Span(getTranslation("dashboard.time.value", d.minutesSpent() / 60, d.minutesSpent() % 60));
        figure.addClassName("tt-figure");
        var how = new Paragraph(getTranslation("dashboard.time.how"));
        how.addClassName("tt-meta");
        card.add(figure, how);
        return card;
    }

    private Chart mastery(LearnerDashboard d) {
        List<String> labels = d.skills().stream()
                .map(s -> getTranslation("skill." + s.skill()))
                .toList();
        List<Integer> values = d.skills().stream().map(s -> s.level().ordinal()).toList();
        List<String> levelNames = Arrays.stream(MasteryLevel.values())
                .map(l -> getTranslation("mastery." + l.name()))
                .toList();
        long proficient = d.skills().stream()
                .filter(s -> s.level().atLeast(MasteryLevel.PROFICIENT))
                .count();
        String summary = getTranslation(
                "dashboard.mastery.summary", proficient, d.skills().size());
        List<List<String>> rows = d.skills().stream()
                .map(s -> List.of(
                        getTranslation("skill." + s.skill()),
                        getTranslation("mastery." + s.level().name())))
                .toList();
        return new Chart(
                getTranslation("dashboard.mastery"),
                summary,
                ChartJson.horizontalBars(labels, values, getTranslation("dashboard.mastery"), levelNames),
                List.of(getTranslation("dashboard.skill"), getTranslation("dashboard.level")),
                rows);
    }

    private Chart scores(LearnerDashboard d) {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (var s : d.quizScores()) {
            long percent = Math.round(s.score() * 100);
            labels.add(LearnerTime.shortDate(s.at()) + " " + s.quizTitle().replaceFirst("^Quiz: ", ""));
            values.add(percent);
            rows.add(List.of(
                    LearnerTime.shortDate(s.at()),
                    s.quizTitle(),
                    LearnerTime.percent(s.score()),
                    getTranslation(s.passed() ? "dashboard.passed" : "dashboard.not-passed")));
        }
        int passLine = d.quizScores().isEmpty() ? 70 : d.quizScores().getLast().passPercent();
        long passed =
                d.quizScores().stream().filter(DashboardData.QuizScore::passed).count();
        String summary = d.quizScores().isEmpty()
                ? getTranslation("dashboard.scores.none")
                : getTranslation("dashboard.scores.summary", d.quizScores().size(), passed, passLine);
        return new Chart(
                getTranslation("dashboard.scores"),
                summary,
                ChartJson.scoreLine(
                        labels,
                        values,
                        getTranslation("dashboard.scores.score"),
                        passLine,
                        getTranslation("dashboard.scores.pass-line", passLine)),
                List.of(
                        getTranslation("dashboard.date"), getTranslation("dashboard.quiz"),
                        getTranslation("dashboard.score"), getTranslation("dashboard.result")),
                rows);
    }
}

package dev.tensortrail.progress.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.tensortrail.base.PlainText;
import dev.tensortrail.base.chart.Chart;
import dev.tensortrail.base.chart.ChartJson;
import dev.tensortrail.base.ui.LearnerTime;
import dev.tensortrail.base.ui.PageTitles;
import dev.tensortrail.progress.DashboardData;
import dev.tensortrail.progress.Dashboards;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/** The instructor's view of the cohort: overview, funnel, who is stuck, which questions work. */
@Route("instructor")
@Menu(order = 50, icon = "vaadin:group", title = "menu.cohort")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class CohortView extends VerticalLayout implements HasDynamicTitle {

    final TextField filter = new TextField();
    final Checkbox onlyStuck = new Checkbox();
    final Grid<DashboardData.LearnerRow> learners = new Grid<>();
    final Grid<DashboardData.QuestionStatistics> questions = new Grid<>();

    private final Dashboards dashboards;

    CohortView(Dashboards dashboards) {
        this.dashboards = dashboards;
        addClassNames("tt-page", "tt-cohort");
        var cohort = dashboards.cohort();
        add(new H1(getTranslation("cohort.title")), overview(cohort));

        add(new H2(getTranslation("cohort.learners")));
        filter.setLabel(getTranslation("cohort.filter"));
        filter.setPlaceholder(getTranslation("cohort.filter.placeholder"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setMaxLength(100);
        filter.setErrorMessage(getTranslation("input.error.characters"));
        filter.addValueChangeListener(e -> {
            filter.setInvalid(!PlainText.isPlain(e.getValue()));
            learners.getDataProvider().refreshAll();
        });
        onlyStuck.setLabel(getTranslation("cohort.only-stuck"));
        onlyStuck.addValueChangeListener(e -> learners.getDataProvider().refreshAll());
        var tools = new HorizontalLayout(
                filter,
                onlyStuck,
                download(getTranslation("cohort.export-learners"), "learners.csv", dashboards::learnersCsv));
        tools.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        tools.setWrap(true);
        add(tools, learnersGrid());

        add(
                new H2(getTranslation("cohort.questions")),
                new Paragraph(getTranslation("cohort.questions.help")),
                new Paragraph(getTranslation("cohort.questions.draws")),
                download(
                        getTranslation("cohort.export-questions"),
                        "question-statistics.csv",
                        dashboards::questionStatisticsCsv),
                questionsGrid());
    }

    private Div overview(DashboardData.CohortOverview cohort) {
        var grid = new Div();
        grid.addClassName("tt-dashboard-grid");
        grid.add(
                figure(getTranslation("cohort.learner-count"), String.valueOf(cohort.learners())),
                figure(getTranslation("cohort.active"), String.valueOf(cohort.activeLast7Days())));
        var funnel = cohort.funnel();
        grid.add(new Chart(
                getTranslation("cohort.funnel"),
                getTranslation(
                        "cohort.funnel.summary",
                        funnel.isEmpty() ? 0 : funnel.getFirst().passedQuiz(),
                        funnel.isEmpty() ? 0 : funnel.getLast().passedQuiz(),
                        cohort.learners()),
                ChartJson.bars(
                        funnel.stream().map(DashboardData.FunnelStep::module).toList(),
                        funnel.stream()
                                .map(DashboardData.FunnelStep::passedQuiz)
                                .toList(),
                        getTranslation("cohort.funnel.passed")),
                List.of(
                        getTranslation("cohort.module"),
                        getTranslation("cohort.funnel.lessons"),
                        getTranslation("cohort.funnel.passed")),
                funnel.stream()
                        .map(f -> List.of(
                                f.module(), String.valueOf(f.finishedLessons()), String.valueOf(f.passedQuiz())))
                        .toList()));
        var quizzes = cohort.quizzes();
        grid.add(new Chart(
                getTranslation("cohort.averages"),
                getTranslation("cohort.averages.summary", quizzes.size()),
                ChartJson.bars(
                        quizzes.stream()
                                .map(q -> q.quiz().replaceFirst("^Quiz: ", ""))
                                .toList(),
                        quizzes.stream()
                                .map(q -> Math.round(q.averageScore() * 100))
                                .toList(),
                        getTranslation("cohort.averages.score")),
                List.of(
                        getTranslation("dashboard.quiz"), getTranslation("cohort.averages.score"),
                        getTranslation("cohort.attempts"), getTranslation("cohort.pass-rate")),
                quizzes.stream()
                        .map(q -> List.of(
                                q.quiz(),
                                LearnerTime.percent(q.averageScore()),
                                String.valueOf(q.attempts()),
                                LearnerTime.percent(q.passRate())))
                        .toList()));
        return grid;
    }

    private Div figure(String title, String value) {
        var card = new Div(new H3(title));
        card.addClassName("tt-card");
        var figure = new Span(value);
        figure.addClassName("tt-figure");
        card.add(figure);
        return card;
    }

    private Grid<DashboardData.LearnerRow> learnersGrid() {
        learners.addColumn(DashboardData.LearnerRow::name)
                .setHeader(getTranslation("learners.name"))
                .setKey("name")
                .setSortable(true)
                .setAutoWidth(true);
        learners.addColumn(DashboardData.LearnerRow::email)
                .setHeader(getTranslation("learners.email"))
                .setKey("email")
                .setSortable(true)
                .setAutoWidth(true);
        learners.addColumn(r -> r.lastActivity() == null
                        ? getTranslation("cohort.never")
                        : LearnerTime.dateTime(r.lastActivity()))
                .setHeader(getTranslation("cohort.last-activity"))
                .setKey("lastActivity")
                .setSortable(true);
        learners.addColumn(r -> getTranslation("path.module.progress", r.lessonsDone(), r.lessonsTotal()))
                .setHeader(getTranslation("cohort.progress"))
                .setKey("progress")
                .setSortable(true);
        learners.addComponentColumn(r -> {
                    var flag = new Span(r.stuck() ? getTranslation("cohort.stuck") : "");
                    if (r.stuck()) {
                        flag.addComponentAsFirst(VaadinIcon.WARNING.create());
                        flag.addClassName("tt-flag");
                    }
                    return flag;
                })
                .setHeader(getTranslation("cohort.flag"))
                .setKey("stuck")
                .setSortable(true);
        learners.setItems(
                query -> {
                    if (filter.isInvalid()) {
                        return java.util.stream.Stream.empty();
                    }
                    var order = query.getSortOrders().stream().findFirst();
                    return dashboards
                            .learners(
                                    filter.getValue(),
                                    onlyStuck.getValue(),
                                    order.map(o -> o.getSorted()).orElse("name"),
                                    order.map(o -> o.getDirection() == SortDirection.ASCENDING)
                                            .orElse(true),
                                    query.getOffset(),
                                    query.getLimit())
                            .stream();
                },
                query -> filter.isInvalid() ? 0 : dashboards.countLearners(filter.getValue(), onlyStuck.getValue()));
        learners.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                LearnerDetailView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        learners.setAriaLabel(getTranslation("cohort.learners"));
        learners.setHeight("28rem");
        return learners;
    }

    private Grid<DashboardData.QuestionStatistics> questionsGrid() {
        questions
                .addColumn(DashboardData.QuestionStatistics::quiz)
                .setHeader(getTranslation("dashboard.quiz"))
                .setAutoWidth(true)
                .setSortable(true);
        questions
                .addColumn(DashboardData.QuestionStatistics::key)
                .setHeader(getTranslation("cohort.question"))
                .setAutoWidth(true)
                .setSortable(true);
        questions
                .addColumn(DashboardData.QuestionStatistics::attempts)
                .setHeader(getTranslation("cohort.attempts"))
                .setSortable(true);
        questions
                .addColumn(s -> LearnerTime.percent(s.facility()))
                .setHeader(getTranslation("cohort.facility"))
                .setComparator(DashboardData.QuestionStatistics::facility);
        questions
                .addColumn(s -> s.discrimination() == null ? "-" : LearnerTime.decimal(s.discrimination()))
                .setHeader(getTranslation("cohort.discrimination"))
                .setComparator(s -> s.discrimination() == null ? -2 : s.discrimination());
        questions
                .addComponentColumn(s -> {
                    var flag = new Span(
                            !s.enoughData()
                                    ? getTranslation("cohort.not-enough-data")
                                    : s.flagged() ? getTranslation("cohort.review-question") : "");
                    if (s.enoughData() && s.flagged()) {
                        flag.addClassName("tt-flag");
                    }
                    return flag;
                })
                .setHeader(getTranslation("cohort.flag"));
        questions.setItems(dashboards.questionStatistics());
        questions.setAriaLabel(getTranslation("cohort.questions"));
        questions.setHeight("28rem");
        return questions;
    }

    private Anchor download(String text, String file, Supplier<String> csv) {
        var anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv.get().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), file, "text/csv;charset=utf-8", bytes.length);
                }),
                text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("cohort.title"));
    }
}

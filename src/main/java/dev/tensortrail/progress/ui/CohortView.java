package dev.tensortrail.progress.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.tensortrail.account.CurrentUser;
import dev.tensortrail.account.Role;
import dev.tensortrail.base.PlainText;
import dev.tensortrail.base.chart.Chart;
import dev.tensortrail.base.chart.ChartJson;
import dev.tensortrail.base.ui.LearnerTime;
import dev.tensortrail.base.ui.PageTitles;
import dev.tensortrail.classroom.ClassData;
import dev.tensortrail.classroom.Classrooms;
import dev.tensortrail.progress.DashboardData;
import dev.tensortrail.progress.Dashboards;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The instructor's view of one class, or of all their classes (an admin: of every learner):
 * overview, funnel, who is stuck or behind, which questions work. The class is the query
 * parameter {@code class=<id>}, so a page can be shared and the back button works; a class the
 * instructor does not teach answers "not found", as an unknown one does.
 */
@Route("instructor")
@Menu(order = 50, icon = "vaadin:group", title = "menu.cohort")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class CohortView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CLASS_PARAMETER = "class";
    /** The classroom's list of classes (a string route: progress's views do not import classroom.ui). */
    private static final String CLASSES_ROUTE = "classes";

    final Select<ClassData.ClassSummary> classPicker = new Select<>();
    final TextField filter = new TextField();
    final Checkbox onlyStuck = new Checkbox();
    final Checkbox onlyBehind = new Checkbox();
    final Grid<DashboardData.LearnerRow> learners = new Grid<>();
    final Grid<DashboardData.QuestionStatistics> questions = new Grid<>();

    private final Dashboards dashboards;
    private final Classrooms classrooms;
    private final CurrentUser currentUser;
    private @Nullable Long classId;
    private String heading = "";

    CohortView(Dashboards dashboards, Classrooms classrooms, CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.classrooms = classrooms;
        this.currentUser = currentUser;
        addClassNames("tt-page", "tt-cohort");
        classPicker.setId("cohort-class");
        classPicker.setLabel(getTranslation("cohort.class"));
        classPicker.setEmptySelectionAllowed(true);
        classPicker.setEmptySelectionCaption(getTranslation(admin() ? "cohort.all-learners" : "cohort.all-mine"));
        classPicker.setItemLabelGenerator(c -> c == null
                ? getTranslation(admin() ? "cohort.all-learners" : "cohort.all-mine")
                : c.archived() ? getTranslation("cohort.class.archived", c.name()) : c.name());
        classPicker.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                var chosen = e.getValue();
                getUI().ifPresent(ui -> ui.navigate(
                        CohortView.class,
                        chosen == null
                                ? QueryParameters.empty()
                                : QueryParameters.of(CLASS_PARAMETER, String.valueOf(chosen.id()))));
            }
        });

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
        onlyBehind.setLabel(getTranslation("cohort.only-behind"));
        onlyBehind.addValueChangeListener(e -> learners.getDataProvider().refreshAll());
        learnersGrid();
        questionsGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> values =
                event.getLocation().getQueryParameters().getParameters().getOrDefault(CLASS_PARAMETER, List.of());
        Long chosen = null;
        if (!values.isEmpty()) {
            try {
                chosen = values.size() == 1 ? Long.valueOf(values.getFirst()) : null;
            } catch (NumberFormatException garbage) {
                chosen = null;
            }
            if (chosen == null) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        DashboardData.CohortOverview cohort;
        try {
            cohort = dashboards.cohort(chosen);
        } catch (AccessDeniedException notTheirs) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        classId = chosen;
        build(cohort);
    }

    private void build(DashboardData.CohortOverview cohort) {
        removeAll();
        Long current = classId;
        var classes = classrooms.taught(true).stream()
                .filter(c -> !c.archived() || (current != null && c.id() == current))
                .toList();
        var selected = classes.stream()
                .filter(c -> current != null && c.id() == current)
                .findFirst()
                .orElse(null);
        heading = selected != null
                ? getTranslation("cohort.title.class", selected.name())
                : getTranslation(admin() ? "cohort.title.all" : "cohort.title");
        classPicker.setItems(classes);
        classPicker.setValue(selected);
        add(new H1(heading));
        if (!admin() && classes.isEmpty()) {
            var none = new Paragraph(getTranslation("cohort.no-classes"));
            none.setId("cohort-no-classes");
            var link = new Anchor(CLASSES_ROUTE, getTranslation("cohort.no-classes.link"));
            link.setId("cohort-classes-link");
            add(none, link);
            return;
        }
        add(classPicker);
        if (!cohort.targets().isEmpty()) {
            add(targets(cohort.targets()));
        }
        add(overview(cohort));

        boolean anyTargets = !cohort.targets().isEmpty();
        onlyBehind.setVisible(anyTargets);
        if (!anyTargets) {
            onlyBehind.setValue(false);
        }
        learners.getColumnByKey("behind").setVisible(anyTargets);
        add(new H2(getTranslation("cohort.learners")));
        Long forDownload = classId;
        var tools = new HorizontalLayout(
                filter,
                onlyStuck,
                onlyBehind,
                download(
                        getTranslation("cohort.export-learners"),
                        "learners.csv",
                        () -> dashboards.learnersCsv(forDownload)));
        tools.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        tools.setWrap(true);
        learners.getDataProvider().refreshAll();
        add(tools, learners);

        questions.setItems(dashboards.questionStatistics(classId));
        add(
                new H2(getTranslation("cohort.questions")),
                new Paragraph(getTranslation("cohort.questions.help")),
                new Paragraph(getTranslation("cohort.questions.draws")),
                download(
                        getTranslation("cohort.export-questions"),
                        "question-statistics.csv",
                        () -> dashboards.questionStatisticsCsv(forDownload)),
                questions);
    }

    /** The class's target dates: by each date the class should have passed the module's quiz. */
    private Div targets(List<DashboardData.ModuleTarget> targets) {
        var card = new Div(new H3(getTranslation("cohort.targets")));
        card.setId("cohort-targets");
        card.addClassName("tt-card");
        card.add(new Paragraph(getTranslation("cohort.targets.help")));
        var list = new UnorderedList();
        for (var t : targets) {
            list.add(new ListItem(getTranslation("cohort.targets.item", t.module(), LearnerTime.date(t.date()))));
        }
        card.add(list);
        return card;
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

    private void learnersGrid() {
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
        learners.addComponentColumn(r -> {
                    var flag = new Span(r.isBehind() ? getTranslation("cohort.behind", r.behind()) : "");
                    if (r.isBehind()) {
                        flag.addComponentAsFirst(VaadinIcon.CLOCK.create());
                        flag.addClassName("tt-flag");
                    }
                    return flag;
                })
                .setHeader(getTranslation("cohort.behind.header"))
                .setKey("behind")
                .setSortable(true);
        learners.setItems(
                query -> {
                    if (filter.isInvalid()) {
                        return java.util.stream.Stream.empty();
                    }
                    var order = query.getSortOrders().stream().findFirst();
                    return dashboards
                            .learners(
                                    classId,
                                    filter.getValue(),
                                    onlyStuck.getValue(),
                                    onlyBehind.getValue(),
                                    order.map(o -> o.getSorted()).orElse("name"),
                                    order.map(o -> o.getDirection() == SortDirection.ASCENDING)
                                            .orElse(true),
                                    query.getOffset(),
                                    query.getLimit())
                            .stream();
                },
                query -> filter.isInvalid()
                        ? 0
                        : dashboards.countLearners(
                                classId, filter.getValue(), onlyStuck.getValue(), onlyBehind.getValue()));
        // the learner's page keeps the chosen class, so that "back" returns to it
        learners.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                LearnerDetailView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())),
                classId == null
                        ? QueryParameters.empty()
                        : QueryParameters.of(CLASS_PARAMETER, String.valueOf(classId)))));
        learners.setAriaLabel(getTranslation("cohort.learners"));
        learners.setHeight("28rem");
    }

    private void questionsGrid() {
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
        questions.setAriaLabel(getTranslation("cohort.questions"));
        questions.setHeight("28rem");
    }

    private boolean admin() {
        return currentUser.principal().map(p -> p.role() == Role.ADMIN).orElse(false);
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
        return PageTitles.of(heading.isEmpty() ? getTranslation("cohort.title") : heading);
    }
}

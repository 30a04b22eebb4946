package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tensortrail.ClassFixture;
import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.quiz.Quizzes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Each class's page counts only that class's learners: every figure equals what the test
 * recounts on its own from the learners' stored attempts (quiz_attempt, attempt_item), and
 * "all my learners" is the union of the classes, a learner in two classes counted once.
 * Learners outside the instructor's classes took the same quizzes and must not count.
 */
@IntegrationTest
class ClassStatisticsTest {

    @Autowired
    Dashboards dashboards;

    @Autowired
    LearnerFixture learners;

    @Autowired
    ClassFixture classes;

    @Autowired
    Quizzes quizzes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SummaryStore summaries;

    String teacher;
    long classA;
    long classB;
    Set<Long> inA = new HashSet<>();
    Set<Long> inB = new HashSet<>();

    @BeforeEach
    void twoClassesWithDifferentLearners() {
        String a1 = learner("Anna One", "graphs", true, false, true);
        String a2 = learner("Arno Two", "graphs", false);
        String both = learner("Bea Both", "graphs", true);
        String b1 = learner("Ben One", "graphs", true);
        takeQuiz(b1, "execution", false);
        String b2 = learner("Bo Reader", "graphs");
        // outsiders: the same quizzes, in no class of the teacher
        learner("Otto Outside", "graphs", false, false);
        String other = learner("Olga Elsewhere", "graphs", true);
        classes.newClass(classes.newInstructor("Other Teacher"), "Someone else's class", other);

        teacher = classes.newInstructor("Class Teacher");
        classA = classes.newClass(teacher, "Class A", a1, a2, both).id();
        classB = classes.newClass(teacher, "Class B", both, b1, b2).id();
        for (String e : List.of(a1, a2, both)) {
            inA.add(learners.id(e));
        }
        for (String e : List.of(both, b1, b2)) {
            inB.add(learners.id(e));
        }
        // the fixture's lesson completions are rows, not events: bring the summaries up to date
        inA.forEach(summaries::refreshLearner);
        inB.forEach(summaries::refreshLearner);
        learners.signIn(teacher);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void each_class_and_all_my_learners_count_exactly_their_learners() {
        Set<Long> union = new HashSet<>(inA);
        union.addAll(inB);
        assertThat(union).hasSize(5);

        assertPageCounts(classA, inA);
        assertPageCounts(classB, inB);
        assertPageCounts(null, union);
    }

    private void assertPageCounts(@Nullable Long classId, Set<Long> members) {
        var overview = dashboards.cohort(classId);
        assertThat(overview.learners()).isEqualTo(members.size());
        assertThat(overview.activeLast7Days()).isEqualTo(members.size());

        // funnel: who read every current lesson of the module, who passed its quiz
        for (var step : overview.funnel()) {
            String module = moduleSlug(step.module());
            assertThat(step.finishedLessons()).as(step.module()).isEqualTo(finishedLessons(module, members));
            assertThat(step.passedQuiz()).as(step.module()).isEqualTo(passedQuiz(module, members));
        }

        // quiz averages, recounted from the quiz module's attempts (QuizResults' definition)
        var expected = averages(members);
        assertThat(overview.quizzes())
                .extracting(DashboardData.QuizAverage::quiz)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (var q : overview.quizzes()) {
            double[] e = expected.get(q.quiz());
            assertThat(q.averageScore()).as(q.quiz()).isCloseTo(e[0], within(1e-9));
            assertThat(q.attempts()).as(q.quiz()).isEqualTo((int) e[1]);
            assertThat(q.passRate()).as(q.quiz()).isCloseTo(e[2], within(1e-9));
        }

        // the learners table, its count and the CSV
        assertThat(dashboards.learners(classId, "", false, false, "name", true, 0, 100))
                .extracting(DashboardData.LearnerRow::id)
                .containsExactlyInAnyOrderElementsOf(members);
        assertThat(dashboards.countLearners(classId, "", false, false)).isEqualTo(members.size());
        assertThat(dashboards.learnersCsv(classId).split("\r\n")).hasSize(members.size() + 1);
        assertThat(dashboards.learners(classId, "", false, false, "name", true, 1, 2))
                .hasSize(2);

        // item analysis on first attempts, recounted in Java
        var recount = firstAttemptStatistics(members);
        var statistics = dashboards.questionStatistics(classId);
        assertThat(statistics)
                .extracting(DashboardData.QuestionStatistics::questionId)
                .containsExactlyInAnyOrderElementsOf(recount.keySet());
        for (var s : statistics) {
            double[] r = recount.get(s.questionId());
            assertThat(s.attempts()).isEqualTo((int) r[0]);
            assertThat(s.facility()).isCloseTo(r[1], within(1e-9));
            if (Double.isNaN(r[2])) {
                assertThat(s.discrimination()).isNull();
            } else {
                assertThat(s.discrimination()).isCloseTo(r[2], within(1e-9));
            }
        }
        assertThat(dashboards.questionStatisticsCsv(classId).split("\r\n")).hasSize(recount.size() + 1);
    }

    // ---- the test's own recount

    private String moduleSlug(String title) {
        return jdbc.sql("select slug from path_module where title = ? and retired_at is null")
                .param(title)
                .query(String.class)
                .single();
    }

    private int finishedLessons(String module, Set<Long> members) {
        return jdbc.sql("""
                        select count(*) from user_account u where u.id = any(:members)
                        and not exists (select 1 from lesson l join path_module m on m.id = l.module_id
                                        where m.slug = :module and l.retired_at is null
                                        and not exists (select 1 from lesson_completion c
                                                        where c.learner_id = u.id and c.lesson_id = l.id))""")
                .param("members", members.toArray(Long[]::new))
                .param("module", module)
                .query(Integer.class)
                .single();
    }

    private int passedQuiz(String module, Set<Long> members) {
        return jdbc.sql("""
                        select count(distinct a.learner_id) from quiz_attempt a join quiz q on q.id = a.quiz_id
                        where a.passed and q.module_slug = :module and a.learner_id = any(:members)""")
                .param("members", members.toArray(Long[]::new))
                .param("module", module)
                .query(Integer.class)
                .single();
    }

    /** Title -> {average score, graded attempts, pass rate}. */
    private Map<String, double[]> averages(Set<Long> members) {
        Map<String, double[]> result = new HashMap<>();
        jdbc.sql("""
                        select q.title, avg(a.score), count(*), avg(case when a.passed then 1.0 else 0.0 end)
                        from quiz_attempt a join quiz q on q.id = a.quiz_id
                        where a.submitted_at is not null and q.retired_at is null and a.learner_id = any(:members)
                        group by q.id, q.title""")
                .param("members", members.toArray(Long[]::new))
                .query((rs, n) ->
                        result.put(rs.getString(1), new double[] {rs.getDouble(2), rs.getInt(3), rs.getDouble(4)}))
                .list();
        return result;
    }

    /** Question -> {first attempts, facility, discrimination (NaN: undefined)}, counted in Java. */
    private Map<Long, double[]> firstAttemptStatistics(Set<Long> members) {
        record Item(long attempt, long learner, long quiz, long question, double score) {}
        List<Item> items = jdbc.sql("""
                        select a.id, a.learner_id, a.quiz_id, i.question_id, i.score
                        from quiz_attempt a join attempt_item i on i.attempt_id = a.id
                        where a.submitted_at is not null and a.learner_id = any(:members)
                        order by a.submitted_at, a.id""")
                .param("members", members.toArray(Long[]::new))
                .query((rs, n) -> new Item(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getDouble(5)))
                .list();
        Map<String, Long> first = new HashMap<>();
        for (Item i : items) {
            first.putIfAbsent(i.learner() + "/" + i.quiz(), i.attempt());
        }
        Set<Long> firstAttempts = new HashSet<>(first.values());
        Map<Long, Double> attemptTotal = new HashMap<>();
        for (Item i : items) {
            if (firstAttempts.contains(i.attempt())) {
                attemptTotal.merge(i.attempt(), i.score(), Double::sum);
            }
        }
        Map<Long, List<double[]>> byQuestion = new HashMap<>();
        for (Item i : items) {
            if (firstAttempts.contains(i.attempt())) {
                byQuestion
                        .computeIfAbsent(i.question(), q -> new ArrayList<>())
                        .add(new double[] {i.score(), attemptTotal.get(i.attempt()) - i.score()});
            }
        }
        Map<Long, double[]> result = new HashMap<>();
        byQuestion.forEach((question, pairs) -> {
            int n = pairs.size();
            double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElseThrow();
            double mr = pairs.stream().mapToDouble(p -> p[1]).average().orElseThrow();
            double sxy = 0;
            double sxx = 0;
            double syy = 0;
            for (double[] p : pairs) {
                sxy += (p[0] - mx) * (p[1] - mr);
                sxx += (p[0] - mx) * (p[0] - mx);
                syy += (p[1] - mr) * (p[1] - mr);
            }
            double corr = sxx < 1e-12 || syy < 1e-12 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
            result.put(question, new double[] {n, mx, corr});
        });
        return result;
    }

    // ---- the learners' history, made through the real services

    /** A new learner who read the module's lessons and took its quiz once per outcome. */
    private String learner(String name, String module, boolean... passes) {
        String email = learners.newLearner(name);
        learners.completeLessons(email, module);
        for (boolean pass : passes) {
            takeQuiz(email, module, pass);
        }
        return email;
    }

    private void takeQuiz(String email, String module, boolean pass) {
        learners.signIn(email);
        learners.completeLessons(email, module);
        var attempt = quizzes.startOrResume(module + "-quiz");
        quizzes.submit(attempt.attemptId(), pass ? learners.correctAnswers(attempt) : learners.wrongAnswers(attempt));
        ProgressCounts.awaitPublicationsComplete(jdbc, learners.id(email));
    }
}

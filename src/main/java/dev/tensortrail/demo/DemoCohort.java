package dev.tensortrail.demo;

import dev.tensortrail.progress.ProgressSummaries;
import dev.tensortrail.quiz.PassMark;
import dev.tensortrail.quiz.QuizAttemptGraded;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A deterministic demo cohort (fixed seed): learners of varied ability who read lessons, take
 * and retake quizzes and review, spread over the last weeks, so a newcomer sees a living
 * instructor dashboard. Also used by the dashboard benchmark at 10,000 learners. The accounts
 * cannot sign in (their password hash matches nothing). Writes straight into other modules' tables,
 * as the package documentation declares.
 */
@Component
public class DemoCohort {

    public static final String EMAIL_DOMAIN = "@cohort.tensortrail.test";
    private static final Logger log = LoggerFactory.getLogger(DemoCohort.class);

    private final JdbcTemplate jdbc;
    private final ProgressSummaries summaries;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoCohort(JdbcTemplate jdbc, ProgressSummaries summaries, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.summaries = summaries;
        this.transactions = transactions;
        this.clock = clock;
    }

    public boolean exists() {
        Integer n = jdbc.queryForObject(
                "select count(*) from user_account where email like ?", Integer.class, "%" + EMAIL_DOMAIN);
        return n != null && n > 0;
    }

    private record Lesson(long id, String slug, int readingMinutes) {}

    private record Question(long id, String skill) {}

    private record Module(
            String slug,
            List<Lesson> lessons,
            long quizId,
            String quizSlug,
            String quizTitle,
            List<Question> questions,
            int passPercent) {}

    /**
     * @param learners        how many learners to create
     * @param maxAttempts     most graded attempts a learner makes in total (retakes included)
     * @param seed            the random seed (same seed, same cohort)
     * @return the number of graded attempts created
     */
    public int generate(int learners, int maxAttempts, long seed) {
        List<Module> modules = modules();
        Random random = new Random(seed);
        Instant now = clock.instant();
        int attempts = 0;
        int batch = 200;
        for (int start = 0; start < learners; start += batch) {
            int from = start;
            int to = Math.min(learners, start + batch);
            attempts += transactions.execute(status -> {
                int made = 0;
                for (int i = from; i < to; i++) {
                    made += learner(i, modules, random, now, maxAttempts);
                }
                return made;
            });
        }
        // the progress module's first attempts: the earliest graded attempt per learner and quiz
        jdbc.update("""
                update quiz_result r set first_attempt = true
                from (select distinct on (q.learner_id, q.quiz_id) q.attempt_id from quiz_result q
                      join user_account u on u.id = q.learner_id where u.email like ?
                      order by q.learner_id, q.quiz_id, q.graded_at, q.attempt_id) f
                where f.attempt_id = r.attempt_id""", "%" + EMAIL_DOMAIN);
        // mastery from the generated first attempts, as the progress listener would have set it
        jdbc.update("""
                insert into skill_mastery (learner_id, skill, level, updated_at)
                select a.learner_id, q.skill,
                       case when avg(i.score) >= 0.999 then 'PROFICIENT' when avg(i.score) >= 0.7 then 'FAMILIAR'
                            else 'ATTEMPTED' end, max(a.submitted_at)
                from quiz_attempt a join attempt_item i on i.attempt_id = a.id join question q on q.id = i.question_id
                join user_account u on u.id = a.learner_id
                where u.email like ? group by a.learner_id, q.skill
                on conflict do nothing""", "%" + EMAIL_DOMAIN);
        summaries.rebuild();
        log.info("Demo cohort: {} learners, {} graded attempts", learners, attempts);
        return attempts;
    }

    private int learner(int index, List<Module> modules, Random random, Instant now, int maxAttempts) {
        double ability = 0.35 + random.nextDouble() * 0.6;
        Instant joined = now.minus(Duration.ofHours(24 * 5 + random.nextInt(24 * 85)));
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        Long id = jdbc.queryForObject("""
                        insert into user_account (email, display_name, password_hash, role, created_at)
                        values (?, ?, '!', 'LEARNER', ?) returning id""", Long.class, "learner" + index + EMAIL_DOMAIN, name, Timestamp.from(joined));
        // how far they got, and whether they stopped a while ago (stuck)
        int reach = Math.min(modules.size(), (int) Math.round(random.nextDouble() * modules.size() * (0.4 + ability)));
        boolean stalled = random.nextDouble() < 0.25;
        // active learners worked over the last two weeks; stalled ones stopped more than a week ago
        Instant t = stalled ? joined : now.minus(Duration.ofHours(24 + random.nextInt(24 * 13)));
        int made = 0;
        List<Object[]> completions = new ArrayList<>();
        List<Object[]> completed = new ArrayList<>();
        List<Object[]> results = new ArrayList<>();
        for (int m = 0; m < reach && made < maxAttempts; m++) {
            Module module = modules.get(m);
            for (Lesson lesson : module.lessons()) {
                t = t.plus(Duration.ofMinutes(20 + random.nextInt(stalled ? 600 : 240)));
                Instant limit = stalled ? now.minus(Duration.ofDays(8)) : now.minusSeconds(60);
                if (t.isAfter(limit)) {
                    t = limit;
                }
                completions.add(new Object[] {id, lesson.id(), Timestamp.from(t)});
                completed.add(
                        new Object[] {id, lesson.slug(), module.slug(), lesson.readingMinutes(), Timestamp.from(t)});
            }
            boolean passed = false;
            for (int attempt = 0; attempt < 3 && !passed && made < maxAttempts; attempt++) {
                t = t.plus(Duration.ofMinutes(10 + random.nextInt(300)));
                Instant limit = stalled ? now.minus(Duration.ofDays(8)) : now.minusSeconds(30);
                if (t.isAfter(limit)) {
                    t = limit;
                }
                passed = quiz(id, module, ability + attempt * 0.12, random, t, results);
                made++;
            }
            if (!passed) {
                break;
            }
        }
        // extra retakes for the benchmark's volume, after the path
        while (made < maxAttempts && reach > 0 && maxAttempts > 6) {
            Module module = modules.get(random.nextInt(reach));
            quiz(id, module, ability, random, now.minus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 30))), results);
            made++;
        }
        jdbc.batchUpdate(
                "insert into lesson_completion (learner_id, lesson_id, completed_at) values (?, ?, ?)"
                        + " on conflict do nothing",
                completions);
        jdbc.batchUpdate("""
                        insert into completed_lesson (learner_id, lesson_slug, module_slug, reading_minutes, completed_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""", completed);
        // what the progress module keeps from each QuizAttemptGraded event (first attempts are marked afterwards)
        jdbc.batchUpdate("""
                        insert into quiz_result (attempt_id, learner_id, quiz_id, quiz_slug, quiz_title, module_slug,
                                                 pass_percent, started_at, graded_at, score, passed, first_attempt,
                                                 missed_skills, question_ids, question_scores)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?)""", results);
        return made;
    }

    private boolean quiz(
            long learner, Module module, double ability, Random random, Instant at, List<Object[]> results) {
        List<Object[]> items = new ArrayList<>();
        double total = 0;
        int position = 1;
        double[] scores = new double[module.questions().size()];
        for (int q = 0; q < scores.length; q++) {
            // some questions are easier than others, so the item analysis has something to show
            double difficulty = ((module.questions().get(q).id() * 7919) % 10) / 25.0 - 0.15;
            scores[q] = random.nextDouble() < Math.min(0.98, ability - difficulty) ? 1 : 0;
            total += scores[q];
        }
        double score = total / scores.length;
        boolean passed = new PassMark(module.passPercent()).passedBy(score);
        Instant started = at.minus(Duration.ofMinutes(6 + random.nextInt(10)));
        Long attempt = jdbc.queryForObject(
                """
                        insert into quiz_attempt (quiz_id, learner_id, started_at, submitted_at, score, passed)
                        values (?, ?, ?, ?, ?, ?) returning id""",
                Long.class,
                module.quizId(),
                learner,
                Timestamp.from(started),
                Timestamp.from(at),
                Math.round(score * 100000) / 100000.0,
                passed);
        List<String> missed = new ArrayList<>();
        for (int q = 0; q < scores.length; q++) {
            Question question = module.questions().get(q);
            items.add(new Object[] {attempt, position++, question.id(), scores[q]});
            if (!QuizAttemptGraded.QuestionOutcome.isRight(scores[q]) && !missed.contains(question.skill())) {
                missed.add(question.skill());
            }
        }
        missed.sort(null);
        results.add(new Object[] {
            attempt,
            learner,
            module.quizId(),
            module.quizSlug(),
            module.quizTitle(),
            module.slug(),
            module.passPercent(),
            Timestamp.from(started),
            Timestamp.from(at),
            Math.round(score * 100000) / 100000.0,
            passed,
            missed.toArray(String[]::new),
            module.questions().stream().map(Question::id).toArray(Long[]::new),
            java.util.Arrays.stream(scores).boxed().toArray(Double[]::new)
        });
        jdbc.batchUpdate("""
                insert into attempt_item (attempt_id, position, question_id, option_order, answer, score)
                values (?, ?, ?, '{}', '{"options": []}', ?)""", items);
        return passed;
    }

    private List<Module> modules() {
        List<Module> result = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("""
                select m.slug, m.id, q.id as quiz_id, q.slug as quiz_slug, q.title as quiz_title, q.pass_percent
                from path_module m
                join quiz q on q.module_slug = m.slug and q.retired_at is null
                where m.retired_at is null order by m.position""")) {
            long moduleId = ((Number) row.get("id")).longValue();
            long quizId = ((Number) row.get("quiz_id")).longValue();
            result.add(new Module(
                    (String) row.get("slug"),
                    jdbc.query("""
                                    select id, slug, reading_minutes from lesson where module_id = ? and retired_at is null
                                    order by position""", (rs, n) -> new Lesson(rs.getLong(1), rs.getString(2), rs.getInt(3)), moduleId),
                    quizId,
                    (String) row.get("quiz_slug"),
                    (String) row.get("quiz_title"),
                    jdbc.query(
                            "select id, skill from question where quiz_id = ? and retired_at is null order by position",
                            (rs, n) -> new Question(rs.getLong(1), rs.getString(2)),
                            quizId),
                    ((Number) row.get("pass_percent")).intValue()));
        }
        return result;
    }

    private static final String[] FIRST = {
        "Ada", "Bram", "Chen", "Dara", "Elif", "Femi", "Gita", "Hugo", "Ines", "Jonas", "Kemal", "Lena", "Mika", "Nia",
        "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tariq", "Uma", "Vera", "Wen", "Xavi", "Yara", "Zoë"
    };
    private static final String[] LAST = {
        "Ahmed",
        "Berg",
        "Costa",
        "Dubois",
        "Evans",
        "Fischer",
        "García",
        "Haddad",
        "Ivanova",
        "Jensen",
        "Kowalski",
        "Li",
        "Martins",
        "Nakamura",
        "Okafor",
        "Petrov",
        "Rossi",
        "Schmidt",
        "Tanaka",
        "Umar",
        "Virtanen",
        "Wójcik",
        "Yilmaz",
        "Zhang"
    };
}

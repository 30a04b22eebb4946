package dev.tensortrail.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.quiz.Quizzes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class PersonalDataTest {

    @Autowired
    PersonalDataService personalData;

    @Autowired
    LearnerFixture learners;

    @Autowired
    Quizzes quizzes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_export_holds_every_table_about_the_learner_with_their_rows_only() throws IOException {
        String other = learners.newLearner("Someone Else");
        learners.completeLessons(other, "graphs");
        String email = learners.newLearner("Exporting Learner");
        takeTheGraphsQuiz(email);

        Map<String, String> files = unzip(personalData.exportMine());

        assertThat(files).containsKeys("README.txt", "account.json");
        for (String table : tablesWithALearnerColumn()) {
            assertThat(files).as("the export has %s.json", table).containsKey(table + ".json");
        }
        assertThat(files.get("account.json"))
                .contains(email, "Exporting Learner")
                .doesNotContain("argon2");
        assertThat(files.get("lesson_completion.json")).contains("graphs");
        assertThat(files.get("quiz_attempt.json")).contains("graphs-quiz");
        assertThat(files.get("attempt_item.json")).contains("\"answer\"");
        assertThat(files.get("README.txt")).contains("account.json", "quiz_attempt.json", "entries");
        assertThat(String.join("", files.values())).doesNotContain(other);
    }

    @Test
    void deleting_the_account_removes_every_row_about_the_learner_and_recounts_the_statistics() {
        String email = learners.newLearner("Leaving Learner");
        long id = learners.id(email);
        takeTheGraphsQuiz(email);
        // the grading's listeners are done (review cards made, the attempt's sums kept)
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from review_card where learner_id = ?")
                                .param(id)
                                .query(Long.class)
                                .single()
                        > 0);

        personalData.deleteMine("a long enough passphrase");

        for (String table : tablesWithALearnerColumn()) {
            assertThat(jdbc.sql("select count(*) from " + table + " where learner_id = ?")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        assertThat(jdbc.sql("select count(*) from user_account where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(events.stream(AccountDeleted.class)).containsExactly(new AccountDeleted(id));
        await().atMost(Duration.ofSeconds(30)).until(() -> keptSums().equals(recountedSums()));
    }

    @Test
    void a_wrong_password_deletes_nothing_and_an_anonymous_caller_gets_nothing() {
        String email = learners.newLearner("Staying Learner");
        assertThatThrownBy(() -> personalData.deleteMine("not my password at all"))
                .isInstanceOf(RegistrationException.class);
        assertThat(jdbc.sql("select count(*) from user_account where email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isOne();

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> personalData.exportMine())
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> personalData.deleteMine("x"))
                .isInstanceOfAny(
                        AccessDeniedException.class,
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private void takeTheGraphsQuiz(String email) {
        learners.completeLessons(email, "graphs");
        var attempt = quizzes.startOrResume("graphs-quiz");
        quizzes.submit(attempt.attemptId(), learners.correctAnswers(attempt));
    }

    private List<String> tablesWithALearnerColumn() {
        return jdbc.sql("""
                        select c.table_name from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = current_schema() and c.column_name = 'learner_id'
                          and t.table_type = 'BASE TABLE' order by c.table_name""").query(String.class).list();
    }

    /** question_summary as kept (n and sum of scores per question, rounded). */
    private Map<Long, String> keptSums() {
        return sumsOf("select question_id, n, sum_x, sum_xr from question_summary where n > 0");
    }

    /**
     * The same sums counted again from the first attempts that exist now, of those the progress
     * module was told about (an attempt a test stored without grading it never reached progress).
     */
    private Map<Long, String> recountedSums() {
        return sumsOf("""
                select question_id, count(*), sum(x), sum(x * r)
                from (select i.question_id, i.score::float8 as x,
                             (sum(i.score) over (partition by i.attempt_id))::float8 - i.score::float8 as r
                      from attempt_item i
                      join (select distinct on (learner_id, quiz_id) id from quiz_attempt
                            where submitted_at is not null and id in (select attempt_id from quiz_result)
                            order by learner_id, quiz_id, submitted_at, id) f on f.id = i.attempt_id) s
                group by question_id""");
    }

    private Map<Long, String> sumsOf(String sql) {
        Map<Long, String> sums = new java.util.TreeMap<>();
        jdbc.sql(sql)
                .query((rs, i) -> Map.entry(
                        rs.getLong(1),
                        rs.getLong(2) + "/" + Math.round(rs.getDouble(3) * 1000) + "/"
                                + Math.round(rs.getDouble(4) * 1000)))
                .list()
                .forEach(e -> sums.put(e.getKey(), e.getValue()));
        return sums;
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}

package dev.tensortrail.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Virtual learners playing a real TensorTrail session through Vaadin's own protocol (init request,
 * then UIDL messages carrying the CSRF token, sync id and client id): sign in, open the path, open
 * a lesson and mark it complete, start the graphs quiz, answer, submit, read the result, open the
 * dashboard, do a few reviews; think times of 5 to 15 s. A few instructors open the class page.
 *
 * <p>Components are found by their stable ids (mark-complete, start-quiz, submit-answers,
 * confirm-submit, start-review, review-check, review-next). A response that is a Vaadin session
 * expiry, a resynchronisation, an application error or the app's "Something went wrong" notice is
 * an error, not only an HTTP error status.
 *
 * <p>Settings (system properties): baseUrl, learners (concurrent), instructors, rampSeconds,
 * holdSeconds, db.url / db.user / db.password (the accounts are created there before the run).
 */
public class LearnerSimulation extends Simulation {

    static final String BASE = System.getProperty("baseUrl", "http://localhost:8090");
    static final int LEARNERS = Integer.getInteger("learners", 100);
    static final int INSTRUCTORS = Integer.getInteger("instructors", Math.max(1, LEARNERS / 100));
    static final int RAMP = Integer.getInteger("rampSeconds", 60);
    static final int HOLD = Integer.getInteger("holdSeconds", 180);
    static final int MIN_THINK = Integer.getInteger("minThink", 5);
    static final int MAX_THINK = Integer.getInteger("maxThink", 15);
    /** Accounts prepared: more than the concurrency, so a finished learner is replaced by a fresh one. */
    static final int ACCOUNTS = Integer.getInteger("accounts", LEARNERS * 4);

    static final String PASSWORD = "trail-learner-pass";
    static final String DOMAIN = "@load.tensortrail.test";
    static final String LESSON = "graphs-what-is-a-graph";
    static final String QUIZ = "graphs-quiz";

    static final String CLICK = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":0,\"event.clientY\":0,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":0,\"event.screenX\":0}";

    HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .disableWarmUp()
            .acceptLanguageHeader("en")
            .userAgentHeader("TensorTrail load test (Gatling)");

    static String byId(String id) {
        return "\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"" + id + "\"";
    }

    static String byTag(String tag) {
        return "\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"" + tag + "\"";
    }

    /** One Vaadin UIDL round trip carrying {@code rpc}; refuses expiry, resync and error answers. */
    static HttpRequestActionBuilder uidl(String name, String rpc) {
        return http(name)
                .post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody("{\"csrfToken\":\"#{vkey}\",\"rpc\":[" + rpc
                        + "],\"syncId\":#{syncId},\"clientId\":#{clientId}}"))
                .check(
                        status().is(200),
                        regex("\"sessionExpired\"|\"appError\"|\"resynchronize\"|Something went wrong")
                                .notExists(),
                        regex("\"syncId\":(\\d+)").saveAs("syncId"),
                        regex("\"clientId\":(\\d+)").saveAs("clientId"));
    }

    static HttpRequestActionBuilder navigate(String name, String route) {
        return uidl(
                name,
                "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                        + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
    }

    static HttpRequestActionBuilder click(String name, String nodeAttribute) {
        return uidl(
                name, "{\"type\":\"event\",\"node\":#{" + nodeAttribute + "},\"event\":\"click\",\"data\":" + CLICK + "}");
    }

    static ChainBuilder think() {
        return pause(Duration.ofSeconds(MIN_THINK), Duration.ofSeconds(MAX_THINK));
    }

    /** Sign in through Spring Security's form (what Vaadin's login form posts), then open a UI. */
    static ChainBuilder signInAndOpen(String location) {
        return exec(http("open sign-in")
                        .get("/login")
                        .check(regex("<meta name=\"_csrf\" content=\"([^\"]*)\"").saveAs("csrf")))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .exec(http("sign in")
                        .post("/login")
                        .formParam("username", "#{email}")
                        .formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        .check(status().is(302), headerRegex("Location", "login\\?error").notExists()))
                .exec(http("open the app")
                        .get("/?v-r=init&location=" + location + "&query=")
                        .check(
                                jsonPath("$.appConfig['v-uiId']").saveAs("uiId"),
                                jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("vkey"),
                                jsonPath("$.appConfig.uidl.syncId").saveAs("syncId"),
                                jsonPath("$.appConfig.uidl.clientId").saveAs("clientId")));
    }

    Iterator<Map<String, Object>> learnerAccounts() {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(
                        () -> Map.<String, Object>of("email", "load-" + (next.getAndIncrement() % ACCOUNTS) + DOMAIN))
                .iterator();
    }

    ScenarioBuilder learner = scenario("learner")
            .feed(learnerAccounts())
            .exec(signInAndOpen("path"))
            .exec(navigate("open the path", "path"))
            .exec(think())
            .exec(navigate("open a lesson", "lessons/" + LESSON)
                    .check(
                            regex(byId("mark-complete")).optional().saveAs("completeNode"),
                            // a lesson done before keeps its button, hidden: clicking it does nothing
                            regex("(Completed on)").optional().saveAs("alreadyDone")))
            .exec(think())
            .doIf(session -> session.contains("completeNode") && !session.contains("alreadyDone"))
            .then(exec(click("mark the lesson complete", "completeNode")
                            .check(regex("Completed on|tt-next").exists()))
                    .exec(think()))
            .exec(navigate("open the quiz", "quizzes/" + QUIZ)
                    .check(
                            regex(byId("start-quiz")).optional().saveAs("startNode"),
                            regex(byTag("vaadin-radio-group")).findAll().optional().saveAs("radios"),
                            regex(byId("submit-answers")).optional().saveAs("submitNode")))
            .exec(pause(Duration.ofSeconds(2), Duration.ofSeconds(5)))
            .doIf(session -> session.contains("startNode"))
            .then(exec(click("start the quiz", "startNode")
                    .check(
                            regex(byTag("vaadin-radio-group")).findAll().optional().saveAs("radios"),
                            regex(byId("submit-answers")).saveAs("submitNode"))))
            .foreach("#{radios}", "radio")
            .on(pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                    .exec(uidl(
                            "answer a question",
                            "{\"type\":\"mSync\",\"node\":#{radio},\"feature\":1,\"property\":\"value\",\"value\":\"1\"},"
                                    + "{\"type\":\"event\",\"node\":#{radio},\"event\":\"value-changed\",\"data\":{}}")))
            .exec(think())
            .exec(click("submit answers", "submitNode")
                    .check(regex(byTag("vaadin-confirm-dialog")).optional().saveAs("confirmNode")))
            .doIf(session -> session.contains("confirmNode"))
            .then(pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                    .exec(uidl(
                                    "confirm the submission",
                                    "{\"type\":\"event\",\"node\":#{confirmNode},\"event\":\"confirm\",\"data\":{}}")
                            .check(regex("Passed with|Not passed").exists())))
            .exec(think())
            .exec(navigate("open the dashboard", ""))
            .exec(think())
            .exec(navigate("open review", "review")
                    .check(regex(byId("start-review")).optional().saveAs("reviewNode")))
            .doIf(session -> session.contains("reviewNode"))
            .then(exec(think())
                    .exec(click("start review", "reviewNode")
                            .check(regex(byId("review-check")).optional().saveAs("checkNode")))
                    .repeat(3)
                    .on(doIf(session -> session.contains("checkNode"))
                            .then(pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                                    .exec(click("check a review answer", "checkNode")
                                            .check(regex(byId("review-next")).optional().saveAs("nextNode")))
                                    .exec(session -> session.remove("checkNode"))
                                    .doIf(session -> session.contains("nextNode"))
                                    .then(exec(click("next review card", "nextNode")
                                                    .check(regex(byId("review-check"))
                                                            .optional()
                                                            .saveAs("checkNode")))
                                            .exec(session -> session.remove("nextNode"))))));

    ScenarioBuilder instructor = scenario("instructor")
            .exec(session -> session.set("email", "instructor@tensortrail.test"))
            .exec(exec(http("open sign-in (instructor)")
                            .get("/login")
                            .check(regex("<meta name=\"_csrf\" content=\"([^\"]*)\"").saveAs("csrf")))
                    .exec(http("sign in (instructor)")
                            .post("/login")
                            .formParam("username", "#{email}")
                            .formParam("password", "trail-instructor-pass")
                            .formParam("_csrf", "#{csrf}")
                            .disableFollowRedirect()
                            .check(status().is(302), headerRegex("Location", "login\\?error").notExists()))
                    .exec(http("open the app (instructor)")
                            .get("/?v-r=init&location=instructor&query=")
                            .check(
                                    jsonPath("$.appConfig['v-uiId']").saveAs("uiId"),
                                    jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("vkey"),
                                    jsonPath("$.appConfig.uidl.syncId").saveAs("syncId"),
                                    jsonPath("$.appConfig.uidl.clientId").saveAs("clientId"))))
            .repeat(4)
            .on(exec(navigate("open the class page", "instructor")).exec(think()).exec(think()));

    {
        setUp(
                        learner.injectClosed(
                                rampConcurrentUsers(0).to(LEARNERS).during(RAMP),
                                constantConcurrentUsers(LEARNERS).during(HOLD)),
                        instructor.injectClosed(constantConcurrentUsers(INSTRUCTORS).during(RAMP + HOLD)))
                .protocols(protocol)
                .assertions(
                        Boolean.getBoolean("allowErrors")
                                // the two-node run stops a node on purpose: its learners' requests fail
                                ? global().failedRequests().percent().lte(100.0)
                                : global().failedRequests().count().is(0L),
                        forAll().responseTime().percentile(95.0).lte(250),
                        forAll().responseTime().percentile(99.0).lte(600));
    }

    /** What the database holds for the load learners afterwards, to set against what was confirmed. */
    @Override
    public void after() {
        String url = System.getProperty("db.url");
        if (url == null) {
            return;
        }
        try (Connection db = DriverManager.getConnection(
                        url, System.getProperty("db.user", "postgres"), System.getProperty("db.password", ""));
                Statement sql = db.createStatement()) {
            var completions = sql.executeQuery("select count(*) from lesson_completion c join user_account u"
                    + " on u.id = c.learner_id join lesson l on l.id = c.lesson_id"
                    + " where u.email like 'load-%" + DOMAIN + "' and l.slug = '" + LESSON + "'");
            completions.next();
            long completed = completions.getLong(1);
            var attempts = sql.executeQuery("select count(*) from quiz_attempt a join user_account u"
                    + " on u.id = a.learner_id where u.email like 'load-%" + DOMAIN + "' and a.submitted_at is not null");
            attempts.next();
            System.out.println("SAVED lesson completions " + completed + ", graded attempts " + attempts.getLong(1));
        } catch (SQLException e) {
            System.out.println("SAVED unknown: " + e.getMessage());
        }
    }

    /**
     * The accounts, created in the database before the run: load-0 ... load-(accounts-1), all with the
     * demo learner's password, the other two graphs lessons already completed so the quiz is open once
     * the session marks the third.
     */
    @Override
    public void before() {
        prepareAccounts(ACCOUNTS, List.of("graphs-static-vs-dynamic-is-outdated", "graphs-define-and-run-vs-define-by-run"));
    }

    /**
     * Creates load-0 ... load-(count-1) in the database named by -Ddb.url (all with the demo learner's
     * password) with these lessons completed; does nothing without -Ddb.url.
     */
    static void prepareAccounts(int count, List<String> completedLessons) {
        String url = System.getProperty("db.url");
        if (url == null) {
            System.out.println("No -Ddb.url: using the load accounts already in the database");
            return;
        }
        try (Connection db = DriverManager.getConnection(
                        url, System.getProperty("db.user", "postgres"), System.getProperty("db.password", ""));
                Statement sql = db.createStatement()) {
            sql.execute("insert into user_account (email, display_name, password_hash, role, created_at)"
                    + " select 'load-' || i || '" + DOMAIN + "', 'Load Learner ' || i,"
                    + " (select password_hash from user_account where email = 'learner@tensortrail.test'),"
                    + " 'LEARNER', now() from generate_series(0, " + (count - 1) + ") i"
                    + " where not exists (select 1 from user_account a where a.email = 'load-' || i || '" + DOMAIN
                    + "')");
            if (!completedLessons.isEmpty()) {
                sql.execute("insert into lesson_completion (learner_id, lesson_id, completed_at)"
                        + " select u.id, l.id, now() from user_account u join lesson l on l.slug in ("
                        + String.join(",", completedLessons.stream().map(l -> "'" + l + "'").toList()) + ")"
                        + " where u.email like 'load-%" + DOMAIN + "' on conflict do nothing");
            }
            System.out.println("Load accounts ready: " + count);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the load accounts in " + url + ": " + e.getMessage(), e);
        }
    }
}

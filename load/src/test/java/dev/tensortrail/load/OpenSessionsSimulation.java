package dev.tensortrail.load;

import static dev.tensortrail.load.LearnerSimulation.*;
import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Opens {@code sessions} learner sessions and keeps them open for {@code holdSeconds}: half on a
 * lesson, half on a started quiz (the two heaviest views), so that load/heap-per-session.sh can
 * measure the live heap they hold after a full GC. Uses the accounts LearnerSimulation prepares.
 */
public class OpenSessionsSimulation extends Simulation {

    static final int SESSIONS = Integer.getInteger("sessions", 200);
    static final int HOLD_OPEN = Integer.getInteger("holdSeconds", 90);

    Iterator<Map<String, Object>> accounts() {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> Map.<String, Object>of("email", "load-" + next.getAndIncrement() + DOMAIN))
                .iterator();
    }

    ScenarioBuilder open = scenario("open session")
            .feed(accounts())
            .exec(signInAndOpen("path"))
            .randomSwitch()
            .on(
                    percent(50.0).then(exec(navigate("open a lesson", "lessons/" + LESSON))),
                    percent(50.0)
                            .then(exec(navigate("open the quiz", "quizzes/" + QUIZ)
                                            .check(regex(byId("start-quiz")).optional().saveAs("startNode")))
                                    .doIf(session -> session.contains("startNode"))
                                    .then(exec(click("start the quiz", "startNode")))))
            .exec(pause(Duration.ofSeconds(HOLD_OPEN)));

    {
        setUp(open.injectOpen(rampUsers(SESSIONS).during(Duration.ofSeconds(Math.max(20, SESSIONS / 4)))))
                .protocols(http.baseUrl(BASE).disableWarmUp())
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        prepareAccounts(
                SESSIONS,
                java.util.List.of(
                        "graphs-what-is-a-graph",
                        "graphs-static-vs-dynamic-is-outdated",
                        "graphs-define-and-run-vs-define-by-run"));
    }
}

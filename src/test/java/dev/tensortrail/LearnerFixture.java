package dev.tensortrail;

import dev.tensortrail.account.AccountService;
import dev.tensortrail.account.RegistrationRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Creates learners and their history straight in the database, and signs them in for service calls. */
@Component
public class LearnerFixture {

    private final AccountService accounts;
    private final UserDetailsService users;
    private final JdbcClient jdbc;

    LearnerFixture(AccountService accounts, UserDetailsService users, JdbcClient jdbc) {
        this.accounts = accounts;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A new learner, signed in on the current thread; returns the email. */
    public String newLearner(String name) {
        String email = name.toLowerCase().replace(' ', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.register(new RegistrationRequest(email, name, "a long enough passphrase"));
        signIn(email);
        return email;
    }

    public void signIn(String email) {
        var user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public long id(String email) {
        return jdbc.sql("select id from user_account where email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    /**
     * Marks every lesson of the modules as read (as if the learner clicked through them): the
     * curriculum's completions, and the completed lessons progress keeps from their events.
     */
    public void completeLessons(String email, String... modules) {
        String in = String.join(",", java.util.Collections.nCopies(modules.length, "?"));
        jdbc.sql("""
                        insert into lesson_completion (learner_id, lesson_id, completed_at)
                        select ?, l.id, now() from lesson l join path_module m on m.id = l.module_id
                        where m.slug in (:modules) and l.retired_at is null on conflict do nothing""".replace(":modules", in)).params(concat(id(email), modules)).update();
        jdbc.sql("""
                        insert into completed_lesson (learner_id, lesson_slug, module_slug, reading_minutes, completed_at)
                        select ?, l.slug, m.slug, l.reading_minutes, now() from lesson l join path_module m on m.id = l.module_id
                        where m.slug in (:modules) and l.retired_at is null on conflict do nothing""".replace(":modules", in)).params(concat(id(email), modules)).update();
    }

    private static Object[] concat(long id, String[] modules) {
        Object[] result = new Object[modules.length + 1];
        result[0] = id;
        System.arraycopy(modules, 0, result, 1, modules.length);
        return result;
    }

    /** The whole path done: every lesson read and every quiz passed (a shortcut the tests may take). */
    public void finishThePath(String email) {
        completeLessons(email, moduleSlugs().toArray(String[]::new));
        jdbc.sql("""
                        insert into quiz_attempt (quiz_id, learner_id, started_at, submitted_at, score, passed)
                        select q.id, ?, now(), now(), 1, true from quiz q where q.retired_at is null""").param(id(email)).update();
    }

    /** The right answers to an attempt, read from the database as a test may (the page never sees them). */
    public java.util.Map<Long, dev.tensortrail.quiz.Answer> correctAnswers(
            dev.tensortrail.quiz.QuizData.AttemptView attempt) {
        java.util.Map<Long, dev.tensortrail.quiz.Answer> answers = new java.util.LinkedHashMap<>();
        for (var q : attempt.questions()) {
            answers.put(
                    q.questionId(),
                    switch (q.type()) {
                        case ORDERING ->
                            dev.tensortrail.quiz.Answer.choose(jdbc.sql(
                                            "select id from question_option where question_id = ? order by correct_position")
                                    .param(q.questionId())
                                    .query(Long.class)
                                    .list());
                        case MATCHING -> {
                            java.util.Map<Long, Long> matches = new java.util.LinkedHashMap<>();
                            q.options().forEach(o -> matches.put(o.id(), o.id()));
                            yield dev.tensortrail.quiz.Answer.match(matches);
                        }
                        default ->
                            dev.tensortrail.quiz.Answer.choose(jdbc.sql(
                                            "select id from question_option where question_id = ? and correct order by position")
                                    .param(q.questionId())
                                    .query(Long.class)
                                    .list());
                    });
        }
        return answers;
    }

    /**
     * An answer to every question that earns nothing but is not blank (a blank attempt cannot
     * be submitted): a wrong option, every item one place off, every pair matched wrongly.
     */
    public java.util.Map<Long, dev.tensortrail.quiz.Answer> wrongAnswers(
            dev.tensortrail.quiz.QuizData.AttemptView attempt) {
        java.util.Map<Long, dev.tensortrail.quiz.Answer> answers = new java.util.LinkedHashMap<>();
        for (var q : attempt.questions()) {
            answers.put(q.questionId(), wrongAnswer(q));
        }
        return answers;
    }

    public dev.tensortrail.quiz.Answer wrongAnswer(dev.tensortrail.quiz.QuizData.QuestionView q) {
        return switch (q.type()) {
            case ORDERING -> {
                List<Long> order = new java.util.ArrayList<>(
                        jdbc.sql("select id from question_option where question_id = ? order by correct_position")
                                .param(q.questionId())
                                .query(Long.class)
                                .list());
                java.util.Collections.rotate(order, 1);
                yield dev.tensortrail.quiz.Answer.choose(order);
            }
            case MATCHING -> {
                java.util.Map<Long, Long> matches = new java.util.LinkedHashMap<>();
                var ids = q.options().stream()
                        .map(dev.tensortrail.quiz.QuizData.Choice::id)
                        .toList();
                for (int i = 0; i < ids.size(); i++) {
                    matches.put(ids.get(i), ids.get((i + 1) % ids.size()));
                }
                yield dev.tensortrail.quiz.Answer.match(matches);
            }
            case MULTIPLE ->
                dev.tensortrail.quiz.Answer.choose(jdbc.sql(
                                "select id from question_option where question_id = ? and not correct order by position")
                        .param(q.questionId())
                        .query(Long.class)
                        .list());
            default ->
                dev.tensortrail.quiz.Answer.choose(jdbc.sql(
                                "select id from question_option where question_id = ? and not correct order by position limit 1")
                        .param(q.questionId())
                        .query(Long.class)
                        .list());
        };
    }

    public List<String> moduleSlugs() {
        return jdbc.sql("select slug from path_module where retired_at is null order by position")
                .query(String.class)
                .list();
    }
}

package dev.tensortrail.quiz;

import dev.tensortrail.curriculum.ModuleGate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A module's quiz is its gate: the next module opens once the best attempt passed. */
@Component
class QuizGate implements ModuleGate {

    private final QuizRepository quizzes;
    private final JdbcClient jdbc;

    QuizGate(QuizRepository quizzes, JdbcClient jdbc) {
        this.quizzes = quizzes;
        this.jdbc = jdbc;
    }

    @Override
    public @Nullable String gateTitle(String moduleSlug) {
        return quizzes.findByModuleSlugAndRetiredAtIsNull(moduleSlug).map(Quiz::title).orElse(null);
    }

    @Override
    public boolean passed(long learnerId, String moduleSlug) {
        return jdbc.sql("""
                        select exists (select 1 from quiz_attempt a join quiz q on q.id = a.quiz_id
                        where a.learner_id = ? and q.module_slug = ? and a.passed)""")
                .params(learnerId, moduleSlug).query(Boolean.class).single();
    }

    @Override
    public @Nullable Status status(long learnerId, String moduleSlug) {
        return quizzes.findByModuleSlugAndRetiredAtIsNull(moduleSlug).map(quiz -> {
            var best = jdbc.sql("""
                            select max(score) from quiz_attempt where learner_id = ? and quiz_id = ?
                            and submitted_at is not null""")
                    .params(learnerId, quiz.id()).query(java.math.BigDecimal.class).optional().orElse(null);
            return new Status(quiz.title(), "quizzes/" + quiz.slug(), passed(learnerId, moduleSlug),
                    best == null ? null : best.doubleValue());
        }).orElse(null);
    }
}

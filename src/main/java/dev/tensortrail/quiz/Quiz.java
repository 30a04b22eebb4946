package dev.tensortrail.quiz;

import dev.tensortrail.base.content.VersionedContent;
import dev.tensortrail.quiz.content.QuizPolicy;
import dev.tensortrail.quiz.content.QuizSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "quiz")
class Quiz extends VersionedContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "module_slug", nullable = false, length = 80)
    private String moduleSlug = "";

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(name = "pass_percent", nullable = false)
    private int passPercent;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf = LocalDate.EPOCH;

    @Column
    private @Nullable Integer draw;

    /** The fewest questions per skill, as a jsonb object {@code {"skill": n}}. */
    @Column(name = "draw_per_skill", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private @Nullable String drawPerSkill;

    /** The review options' words; null (rows from before they were stored) is the default. */
    @Column(name = "review_not_passed")
    private String @Nullable [] reviewNotPassed;

    @Column(name = "review_passed")
    private String @Nullable [] reviewPassed;

    protected Quiz() {}

    Quiz(QuizSource source, Instant now) {
        super(source.slug());
        apply(source, now);
    }

    boolean apply(QuizSource source, Instant now) {
        if (holds(source.hash())) {
            return false;
        }
        moduleSlug = source.module();
        title = source.title();
        passPercent = source.passPercent();
        asOf = source.asOf();
        draw = source.policy().draw();
        drawPerSkill = QuizPolicy.encodeSkills(source.policy().perSkill());
        reviewNotPassed = QuizPolicy.encodeReview(source.policy().notPassed());
        reviewPassed = QuizPolicy.encodeReview(source.policy().passed());
        revise(source.hash(), now);
        return true;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    String moduleSlug() {
        return moduleSlug;
    }

    String title() {
        return title;
    }

    int passPercent() {
        return passPercent;
    }

    PassMark passMark() {
        return new PassMark(passPercent);
    }

    LocalDate asOf() {
        return asOf;
    }

    QuizPolicy policy() {
        return new QuizPolicy(
                draw,
                QuizPolicy.decodeSkills(drawPerSkill),
                QuizPolicy.decodeReview(reviewNotPassed, QuizPolicy.DEFAULT_NOT_PASSED),
                QuizPolicy.decodeReview(reviewPassed, QuizPolicy.EVERYTHING));
    }
}

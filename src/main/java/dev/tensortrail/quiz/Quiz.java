package dev.tensortrail.quiz;

import dev.tensortrail.quiz.content.QuizPolicy;
import dev.tensortrail.quiz.content.QuizSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

@Entity
@Table(name = "quiz")
class Quiz {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String slug = "";

    @Column(name = "module_slug", nullable = false, length = 80)
    private String moduleSlug = "";

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(name = "pass_percent", nullable = false)
    private int passPercent;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf = LocalDate.EPOCH;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash = "";

    @Column(name = "retired_at")
    private @Nullable Instant retiredAt;

    @Column
    private @Nullable Integer draw;

    @Column(name = "draw_per_skill")
    private @Nullable String drawPerSkill;

    @Column(name = "review_not_passed")
    private @Nullable String reviewNotPassed;

    @Column(name = "review_passed")
    private @Nullable String reviewPassed;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected Quiz() {
    }

    Quiz(QuizSource source, Instant now) {
        this.slug = source.slug();
        apply(source, now);
    }

    boolean apply(QuizSource source, Instant now) {
        if (source.hash().equals(contentHash) && retiredAt == null) {
            return false;
        }
        moduleSlug = source.module();
        title = source.title();
        passPercent = source.passPercent();
        asOf = source.asOf();
        contentHash = source.hash();
        draw = source.policy().draw();
        drawPerSkill = QuizPolicy.encodeSkills(source.policy().perSkill());
        reviewNotPassed = QuizPolicy.encodeReview(source.policy().notPassed());
        reviewPassed = QuizPolicy.encodeReview(source.policy().passed());
        retiredAt = null;
        updatedAt = now;
        return true;
    }

    boolean retire(Instant now) {
        if (retiredAt != null) {
            return false;
        }
        retiredAt = now;
        updatedAt = now;
        return true;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    String slug() {
        return slug;
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
        return new QuizPolicy(draw, QuizPolicy.decodeSkills(drawPerSkill),
                QuizPolicy.decodeReview(reviewNotPassed, QuizPolicy.DEFAULT_NOT_PASSED),
                QuizPolicy.decodeReview(reviewPassed, QuizPolicy.EVERYTHING));
    }

    boolean retired() {
        return retiredAt != null;
    }
}

package dev.tensortrail.quiz;

import dev.tensortrail.quiz.content.QuizSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "question_option")
class QuestionOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String text = "";

    @Column(nullable = false)
    private boolean correct;

    @Column
    private @Nullable String feedback;

    @Column(name = "correct_position")
    private @Nullable Integer correctPosition;

    @Column(name = "match_text")
    private @Nullable String matchText;

    protected QuestionOption() {}

    QuestionOption(int position, QuizSource.OptionSource source) {
        this.position = position;
        apply(source);
    }

    void apply(QuizSource.OptionSource source) {
        text = source.text();
        correct = source.correct();
        feedback = source.feedback();
        correctPosition = source.correctPosition();
        matchText = source.matchText();
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    String text() {
        return text;
    }

    boolean correct() {
        return correct;
    }

    @Nullable
    String feedback() {
        return feedback;
    }

    @Nullable
    Integer correctPosition() {
        return correctPosition;
    }

    @Nullable
    String matchText() {
        return matchText;
    }
}

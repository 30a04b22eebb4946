package dev.tensortrail.quiz;

import dev.tensortrail.base.content.VersionedContent;
import dev.tensortrail.quiz.content.QuizSource;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A question as last loaded; its id (and its options' ids, by position) survive edits. */
@Entity
@Table(name = "question")
@AttributeOverride(name = "slug", column = @Column(name = "content_key", nullable = false, unique = true, length = 120))
class Question extends VersionedContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "quiz_id", nullable = false)
    private long quizId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private QuestionType type = QuestionType.SINGLE;

    @Column(nullable = false, length = 80)
    private String skill = "";

    @Column(name = "lesson_slug", nullable = false, length = 120)
    private String lessonSlug = "";

    @Column(name = "section_anchor", length = 100)
    private @Nullable String sectionAnchor;

    @Column(name = "section_title", length = 200)
    private @Nullable String sectionTitle;

    @Column(name = "prompt_html", nullable = false)
    private String promptHtml = "";

    @Column
    private @Nullable String code;

    @Column(name = "explanation_html", nullable = false)
    private String explanationHtml = "";

    @Column(name = "wrong_feedback")
    private @Nullable String wrongFeedback;

    @Column(name = "answer_hash", nullable = false, length = 64)
    private String answerHash = "";

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id", nullable = false)
    @OrderBy("position")
    private List<QuestionOption> options = new ArrayList<>();

    protected Question() {}

    Question(QuizSource.QuestionSource source, long quizId, int position, Instant now) {
        super(source.key());
        apply(source, quizId, position, now);
    }

    boolean apply(QuizSource.QuestionSource source, long newQuizId, int newPosition, Instant now) {
        answerHash = source.answerHash();
        if (holds(source.hash()) && quizId == newQuizId && position == newPosition) {
            return false;
        }
        quizId = newQuizId;
        position = newPosition;
        type = source.type();
        skill = source.skill();
        lessonSlug = source.lesson();
        sectionAnchor = source.sectionAnchor();
        sectionTitle = source.sectionTitle();
        promptHtml = source.promptHtml();
        code = source.code();
        explanationHtml = source.explanationHtml();
        wrongFeedback = source.wrongFeedback();
        revise(source.hash(), now);
        // options keep their ids by position, so answers stored in attempts stay meaningful
        List<QuizSource.OptionSource> incoming = source.options();
        for (int i = 0; i < incoming.size(); i++) {
            if (i < options.size()) {
                options.get(i).apply(incoming.get(i));
            } else {
                options.add(new QuestionOption(i + 1, incoming.get(i)));
            }
        }
        while (options.size() > incoming.size()) {
            options.removeLast();
        }
        return true;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    /** The question's id in its quiz file. */
    String contentKey() {
        return slug();
    }

    /** Hash of the correct answer and explanation as last loaded; empty before the first load that kept it. */
    String answerHash() {
        return answerHash;
    }

    /**
     * Whether the file's question under this id is still this question (not a different one
     * that reused the id): same type and at least one option text in common.
     */
    boolean sameQuestionAs(QuizSource.QuestionSource source) {
        if (type != source.type()) {
            return false;
        }
        var texts = new java.util.HashSet<String>();
        options.forEach(o -> texts.add(o.text()));
        return source.options().stream().anyMatch(o -> texts.contains(o.text()));
    }

    long quizId() {
        return quizId;
    }

    int position() {
        return position;
    }

    QuestionType type() {
        return type;
    }

    String skill() {
        return skill;
    }

    String lessonSlug() {
        return lessonSlug;
    }

    @Nullable
    String sectionAnchor() {
        return sectionAnchor;
    }

    @Nullable
    String sectionTitle() {
        return sectionTitle;
    }

    String promptHtml() {
        return promptHtml;
    }

    @Nullable
    String code() {
        return code;
    }

    String explanationHtml() {
        return explanationHtml;
    }

    @Nullable
    String wrongFeedback() {
        return wrongFeedback;
    }

    List<QuestionOption> options() {
        return options;
    }
}

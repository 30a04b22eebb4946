package dev.tensortrail.progress;

import dev.tensortrail.quiz.QuizAttemptGraded.QuestionOutcome;

/**
 * How a skill's level moves, modelled on Khan Academy: in a quiz, a skill answered fully right
 * reaches Proficient, mostly right (70% or more) Familiar, otherwise Attempted; a quiz cannot
 * give Mastered, and doing worse than the current level costs one level. In review, a right
 * answer moves one level up (Proficient becomes Mastered); a miss moves one level down.
 * Evidence is counted in distinct questions: the same question answered right twice is one
 * piece of evidence, and a level needs enough of them ({@link #cap}).
 */
final class MasteryRules {

    static final double FAMILIAR_SHARE = 0.7;

    private MasteryRules() {}

    static MasteryLevel afterQuiz(MasteryLevel current, double skillScore) {
        MasteryLevel earned = QuestionOutcome.isRight(skillScore)
                ? MasteryLevel.PROFICIENT
                : skillScore >= FAMILIAR_SHARE ? MasteryLevel.FAMILIAR : MasteryLevel.ATTEMPTED;
        if (earned.ordinal() > current.ordinal()) {
            return earned;
        }
        if (earned.ordinal() < current.ordinal() && current.atLeast(MasteryLevel.FAMILIAR)) {
            return current.down();
        }
        return current == MasteryLevel.NOT_STARTED ? MasteryLevel.ATTEMPTED : current;
    }

    /**
     * The highest level that right answers to {@code distinctRight} different questions of a skill
     * support: none gives Attempted, one Familiar, two Proficient, three or more Mastered.
     */
    static MasteryLevel cap(MasteryLevel level, int distinctRight) {
        MasteryLevel highest = switch (Math.max(0, Math.min(distinctRight, 3))) {
            case 0 -> MasteryLevel.ATTEMPTED;
            case 1 -> MasteryLevel.FAMILIAR;
            case 2 -> MasteryLevel.PROFICIENT;
            default -> MasteryLevel.MASTERED;
        };
        return level.ordinal() > highest.ordinal() ? highest : level;
    }

    static MasteryLevel afterReview(MasteryLevel current, boolean right) {
        if (!right) {
            return current.down();
        }
        return current.atLeast(MasteryLevel.PROFICIENT) ? MasteryLevel.MASTERED : current.up(MasteryLevel.PROFICIENT);
    }

    /** FSRS rating from a question's score: right ({@link QuestionOutcome#isRight}) is Good, mostly right Hard, otherwise Again. */
    static Fsrs.Rating rating(double score) {
        return QuestionOutcome.isRight(score) ? Fsrs.Rating.GOOD : score >= 0.5 ? Fsrs.Rating.HARD : Fsrs.Rating.AGAIN;
    }
}

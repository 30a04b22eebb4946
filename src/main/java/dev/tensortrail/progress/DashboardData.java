package dev.tensortrail.progress;

import dev.tensortrail.curriculum.LessonUpdates;
import dev.tensortrail.quiz.PassMark;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the dashboards show. */
public final class DashboardData {

    private DashboardData() {}

    public record LearnerDashboard(
            long learnerId,
            String displayName,
            int lessonsDone,
            int lessonsTotal,
            List<ModuleBar> modules,
            List<SkillLevel> skills,
            List<QuizScore> quizScores,
            int minutesSpent,
            Reviews.DueSummary reviews,
            Streaks.Result streak,
            NextAction next,
            List<LessonUpdates.UpdatedLesson> updatedLessons,
            List<ClassTarget> classTargets) {}

    /**
     * A target date one of the learner's classes set: by {@code date} the class should have passed
     * the module's quiz.
     */
    public record ClassTarget(String className, String module, LocalDate date, TargetStatus status) {}

    /** Where a learner stands against a target date ("today" is the UTC day). */
    public enum TargetStatus {
        /** The module's quiz is passed. */
        DONE,
        /** Not passed yet, and the date is today or later. */
        ON_TRACK,
        /** Not passed, and the date is past. */
        BEHIND
    }

    public record ModuleBar(String title, int done, int total) {}

    public record SkillLevel(String skill, MasteryLevel level) {}

    public record QuizScore(Instant at, String quizTitle, double score, int passPercent) {

        /** Whether this score passed its quiz, by the quiz's own rule. */
        public boolean passed() {
            return new PassMark(passPercent).passedBy(score);
        }
    }

    /** The one thing to do next, and what it names (a lesson, a quiz and its skills, a count). */
    /**
     * The one recommended next step.
     *
     * @param slug what the step is about: the quiz's slug (retake, take), the lesson's (start,
     *             resume, reread); null for reviews and the suggestion. The view turns kind and
     *             slug into a link with the owning module's navigation class.
     */
    public record NextAction(
            Kind kind, @Nullable String slug, @Nullable String title, List<String> skills, int count) {

        public enum Kind {
            RETAKE_QUIZ,
            REREAD_LESSON,
            DO_REVIEWS,
            RESUME_LESSON,
            TAKE_QUIZ,
            GET_SUGGESTION,
            START
        }
    }

    /**
     * The overview of the learners a page covers (a class, all of an instructor's classes, or, for
     * an admin, everyone).
     *
     * @param targets the class's target dates in path order (only when the page is one class)
     */
    public record CohortOverview(
            int learners,
            int activeLast7Days,
            List<FunnelStep> funnel,
            List<QuizAverage> quizzes,
            List<ModuleTarget> targets) {}

    /** A class's target date for a module: by then the class should have passed its quiz. */
    public record ModuleTarget(String moduleSlug, String module, LocalDate date) {}

    public record FunnelStep(String module, int finishedLessons, int passedQuiz) {}

    public record QuizAverage(String quiz, double averageScore, int attempts, double passRate) {}

    /**
     * A row of the learners table.
     *
     * @param behind the title of the first module (in path order) whose target date is past and
     *               whose quiz the learner has not passed; null when not behind or the page is
     *               not one class with target dates
     */
    public record LearnerRow(
            long id,
            String name,
            String email,
            @Nullable Instant lastActivity,
            int lessonsDone,
            int lessonsTotal,
            boolean stuck,
            @Nullable String behind) {

        /** Whether the learner missed a target date of the class (see {@code behind}). */
        public boolean isBehind() {
            return behind != null;
        }
    }

    /**
     * Item analysis of one question over the attempts in which it was drawn ({@code attempts});
     * {@code flagged} is the statistical flag, {@code enoughData} whether there are enough such
     * attempts to show it (below {@link DashboardStore#MIN_ATTEMPTS} the page says "not enough data").
     */
    public record QuestionStatistics(
            long questionId,
            String key,
            String quiz,
            String type,
            int attempts,
            double facility,
            @Nullable Double discrimination,
            boolean flagged,
            boolean enoughData) {}
}

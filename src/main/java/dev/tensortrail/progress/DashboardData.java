package dev.tensortrail.progress;

import dev.tensortrail.curriculum.LessonUpdates;
import dev.tensortrail.quiz.PassMark;
import java.time.Instant;
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
            List<LessonUpdates.UpdatedLesson> updatedLessons) {}

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

    public record CohortOverview(
            int learners, int activeLast7Days, List<FunnelStep> funnel, List<QuizAverage> quizzes) {}

    public record FunnelStep(String module, int finishedLessons, int passedQuiz) {}

    public record QuizAverage(String quiz, double averageScore, int attempts, double passRate) {}

    public record LearnerRow(
            long id,
            String name,
            String email,
            @Nullable Instant lastActivity,
            int lessonsDone,
            int lessonsTotal,
            boolean stuck) {}

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

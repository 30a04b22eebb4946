package dev.tensortrail.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Computes a learner's daily streak from their activity log.
 *
 * <p>A calendar day, taken in the learner's own time zone, <em>counts</em> when it contains real
 * work:
 *
 * <ul>
 *   <li>at least one {@link Kind#LESSON_COMPLETED} entry, or
 *   <li>at least one {@link Kind#QUIZ_GRADED} entry, or
 *   <li>{@link Kind#REVIEW} entries whose card counts add up to at least {@value #MIN_REVIEW_CARDS}
 *       on that day.
 * </ul>
 *
 * <p>Merely opening the app never counts; there is deliberately no activity kind for it.
 *
 * <p>The current streak is the number of consecutive counting days ending today, or ending
 * yesterday when today has no counting work yet, because the learner still has the rest of today
 * to keep the streak alive. Activities after {@code now} are ignored.
 */
final class Streaks {

    /**
     * Minimum number of reviewed cards on one day for reviews alone to make the day count. A
     * single card would let a learner keep a streak with a few seconds of effort.
     */
    public static final int MIN_REVIEW_CARDS = 5;

    private Streaks() {}

    /** What kind of learning work an {@link Activity} records. */
    public enum Kind {
        /** A lesson was finished. */
        LESSON_COMPLETED,
        /** A quiz was submitted and graded. */
        QUIZ_GRADED,
        /** A review session; {@link Activity#count()} is the number of cards reviewed. */
        REVIEW
    }

    /**
     * One entry of the learner's activity log.
     *
     * @param at when the work happened
     * @param kind what kind of work it was
     * @param count number of cards for a {@link Kind#REVIEW} entry, {@code 1} otherwise; never
     *     negative
     */
    public record Activity(Instant at, Kind kind, int count) {

        /**
         * Validates the entry.
         *
         * @throws NullPointerException if {@code at} or {@code kind} is null
         * @throws IllegalArgumentException if {@code count} is negative
         */
        public Activity {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(kind, "kind");
            // A negative count would silently cancel out other reviews of the same day.
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative: " + count);
            }
        }

        /**
         * Creates a completed-lesson entry.
         *
         * @param at when the lesson was completed
         * @return the entry, with count {@code 1}
         */
        public static Activity lesson(Instant at) {
            return new Activity(at, Kind.LESSON_COMPLETED, 1);
        }

        /**
         * Creates a graded-quiz entry.
         *
         * @param at when the quiz was graded
         * @return the entry, with count {@code 1}
         */
        public static Activity quiz(Instant at) {
            return new Activity(at, Kind.QUIZ_GRADED, 1);
        }

        /**
         * Creates a review-session entry.
         *
         * @param at when the review session happened
         * @param cards number of cards reviewed, not negative
         * @return the entry
         */
        public static Activity review(Instant at, int cards) {
            return new Activity(at, Kind.REVIEW, cards);
        }
    }

    /**
     * Streak summary for the dashboard.
     *
     * @param current consecutive counting days ending today, or ending yesterday if today does not
     *     count yet; {@code 0} if neither today nor yesterday counts
     * @param longest longest run of consecutive counting days ever (at least {@code current})
     * @param activeToday whether today already counts
     * @param lastActiveDay the most recent counting day, or {@code null} if there is none
     */
    public record Result(
            int current,
            int longest,
            boolean activeToday,
            @Nullable LocalDate lastActiveDay) {}

    /**
     * Computes the streak summary.
     *
     * @param activities the activity log, in any order; the list is not modified
     * @param zone the learner's time zone, which decides where one day ends and the next begins
     * @param now the current instant; activities after it are ignored
     * @return the streak summary
     * @throws NullPointerException if any argument or list element is null
     */
    public static Result compute(List<Activity> activities, ZoneId zone, Instant now) {
        Objects.requireNonNull(activities, "activities");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(now, "now");

        SortedSet<LocalDate> countingDays = countingDays(activities, zone, now);
        LocalDate today = LocalDate.ofInstant(now, zone);
        boolean activeToday = countingDays.contains(today);

        // Today without work yet does not break the streak: the day is not over, so the run that
        // ended yesterday is still alive.
        LocalDate end = activeToday ? today : today.minusDays(1);
        int current = 0;
        // LocalDate steps are calendar days, so 23- and 25-hour DST days are still one step each.
        for (LocalDate day = end; countingDays.contains(day); day = day.minusDays(1)) {
            current++;
        }

        return new Result(
                current, longestRun(countingDays), activeToday, countingDays.isEmpty() ? null : countingDays.last());
    }

    private static SortedSet<LocalDate> countingDays(List<Activity> activities, ZoneId zone, Instant now) {
        SortedSet<LocalDate> counting = new TreeSet<>();
        // long, so that many large review entries on one day cannot overflow into a negative sum.
        Map<LocalDate, Long> reviewCards = new HashMap<>();
        for (Activity activity : activities) {
            Objects.requireNonNull(activity, "activity");
            // Future entries (clock skew, bad imports) must not pre-fill today or later days.
            if (activity.at().isAfter(now)) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(activity.at(), zone);
            switch (activity.kind()) {
                case LESSON_COMPLETED, QUIZ_GRADED -> counting.add(day);
                case REVIEW -> reviewCards.merge(day, (long) activity.count(), Long::sum);
            }
        }
        // Reviews are summed per day first, so several short sessions on one day add up.
        reviewCards.forEach((day, cards) -> {
            if (cards >= MIN_REVIEW_CARDS) {
                counting.add(day);
            }
        });
        return counting;
    }

    private static int longestRun(SortedSet<LocalDate> countingDays) {
        int longest = 0;
        int run = 0;
        @Nullable LocalDate previous = null;
        for (LocalDate day : countingDays) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        return longest;
    }
}

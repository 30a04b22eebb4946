package dev.tensortrail.classroom;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the classroom shows and tells other modules. */
public final class ClassData {

    private ClassData() {}

    /** A class as its teachers see it in their list. */
    public record ClassSummary(
            long id,
            String name,
            String description,
            String joinCode,
            boolean joiningOpen,
            @Nullable Instant archivedAt,
            int learners,
            List<String> teachers) {

        public boolean archived() {
            return archivedAt != null;
        }
    }

    public record Teacher(long id, String name, String email) {}

    /** A module of the path and the class's target date for it (null: none set). */
    public record Target(
            String moduleSlug, String moduleTitle, @Nullable LocalDate date) {}

    /** A class with its teachers and the target date of every current module. */
    public record ClassDetails(ClassSummary summary, List<Teacher> teachers, List<Target> targets) {}

    /** A class a learner is in, with the target dates its teachers set (none once it is archived). */
    public record MyClass(
            long id,
            String name,
            String description,
            List<String> teachers,
            List<Target> targets,
            Instant joinedAt,
            boolean archived) {}

    /** What a join code leads to, shown before the learner confirms. */
    public record JoinPreview(long classId, String name, String description, List<String> teachers, boolean member) {}

    /**
     * Which learners an instructor's page may cover: every learner on the server (an admin's
     * "all learners") or the learners of these classes.
     *
     * @param classId the one class asked for, or null for "all my learners"
     */
    public record Scope(
            boolean everyone, List<Long> classIds, @Nullable Long classId) {

        public long[] classIdArray() {
            return classIds.stream().mapToLong(Long::longValue).toArray();
        }
    }
}

package dev.tensortrail.classroom;

import dev.tensortrail.account.AccountPrincipal;
import dev.tensortrail.account.CurrentUser;
import dev.tensortrail.account.Role;
import dev.tensortrail.base.PlainText;
import dev.tensortrail.classroom.ClassData.ClassDetails;
import dev.tensortrail.classroom.ClassData.ClassSummary;
import dev.tensortrail.classroom.ClassroomException.Field;
import dev.tensortrail.curriculum.PathOutline;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes, for their teachers, for admins and for learners. Object-level authorisation lives here:
 * every method that names a class checks that the signed-in instructor teaches it (an admin may
 * act on every class), so no view, URL or parameter can reach another instructor's class. A
 * refused or unknown class is the same {@link AccessDeniedException}: a stranger learns nothing.
 */
@Service
public class Classrooms {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int DESCRIPTION_MAX_LENGTH = 2000;
    private static final int CODE_TRIES = 8;

    private final ClassStore store;
    private final CurrentUser currentUser;
    private final PathOutline outline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Classrooms(
            ClassStore store,
            CurrentUser currentUser,
            PathOutline outline,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.outline = outline;
        this.events = events;
        this.clock = clock;
    }

    // ---- teachers and admins

    /** Creates a class taught by the signed-in instructor, with a fresh join code. */
    @Transactional
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public ClassSummary create(String name, String description) {
        String cleanName = name(name);
        String cleanDescription = description(description);
        long id = store.insertClass(cleanName, cleanDescription, clock.instant());
        store.addTeacher(id, actor().id(), clock.instant());
        newCode(id);
        return store.summary(id).orElseThrow();
    }

    /** The classes the signed-in instructor teaches (an admin: every class), archived ones when asked. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public List<ClassSummary> taught(boolean withArchived) {
        AccountPrincipal me = actor();
        return store.summaries(me.role() == Role.ADMIN ? null : me.id(), withArchived);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public ClassDetails details(long classId) {
        requireTeaches(classId);
        ClassSummary summary = store.summary(classId).orElseThrow(() -> denied(classId));
        var targets = inPathOrder(outline.modules(), store.targets(classId), false);
        return new ClassDetails(summary, store.teachers(classId), targets);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public ClassSummary update(long classId, String name, String description) {
        String cleanName = name(name);
        String cleanDescription = description(description);
        requireChangeable(classId);
        store.rename(classId, cleanName, cleanDescription);
        return store.summary(classId).orElseThrow();
    }

    /** Replaces the join code: the old one stops working at once and is never issued again. */
    @Transactional
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public String rotateCode(long classId) {
        requireChangeable(classId);
        return newCode(classId);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public void setJoiningOpen(long classId, boolean open) {
        requireChangeable(classId);
        store.setJoiningOpen(classId, open);
    }

    /** Archives a class: hidden from the default list, read-only, nothing deleted. */
    @Transactional
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public void archive(long classId) {
        requireChangeable(classId);
        store.setArchived(classId, clock.instant());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public void restore(long classId) {
        requireTeaches(classId);
        store.lockArchived(classId);
        store.setArchived(classId, null);
    }

    /** Sets (or with null clears) the class's target date for a current module of the path. */
    @Transactional
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public void setTarget(long classId, String moduleSlug, @Nullable LocalDate date) {
        requireChangeable(classId);
        if (outline.modules().stream().noneMatch(m -> m.slug().equals(moduleSlug))) {
            throw new ClassroomException(Field.TARGET, "classes.error.module-unknown");
        }
        if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
            throw new ClassroomException(Field.TARGET, "classes.error.date-range");
        }
        store.setTarget(classId, moduleSlug, date);
    }

    /** The class's target dates by module slug, for its teachers' class page. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public Map<String, LocalDate> targets(long classId) {
        requireTeaches(classId);
        return store.targets(classId);
    }

    /** Adds an instructor (by the email of their instructor or admin account) as a co-instructor. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void addTeacher(long classId, String email) {
        requireChangeable(classId);
        long instructor = store.staffByEmail(email.strip())
                .orElseThrow(() -> new ClassroomException(Field.EMAIL, "classes.error.not-an-instructor"));
        store.addTeacher(classId, instructor, clock.instant());
    }

    /** Removes a co-instructor: they lose access at once. A class keeps at least one teacher. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void removeTeacher(long classId, long instructorId) {
        requireTeaches(classId);
        store.lockArchived(classId);
        if (store.teachers(classId).stream().noneMatch(t -> t.id() != instructorId)) {
            throw new ClassroomException(Field.CLASS, "classes.error.last-teacher");
        }
        store.removeTeacher(classId, instructorId);
    }

    /**
     * Which learners an instructor's page may cover. With a class: that class, if the signed-in
     * instructor teaches it. Without: for an admin, every learner on the server; for an
     * instructor, the learners of the classes they teach that are not archived.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public ClassData.Scope scope(@Nullable Long classId) {
        AccountPrincipal me = actor();
        if (classId != null) {
            requireTeaches(classId);
            return new ClassData.Scope(false, List.of(classId), classId);
        }
        if (me.role() == Role.ADMIN) {
            return new ClassData.Scope(true, List.of(), null);
        }
        return new ClassData.Scope(false, store.activeClassesOf(me.id()), null);
    }

    /** Whether the signed-in instructor may see this learner: they teach a class the learner is in. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public boolean maySee(long learnerId) {
        AccountPrincipal me = actor();
        return me.role() == Role.ADMIN || store.teachesLearner(me.id(), learnerId);
    }

    // ---- learners

    /** What a code leads to, for the learner to confirm; refuses codes that cannot be joined. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ClassData.JoinPreview preview(String typedCode) {
        long classId = joinable(typedCode);
        ClassSummary summary = store.summary(classId).orElseThrow();
        return new ClassData.JoinPreview(
                classId,
                summary.name(),
                summary.description(),
                summary.teachers(),
                store.isMember(classId, actor().id()));
    }

    /**
     * Joins the class with this code. Joining a class one is already in changes nothing and
     * publishes nothing.
     *
     * @return what was joined ({@code member} is true when the learner already was in it)
     */
    @Transactional
    @PreAuthorize("hasRole('LEARNER')")
    public ClassData.JoinPreview join(String typedCode) {
        long classId = joinable(typedCode);
        long me = actor().id();
        boolean joined = store.join(classId, me, clock.instant());
        if (joined) {
            events.publishEvent(new LearnerJoinedClass(classId, me, clock.instant()));
        }
        ClassSummary summary = store.summary(classId).orElseThrow();
        return new ClassData.JoinPreview(classId, summary.name(), summary.description(), summary.teachers(), !joined);
    }

    /** Leaves a class; leaving a class one is not in changes nothing. */
    @Transactional
    @PreAuthorize("hasRole('LEARNER')")
    public boolean leave(long classId) {
        long me = actor().id();
        boolean left = store.leave(classId, me);
        if (left) {
            events.publishEvent(new LearnerLeftClass(classId, me, clock.instant()));
        }
        return left;
    }

    /**
     * The classes the signed-in learner is in, with their target dates in path order. An archived
     * (ended) class stays on the list, marked, without target dates: they no longer apply.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ClassData.MyClass> mine() {
        long me = actor().id();
        var memberships = store.memberships(me);
        if (memberships.isEmpty()) {
            return List.of();
        }
        var modules = outline.modules();
        // every class's dates in one statement: no statement per class
        var allDates = store.targets(memberships.stream().map(m -> m.classId()).toList());
        return memberships.stream()
                .map(m -> {
                    Map<String, LocalDate> dates =
                            m.archived() ? Map.of() : allDates.getOrDefault(m.classId(), Map.of());
                    var targets = inPathOrder(modules, dates, true);
                    return new ClassData.MyClass(
                            m.classId(), m.name(), m.description(), m.teachers(), targets, m.joinedAt(), m.archived());
                })
                .toList();
    }

    // ---- internals

    /** A target per current module in path order with its date (only the dated ones, if asked). */
    private static List<ClassData.Target> inPathOrder(
            List<PathOutline.Module> modules, Map<String, LocalDate> dates, boolean onlyDated) {
        return modules.stream()
                .filter(m -> !onlyDated || dates.containsKey(m.slug()))
                .map(m -> new ClassData.Target(m.slug(), m.title(), dates.get(m.slug())))
                .toList();
    }

    private AccountPrincipal actor() {
        return currentUser.principal().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
    }

    private void requireTeaches(long classId) {
        AccountPrincipal me = actor();
        boolean allowed = me.role() == Role.ADMIN
                ? store.exists(classId)
                : me.role() == Role.INSTRUCTOR && store.teaches(me.id(), classId);
        if (!allowed) {
            throw denied(classId);
        }
    }

    /** A teacher's change: refused on an archived class (read-only); locks the class row. */
    private void requireChangeable(long classId) {
        requireTeaches(classId);
        if (store.lockArchived(classId).orElse(true)) {
            throw new ClassroomException(Field.CLASS, "classes.error.archived");
        }
    }

    private static AccessDeniedException denied(long classId) {
        return new AccessDeniedException("Not a teacher of class " + classId);
    }

    private String newCode(long classId) {
        for (int i = 0; i < CODE_TRIES; i++) {
            String code = JoinCode.generate();
            if (store.issueCode(classId, code, clock.instant())) {
                return code;
            }
        }
        throw new IllegalStateException("No free join code after " + CODE_TRIES + " tries");
    }

    private long joinable(String typedCode) {
        String code = JoinCode.normalise(typedCode)
                .orElseThrow(() -> new ClassroomException(Field.CODE, "classes.error.code-format"));
        var found =
                store.lookup(code).orElseThrow(() -> new ClassroomException(Field.CODE, "classes.error.code-unknown"));
        if (found.retired()) {
            throw new ClassroomException(Field.CODE, "classes.error.code-rotated");
        }
        if (found.archived()) {
            throw new ClassroomException(Field.CODE, "classes.error.class-archived");
        }
        if (!found.joiningOpen()) {
            throw new ClassroomException(Field.CODE, "classes.error.joining-closed");
        }
        return found.classId();
    }

    private static String name(String name) {
        String clean = name.strip();
        if (clean.isEmpty()) {
            throw new ClassroomException(Field.NAME, "classes.error.name-required");
        }
        if (clean.codePointCount(0, clean.length()) > NAME_MAX_LENGTH) {
            throw new ClassroomException(Field.NAME, "classes.error.name-too-long");
        }
        if (!PlainText.isPlain(clean)) {
            throw new ClassroomException(Field.NAME, "input.error.characters");
        }
        return clean;
    }

    private static String description(String description) {
        String clean = description.replace("\r\n", "\n").strip();
        if (clean.codePointCount(0, clean.length()) > DESCRIPTION_MAX_LENGTH) {
            throw new ClassroomException(Field.DESCRIPTION, "classes.error.description-too-long");
        }
        if (!PlainText.isPlain(clean.replace("\n", ""))) {
            throw new ClassroomException(Field.DESCRIPTION, "input.error.characters");
        }
        return clean;
    }
}

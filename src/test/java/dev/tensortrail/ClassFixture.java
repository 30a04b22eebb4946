package dev.tensortrail;

import dev.tensortrail.account.AccountService;
import dev.tensortrail.account.RegistrationRequest;
import dev.tensortrail.account.Role;
import dev.tensortrail.classroom.ClassData;
import dev.tensortrail.classroom.Classrooms;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Instructors and their classes, made through the classroom's own API as the people involved would. */
@Component
public class ClassFixture {

    public static final String PASSWORD = "a long enough passphrase";
    public static final String ADMIN = "admin@tensortrail.test";

    private final AccountService accounts;
    private final Classrooms classrooms;
    private final LearnerFixture learners;

    ClassFixture(AccountService accounts, Classrooms classrooms, LearnerFixture learners) {
        this.accounts = accounts;
        this.classrooms = classrooms;
        this.learners = learners;
    }

    /** A new instructor: registered, then made an instructor by the admin. Ends signed in as the admin. */
    public String newInstructor(String name) {
        String email = "teacher-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.register(new RegistrationRequest(email, name, PASSWORD));
        learners.signIn(ADMIN);
        accounts.changeRole(learners.id(email), Role.INSTRUCTOR, learners.id(ADMIN));
        return email;
    }

    /**
     * A class the instructor creates, which these learners join with its code, each signed in as
     * themselves. Ends signed in as the instructor.
     */
    public ClassData.ClassSummary newClass(String instructorEmail, String name, String... learnerEmails) {
        learners.signIn(instructorEmail);
        var created = classrooms.create(name, "");
        for (String learner : learnerEmails) {
            join(learner, created.joinCode());
        }
        learners.signIn(instructorEmail);
        return created;
    }

    /** A new instructor, as {@link #newInstructor}, and signed in as them. */
    public String signedInInstructor(String name) {
        String email = newInstructor(name);
        learners.signIn(email);
        return email;
    }

    /** A class of the signed-in instructor, without learners; returns its id. */
    public long newClass(String name) {
        return classrooms.create(name, "").id();
    }

    /** The class's current join code, as its signed-in teacher sees it. */
    public String code(long classId) {
        return classrooms.details(classId).summary().joinCode();
    }

    /** The learner joins with the code, signed in as themselves (and stays signed in). */
    public void join(String learnerEmail, String code) {
        learners.signIn(learnerEmail);
        classrooms.join(code);
    }
}

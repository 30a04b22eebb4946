package dev.tensortrail.classroom;

import dev.tensortrail.LearnerFixture;
import dev.tensortrail.account.AccountService;
import dev.tensortrail.account.Role;
import org.springframework.stereotype.Component;

/** Fresh instructors and their classes, made through the real services (signed in on the test thread). */
@Component
public class ClassroomFixture {

    private static final String ADMIN = "admin@tensortrail.test";

    private final LearnerFixture learners;
    private final AccountService accounts;
    private final Classrooms classrooms;

    ClassroomFixture(LearnerFixture learners, AccountService accounts, Classrooms classrooms) {
        this.learners = learners;
        this.accounts = accounts;
        this.classrooms = classrooms;
    }

    /** A new instructor account (registered as a learner, promoted by the admin), signed in; returns the email. */
    public String newInstructor(String name) {
        String email = learners.newLearner(name);
        learners.signIn(ADMIN);
        accounts.changeRole(learners.id(email), Role.INSTRUCTOR, learners.id(ADMIN));
        learners.signIn(email);
        return email;
    }

    /** A class of the signed-in instructor; returns its id. */
    public long newClass(String name) {
        return classrooms.create(name, "").id();
    }

    /** The class's current join code (as its signed-in teacher sees it). */
    public String code(long classId) {
        return classrooms.details(classId).summary().joinCode();
    }
}

package dev.tensortrail.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.LearnerFixture;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Role changes, password changes and deleted accounts reach sessions that are already open. */
class LiveSessionHttpTest extends HttpTest {

    @Autowired
    LearnerFixture fixture;

    @AfterEach
    void signOutTheTestThread() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_demoted_instructor_loses_the_cohort_view_and_its_export_at_once() throws Exception {
        String instructor = newAccount(Role.INSTRUCTOR);
        HttpClient session = signedIn(instructor, PASSWORD);
        assertThat(get(session, "instructor", false).statusCode()).isEqualTo(200);

        fixture.signIn("admin@tensortrail.test");
        accounts.changeRole(fixture.id(instructor), Role.LEARNER, fixture.id("admin@tensortrail.test"));

        assertSignedOut(session, "instructor");
        // signing in again gives the new role only
        HttpClient again = signedIn(instructor, PASSWORD);
        assertThat(get(again, "instructor", false).statusCode()).isEqualTo(403);
        assertThat(get(again, "", false).statusCode()).isEqualTo(200);
    }

    @Test
    void a_password_change_ends_every_session_of_the_account() throws Exception {
        String learner = newAccount(Role.LEARNER);
        HttpClient laptop = signedIn(learner, PASSWORD);
        HttpClient phone = signedIn(learner, PASSWORD);

        fixture.signIn(learner);
        accounts.changePassword(PASSWORD, "a brand new passphrase here");

        assertSignedOut(laptop, "");
        assertSignedOut(phone, "");
        assertThat(postLogin(client(), learner, PASSWORD, "198.51.100.2")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .contains("error");
        signedIn(learner, "a brand new passphrase here");
    }

    @Test
    void a_deleted_account_loses_its_session_at_once() throws Exception {
        String learner = newAccount(Role.LEARNER);
        HttpClient session = signedIn(learner, PASSWORD);

        jdbc.sql("delete from user_account where email = ?").param(learner).update();

        assertSignedOut(session, "");
    }

    @Test
    void an_unchanged_account_keeps_its_session() throws Exception {
        String instructor = newAccount(Role.INSTRUCTOR);
        HttpClient session = signedIn(instructor, PASSWORD);
        fixture.signIn("admin@tensortrail.test");
        accounts.changeRole(fixture.id(instructor), Role.INSTRUCTOR, fixture.id("admin@tensortrail.test"));

        assertThat(get(session, "instructor", false).statusCode()).isEqualTo(200);
    }

    private void assertSignedOut(HttpClient session, String path) throws Exception {
        var response = get(session, path, false);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}

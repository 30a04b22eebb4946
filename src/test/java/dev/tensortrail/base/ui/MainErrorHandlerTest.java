package dev.tensortrail.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import dev.tensortrail.KaribuTest;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

class MainErrorHandlerTest extends KaribuTest {

    @Test
    void the_app_wide_handler_is_installed_for_every_session() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(MainErrorHandler.Handler.class);
    }

    @Test
    void an_unexpected_exception_shows_a_friendly_message_with_an_id_and_never_its_own_text() {
        NotificationsKt.clearNotifications();
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("internal detail: table quiz_attempt")));
        MockVaadin.clientRoundtrip(false);

        String text = only();
        assertThat(text)
                .startsWith("Something went wrong on our side")
                .matches(".*error [0-9a-f]{8}\\..*")
                .doesNotContain("internal detail")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void a_database_outage_gets_its_own_message() {
        NotificationsKt.clearNotifications();
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(new DataAccessResourceFailureException(
                        "could not connect", new ConnectException("Connection refused"))));
        MockVaadin.clientRoundtrip(false);

        assertThat(only()).startsWith("We can't reach the database right now").doesNotContain("Connection refused");
    }

    private static String only() {
        var notifications = NotificationsKt.getNotifications();
        assertThat(notifications).hasSize(1);
        return notifications.getFirst().getElement().getProperty("text", "");
    }
}

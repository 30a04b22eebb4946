package dev.tensortrail.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * The one app-wide handler for exceptions that escape a view (a click, a value change, a grid
 * fetch): the failure is logged with a short id and the user sees a friendly notification with
 * that id. Failures while navigating go to {@link ServerErrorView} instead.
 */
@org.springframework.stereotype.Component
class MainErrorHandler implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            UI ui = event.getComponent().flatMap(Component::getUI).orElseGet(UI::getCurrent);
            var report = ErrorReports.report(event.getThrowable(), ui == null ? "a background task" : where(ui));
            if (ui != null) {
                ui.access(() -> show(ui, report));
            }
        }

        private static String where(UI ui) {
            return "/" + ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
        }

        private static void show(UI ui, ErrorReports.Report report) {
            var notification = new Notification(
                    ui.getTranslation(report.textKey(), report.id()), 8000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.addClassName("tt-error-notification");
            notification.open();
        }
    }
}

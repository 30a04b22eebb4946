package dev.tensortrail.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when opening a page fails unexpectedly (replaces Vaadin's InternalServerError, which
 * prints the exception): a friendly text, the id under which the failure was logged, and for a
 * database outage its own message.
 */
@AnonymousAllowed
class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    final H1 title = new H1();
    final Paragraph text = new Paragraph();

    ServerErrorView() {
        addClassNames("tt-error-view", "tt-standalone");
        add(title, text, new Anchor("", getTranslation("error.back-home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var report = ErrorReports.report(
                parameter.getCaughtException(), "/" + event.getLocation().getPath());
        title.setText(getTranslation(report.titleKey()));
        text.setText(getTranslation(report.textKey(), report.id()));
        event.getUI().getPage().setTitle(PageTitles.of(getTranslation(report.titleKey())));
        return report.titleKey().equals("error.database.title")
                ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}

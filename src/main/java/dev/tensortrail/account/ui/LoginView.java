package dev.tensortrail.account.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.tensortrail.account.SignInThrottledException;
import dev.tensortrail.base.ui.PageTitles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm login = new LoginForm();
    final Paragraph notice = new Paragraph();

    LoginView() {
        addClassNames("tt-standalone", "tt-auth");
        setAlignItems(Alignment.CENTER);

        var i18n = LoginI18n.createDefault();
        var form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.email"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.text"));
        i18n.setForm(form);
        i18n.setErrorMessage(error);
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        var title = new H1(getTranslation("app.name"));
        title.addClassName("tt-auth-brand");
        var tagline = new Paragraph(getTranslation("app.tagline"));
        notice.setVisible(false);
        notice.addClassName("tt-notice");
        notice.getElement().setAttribute("role", "status");
        var register = new RouterLink(getTranslation("login.register-link"), RegistrationView.class);
        add(title, tagline, notice, login, register);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        login.setError(params.containsKey("error"));
        if (params.containsKey("error") && lastFailure() instanceof SignInThrottledException throttled) {
            var i18n = LoginI18n.createDefault();
            i18n.getForm().setTitle(getTranslation("login.title"));
            i18n.getForm().setUsername(getTranslation("login.email"));
            i18n.getForm().setPassword(getTranslation("login.password"));
            i18n.getForm().setSubmit(getTranslation("login.submit"));
            i18n.getErrorMessage().setTitle(getTranslation("login.error.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.throttled", throttled.waitSeconds()));
            login.setI18n(i18n);
        }
        for (String done : new String[] {"registered", "password-changed", "deleted"}) {
            if (params.containsKey(done)) {
                notice.setText(getTranslation("login.notice." + done));
                notice.setVisible(true);
            }
        }
    }

    /** Spring Security keeps the last sign-in failure in the session for the page it redirects to. */
    private static @Nullable Object lastFailure() {
        var session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null
                ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("login.title"));
    }
}

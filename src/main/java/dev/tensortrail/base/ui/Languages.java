package dev.tensortrail.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The interface languages. A choice made in the user menu is kept in a cookie; without one the
 * browser's preferred languages decide, and English is the fallback. Course content stays English.
 */
@Component
class Languages implements VaadinServiceInitListener {

    static final String COOKIE = "tt-locale";
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> apply(e.getUI(), choose(VaadinRequest.getCurrent())));
    }

    /** The cookie's language if supported, else the first supported language the browser asks for, else English. */
    static Locale choose(VaadinRequest request) {
        if (request == null) {
            return Locale.ENGLISH;
        }
        Optional<Locale> chosen = Optional.ofNullable(request.getCookies()).stream()
                .flatMap(java.util.Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> supported(c.getValue()))
                .flatMap(Optional::stream)
                .findFirst();
        if (chosen.isPresent()) {
            return chosen.get();
        }
        List<Locale> wanted = request instanceof HttpServletRequest http
                ? Collections.list(http.getLocales())
                : List.of(request.getLocale());
        return wanted.stream()
                .map(l -> supported(l.getLanguage()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    static Optional<Locale> supported(String language) {
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equalsIgnoreCase(language))
                .findFirst();
    }

    static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        if (ui.getSession() != null) {
            ui.getSession().setLocale(locale);
        }
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
    }

    /** Switches the current UI, remembers the choice for a year and reloads so every view is rebuilt. */
    static void switchTo(UI ui, Locale locale) {
        ui.getPage()
                .executeJs(
                        "document.cookie = $0 + '=' + $1 + '; path=/; max-age=' + $2 + '; SameSite=Lax';"
                                + " location.reload();",
                        COOKIE,
                        locale.getLanguage(),
                        ONE_YEAR_SECONDS);
        ui.getSession().setLocale(locale);
    }
}

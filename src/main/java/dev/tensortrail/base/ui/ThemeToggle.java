package dev.tensortrail.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Switches between the light and dark Lumo colour scheme. The choice is kept in the browser's
 * local storage and applied before the first paint by the app shell's inline script.
 */
final class ThemeToggle extends Button {

    private static final String TOGGLE_JS = """
            const root = document.documentElement;
            const dark = root.getAttribute('theme') !== 'dark';
            if (dark) { root.setAttribute('theme', 'dark'); } else { root.removeAttribute('theme'); }
            try { localStorage.setItem('tensortrail-theme', dark ? 'dark' : 'light'); } catch (e) {}
            return dark;""";

    ThemeToggle() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        addClassName("tt-theme-toggle");
        show(false);
        addClickListener(e -> getElement().executeJs(TOGGLE_JS).then(Boolean.class, this::show));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement()
                .executeJs("return document.documentElement.getAttribute('theme') === 'dark'")
                .then(Boolean.class, this::show);
    }

    private void show(boolean dark) {
        setIcon((dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O).create());
        setAriaLabel(getTranslation(dark ? "layout.theme.light" : "layout.theme.dark"));
        setTooltipText(getTranslation(dark ? "layout.theme.light" : "layout.theme.dark"));
        getElement().setAttribute("aria-pressed", Boolean.toString(dark));
    }
}

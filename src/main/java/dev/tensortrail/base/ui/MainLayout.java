package dev.tensortrail.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.tensortrail.base.DisplayNamed;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** The shell around every signed-in view: title, navigation from {@code @Menu}, theme and user menu. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements com.vaadin.flow.router.AfterNavigationObserver {

    final MenuBar userMenu = new MenuBar();
    final ThemeToggle themeToggle = new ThemeToggle();
    final SideNav nav = new SideNav();
    private boolean firstView = true;

    MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu-toggle"));
        var brand = new Span(getTranslation("app.name"));
        brand.addClassName("tt-brand");
        var spacer = new Div();
        spacer.addClassName("tt-spacer");

        String name = authentication
                .getAuthenticatedUser(DisplayNamed.class)
                .map(DisplayNamed::displayName)
                .orElseGet(() -> authentication.getPrincipalName().orElse(""));
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var userName = new Span(name);
        userName.addClassName("tt-user-name");
        var userItem = userMenu.addItem(new Div(new Icon(VaadinIcon.USER), userName));
        userItem.getElement().setAttribute("aria-label", getTranslation("layout.user-menu", name));
        userItem.addClassName("tt-user");
        userItem.getSubMenu()
                .addItem(getTranslation("layout.your-data"), e -> getUI().ifPresent(ui -> ui.navigate("account")));
        var language = userItem.getSubMenu().addItem(getTranslation("layout.language"));
        for (var locale : Languages.SUPPORTED) {
            var choice = language.getSubMenu()
                    .addItem(
                            getTranslation("layout.language." + locale.getLanguage()),
                            e -> Languages.switchTo(e.getSource().getUI().orElseThrow(), locale));
            choice.setCheckable(true);
            choice.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
            choice.getElement().setAttribute("lang", locale.getLanguage());
        }
        userItem.getSubMenu().addItem(getTranslation("layout.sign-out"), e -> authentication.logout());

        addToNavbar(toggle, brand, spacer, themeToggle, userMenu);

        var drawerTitle = new Span(getTranslation("app.name"));
        drawerTitle.addClassName("tt-drawer-title");
        nav.setLabel(getTranslation("layout.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        addToDrawer(drawerTitle, new Scroller(nav));
        if (!Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage())) {
            var contentLanguage = new Span(getTranslation("layout.content-in-english"));
            contentLanguage.addClassNames("tt-meta", "tt-content-language");
            addToDrawer(contentLanguage);
        }
    }

    /**
     * After every navigation the keyboard focus goes to the new page's main heading: the page
     * change is announced, and Tab continues from the top of the new content instead of from
     * wherever the focus was lost (a link of the old page is gone). Not on the first view of a
     * page load: there the browser starts at the top of the document, as on any new page.
     */
    @Override
    public void afterNavigation(com.vaadin.flow.router.AfterNavigationEvent event) {
        if (firstView) {
            firstView = false;
            return;
        }
        getElement()
                .executeJs("const layout = this; requestAnimationFrame(() => {"
                        + " const h1 = layout.querySelector('h1');"
                        + " if (h1) { h1.setAttribute('tabindex', '-1'); h1.focus(); } })");
    }
}

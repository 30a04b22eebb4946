package dev.tensortrail.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A typed place in the app: a view class and its route parameters. Modules hand these to each
 * other (a module gate's quiz, the end of the path) instead of route strings, so renaming a
 * route is a change in one {@code @Route} and the compiler finds every link. Each feature's
 * {@code XxxNavigation} class makes the destinations of its own views.
 */
public record Destination(Class<? extends Component> view, RouteParameters parameters) {

    public static Destination of(Class<? extends Component> view) {
        return new Destination(view, RouteParameters.empty());
    }

    public static Destination of(Class<? extends Component> view, String parameter, String value) {
        return new Destination(view, new RouteParameters(parameter, value));
    }

    public static Destination of(Class<? extends Component> view, Map<String, String> parameters) {
        return new Destination(view, new RouteParameters(parameters));
    }

    /** A router link (client-side navigation) with this text. */
    public RouterLink link(String text) {
        return new RouterLink(text, view, parameters);
    }

    /** A plain link, optionally to a section of the page ({@code #fragment}). */
    public Anchor anchor(String text, @Nullable String fragment) {
        return new Anchor(href() + (fragment == null || fragment.isBlank() ? "" : "#" + fragment), text);
    }

    /** The path relative to the app's root, e.g. {@code lessons/graph-basics}. */
    public String href() {
        return RouteConfiguration.forApplicationScope().getUrl(view, parameters);
    }

    /** Goes there in the given UI. */
    public void navigate(UI ui) {
        ui.navigate(view, parameters);
    }
}

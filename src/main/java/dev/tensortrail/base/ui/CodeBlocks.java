package dev.tensortrail.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Turns the code blocks under a component into highlighted blocks with a copy button (see
 * {@code frontend/static/scripts/lesson.js}, which the view loads with
 * {@code @JavaScript("context://scripts/lesson.js")}). The one place that knows where highlight.js
 * is served: a version-less WebJar path that webjars-locator-lite resolves, so upgrading the
 * library is a change in the POM only.
 */
public final class CodeBlocks {

    static final String HIGHLIGHTER = "/webjars/highlightjs/highlight.min.js";

    private CodeBlocks() {}

    /** Highlights and adds copy buttons to the code blocks inside {@code root}, once it is in the page. */
    public static void enhance(Component root) {
        root.getElement()
                .executeJs(
                        "window.tensortrail.enhanceLesson(this, $0, $1, $2)",
                        root.getTranslation("lesson.copy"),
                        root.getTranslation("lesson.copied"),
                        contextPath() + HIGHLIGHTER);
    }

    private static String contextPath() {
        var request = VaadinServletRequest.getCurrent();
        return request == null ? "" : request.getContextPath();
    }
}

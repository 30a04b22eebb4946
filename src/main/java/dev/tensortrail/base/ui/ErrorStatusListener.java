package dev.tensortrail.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * Gives the bootstrap page the HTTP status of the view it will show. Vaadin renders the view after
 * the page has loaded (client-side bootstrap), so without this an unknown address or a page the
 * role may not open answers 200; the views themselves ({@link NotFoundView}, {@link AccessDeniedView})
 * stay what the person sees.
 */
@Component
class ErrorStatusListener implements VaadinServiceInitListener, IndexHtmlRequestListener {

    private final AccessAnnotationChecker accessChecker;

    ErrorStatusListener(AccessAnnotationChecker accessChecker) {
        this.accessChecker = accessChecker;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this);
    }

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        if (!(response.getVaadinRequest() instanceof VaadinServletRequest request)) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        path = path.startsWith("/") ? path.substring(1) : path;
        var registry = response.getVaadinRequest().getService().getRouter().getRegistry();
        var target = registry.getNavigationTarget(path);
        if (target.isEmpty()) {
            response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (!accessChecker.hasAccess(target.get(), request.getHttpServletRequest())) {
            response.getVaadinResponse().setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}

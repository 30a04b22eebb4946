package dev.tensortrail.curriculum.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.tensortrail.base.DisplayNamed;
import jakarta.annotation.security.PermitAll;

/** "Your path": the learner's home. */
@Route("")
@Menu(order = 0, icon = "vaadin:road-branches", title = "menu.path")
@PermitAll
class PathView extends VerticalLayout implements HasDynamicTitle {

    final H1 title = new H1();

    PathView(AuthenticationContext authentication) {
        String name = authentication.getAuthenticatedUser(DisplayNamed.class).map(DisplayNamed::displayName)
                .orElse("");
        title.setText(getTranslation("path.title"));
        add(title, new Paragraph(getTranslation("path.welcome", name)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("path.title") + " | TensorTrail";
    }
}

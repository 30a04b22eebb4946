package dev.tensortrail.curriculum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.tensortrail.base.ui.LearnerTime;
import dev.tensortrail.curriculum.content.ChangeNote;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** "Updated since you read it" and "facts checked long ago", as the path and the lesson page show them. */
final class UpdateNotices {

    private UpdateNotices() {}

    /** The badge and the change sentences the learner has not seen. */
    static Div updated(Component context, List<ChangeNote> changes, boolean heading) {
        var notice = new Div();
        notice.addClassName("tt-updated-notice");
        notice.getElement().setAttribute("role", "status");
        var icon = VaadinIcon.REFRESH.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var badge = new Span(icon, new Span(context.getTranslation("updated.badge")));
        badge.addClassNames("tt-badge", "tt-badge-updated");
        notice.add(heading ? new Paragraph(badge, new Span(" " + context.getTranslation("updated.lead"))) : badge);
        var list = new UnorderedList();
        list.addClassName("tt-change-notes");
        changes.forEach(c ->
                list.add(new ListItem(context.getTranslation("updated.note", LearnerTime.date(c.date()), c.note()))));
        notice.add(list);
        return notice;
    }

    /** A plain-words notice that the facts were last checked longer ago than the configured age. */
    static Paragraph stale(Component context, LocalDate asOf, Period maxAge) {
        var notice = new Paragraph(
                context.getTranslation("freshness.stale", LearnerTime.longDate(asOf), age(context, maxAge)));
        notice.addClassName("tt-stale-notice");
        return notice;
    }

    static String age(Component context, Period age) {
        long months = age.toTotalMonths();
        return months > 0
                ? context.getTranslation("freshness.age.months", months)
                : context.getTranslation("freshness.age.days", age.getDays());
    }
}

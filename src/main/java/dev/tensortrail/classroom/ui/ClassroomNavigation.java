package dev.tensortrail.classroom.ui;

import dev.tensortrail.base.ui.Destination;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Typed navigation to the classroom's pages, and the absolute join link a teacher hands out. */
final class ClassroomNavigation {

    private ClassroomNavigation() {}

    static Destination classes() {
        return Destination.of(ClassesView.class);
    }

    static Destination classPage(long id) {
        return Destination.of(ClassView.class, "id", String.valueOf(id));
    }

    static Destination myClasses() {
        return Destination.of(MyClassesView.class);
    }

    /**
     * The join link as the visitor's browser reached this server: scheme, host, port and context
     * path of the request (behind a proxy, as the forwarded headers say), then {@code /join/CODE}.
     */
    static String joinLink(HttpServletRequest request, String code) {
        return ServletUriComponentsBuilder.fromContextPath(request)
                .path("/join/{code}")
                .buildAndExpand(code)
                .toUriString();
    }

    /** The cohort page narrowed to one class (the progress module reads {@code ?class=}). */
    static String progressOf(long id) {
        return "instructor?class=" + id;
    }
}

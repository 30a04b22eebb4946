package dev.tensortrail.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.ServletContext;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.util.SimpleMethodInvocation;

/**
 * Who may open what: every Vaadin route (read from Vaadin's own registry) and every public method
 * of every service that carries {@code @PreAuthorize} or {@code @RolesAllowed}, for an anonymous
 * visitor, a learner, an instructor and an admin, against the intended rule in the tables below.
 * A new route or service method fails this test until it is added to a table.
 */
class AuthorisationMatrixHttpTest extends HttpTest {

    enum Who {
        ANONYMOUS,
        LEARNER,
        INSTRUCTOR,
        ADMIN
    }

    enum Rule {
        PUBLIC,
        SIGNED_IN,
        LEARNER,
        INSTRUCTOR,
        ADMIN;

        boolean allows(Who who) {
            return switch (this) {
                case PUBLIC -> true;
                case SIGNED_IN -> who != Who.ANONYMOUS;
                case LEARNER -> who == Who.LEARNER;
                case INSTRUCTOR -> who == Who.INSTRUCTOR || who == Who.ADMIN;
                case ADMIN -> who == Who.ADMIN;
            };
        }
    }

    /** Every route template and who may open it. */
    static final Map<String, Rule> ROUTES = Map.ofEntries(
            Map.entry("login", Rule.PUBLIC),
            Map.entry("register", Rule.PUBLIC),
            Map.entry("", Rule.SIGNED_IN),
            Map.entry("path", Rule.SIGNED_IN),
            Map.entry("lessons/:slug", Rule.SIGNED_IN),
            Map.entry("quizzes/:slug", Rule.SIGNED_IN),
            Map.entry("quizzes/:slug/attempts/:attempt", Rule.SIGNED_IN),
            Map.entry("review", Rule.SIGNED_IN),
            Map.entry("profile", Rule.SIGNED_IN),
            Map.entry("suggestion", Rule.SIGNED_IN),
            Map.entry("suggestion/history", Rule.SIGNED_IN),
            Map.entry("instructor", Rule.INSTRUCTOR),
            Map.entry("instructor/learners/:id", Rule.INSTRUCTOR),
            Map.entry("account", Rule.SIGNED_IN),
            Map.entry("admin/users", Rule.ADMIN),
            Map.entry("content-health", Rule.INSTRUCTOR),
            Map.entry("skills/:skill", Rule.SIGNED_IN),
            Map.entry("classes", Rule.INSTRUCTOR),
            Map.entry("classes/:id", Rule.INSTRUCTOR),
            Map.entry("my-classes", Rule.SIGNED_IN),
            Map.entry("join/:code", Rule.SIGNED_IN));

    /** Every public method of a secured service ("Class.method") and who may call it. */
    static final Map<String, Rule> SERVICE_METHODS = Map.ofEntries(
            // registration and sign-in work before anyone is signed in; the pages call these
            Map.entry("AccountService.signUp", Rule.PUBLIC),
            Map.entry("AccountService.register", Rule.PUBLIC),
            Map.entry("AccountService.findByEmail", Rule.PUBLIC),
            Map.entry("AccountService.learners", Rule.INSTRUCTOR),
            Map.entry("AccountService.allAccounts", Rule.ADMIN),
            Map.entry("AccountService.changeRole", Rule.ADMIN),
            Map.entry("AccountService.changePassword", Rule.SIGNED_IN),
            Map.entry("PersonalDataService.exportMine", Rule.SIGNED_IN),
            Map.entry("PersonalDataService.deleteMine", Rule.SIGNED_IN),
            Map.entry("Curriculum.path", Rule.SIGNED_IN),
            Map.entry("Curriculum.lesson", Rule.SIGNED_IN),
            Map.entry("Curriculum.lessonCount", Rule.PUBLIC),
            Map.entry("Curriculum.skills", Rule.PUBLIC),
            Map.entry("Curriculum.allLessons", Rule.PUBLIC),
            Map.entry("Curriculum.complete", Rule.SIGNED_IN),
            Map.entry("Curriculum.pathOf", Rule.INSTRUCTOR),
            Map.entry("Dashboards.rememberZone", Rule.SIGNED_IN),
            Map.entry("Dashboards.mine", Rule.SIGNED_IN),
            Map.entry("Dashboards.ofLearner", Rule.INSTRUCTOR),
            Map.entry("Dashboards.cohort", Rule.INSTRUCTOR),
            Map.entry("Dashboards.learners", Rule.INSTRUCTOR),
            Map.entry("Dashboards.countLearners", Rule.INSTRUCTOR),
            Map.entry("Dashboards.questionStatistics", Rule.INSTRUCTOR),
            Map.entry("Dashboards.learnersCsv", Rule.INSTRUCTOR),
            Map.entry("Dashboards.questionStatisticsCsv", Rule.INSTRUCTOR),
            Map.entry("Mastery.levels", Rule.SIGNED_IN),
            Map.entry("Reviews.summary", Rule.SIGNED_IN),
            Map.entry("Reviews.session", Rule.SIGNED_IN),
            Map.entry("Reviews.review", Rule.SIGNED_IN),
            Map.entry("Quizzes.info", Rule.SIGNED_IN),
            Map.entry("Quizzes.openAttempt", Rule.SIGNED_IN),
            Map.entry("Quizzes.startOrResume", Rule.SIGNED_IN),
            Map.entry("Quizzes.saveAnswer", Rule.SIGNED_IN),
            Map.entry("Quizzes.submit", Rule.SIGNED_IN),
            Map.entry("Quizzes.result", Rule.SIGNED_IN),
            Map.entry("Quizzes.reviewQuestion", Rule.SIGNED_IN),
            Map.entry("Quizzes.checkReview", Rule.SIGNED_IN),
            Map.entry("Recommendations.model", Rule.SIGNED_IN),
            Map.entry("Recommendations.answers", Rule.SIGNED_IN),
            Map.entry("Recommendations.saveAnswers", Rule.SIGNED_IN),
            Map.entry("Recommendations.availability", Rule.SIGNED_IN),
            Map.entry("Recommendations.suggest", Rule.SIGNED_IN),
            Map.entry("Recommendations.save", Rule.SIGNED_IN),
            Map.entry("Recommendations.history", Rule.SIGNED_IN),
            Map.entry("Recommendations.replay", Rule.SIGNED_IN),
            Map.entry("Recommendations.storedAnswers", Rule.SIGNED_IN),
            Map.entry("ContentHealth.maxAge", Rule.PUBLIC),
            Map.entry("ContentHealth.rows", Rule.INSTRUCTOR),
            Map.entry("Curriculum.lessonTeaching", Rule.PUBLIC),
            Map.entry("LessonUpdates.mine", Rule.SIGNED_IN),
            Map.entry("LessonUpdates.of", Rule.INSTRUCTOR),
            Map.entry("LessonUpdates.open", Rule.SIGNED_IN),
            Map.entry("Classrooms.create", Rule.INSTRUCTOR),
            Map.entry("Classrooms.taught", Rule.INSTRUCTOR),
            Map.entry("Classrooms.details", Rule.INSTRUCTOR),
            Map.entry("Classrooms.update", Rule.INSTRUCTOR),
            Map.entry("Classrooms.rotateCode", Rule.INSTRUCTOR),
            Map.entry("Classrooms.setJoiningOpen", Rule.INSTRUCTOR),
            Map.entry("Classrooms.archive", Rule.INSTRUCTOR),
            Map.entry("Classrooms.restore", Rule.INSTRUCTOR),
            Map.entry("Classrooms.setTarget", Rule.INSTRUCTOR),
            Map.entry("Classrooms.targets", Rule.INSTRUCTOR),
            Map.entry("Classrooms.addTeacher", Rule.ADMIN),
            Map.entry("Classrooms.removeTeacher", Rule.ADMIN),
            Map.entry("Classrooms.scope", Rule.INSTRUCTOR),
            Map.entry("Classrooms.maySee", Rule.INSTRUCTOR),
            Map.entry("Classrooms.preview", Rule.SIGNED_IN),
            Map.entry("Classrooms.join", Rule.LEARNER),
            Map.entry("Classrooms.leave", Rule.LEARNER),
            Map.entry("Classrooms.mine", Rule.SIGNED_IN));

    @Autowired
    ServletContext servletContext;

    @Autowired
    ApplicationContext context;

    @Test
    void every_route_is_in_the_table() {
        var templates = new TreeSet<String>();
        for (RouteData route : routes()) {
            templates.add(route.getTemplate());
        }
        assertThat(templates)
                .as("routes in Vaadin's registry; add a new one to ROUTES with its rule")
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(ROUTES.keySet()));
    }

    @Test
    void every_route_answers_each_role_as_the_table_says() throws Exception {
        Map<Who, HttpClient> clients = new EnumMap<>(Who.class);
        clients.put(Who.ANONYMOUS, anonymous);
        clients.put(Who.LEARNER, signedIn(newAccount(Role.LEARNER), PASSWORD));
        clients.put(Who.INSTRUCTOR, signedIn(newAccount(Role.INSTRUCTOR), PASSWORD));
        clients.put(Who.ADMIN, signedIn("admin@tensortrail.test", "admin-for-the-tests"));

        List<String> wrong = new ArrayList<>();
        for (var entry : new TreeMap<>(ROUTES).entrySet()) {
            String path = entry.getKey().replaceAll(":[^/]+", "1");
            for (Who who : Who.values()) {
                int status = get(clients.get(who), path, false).statusCode();
                int expected = entry.getValue().allows(who) ? 200 : who == Who.ANONYMOUS ? 302 : 403;
                if (status != expected) {
                    wrong.add(who + " GET /" + path + " -> " + status + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_public_method_of_a_secured_service_is_in_the_table() {
        assertThat(securedServiceMethods().keySet())
                .as("public methods of secured services; add a new one to SERVICE_METHODS with its rule")
                .containsExactlyInAnyOrderElementsOf(SERVICE_METHODS.keySet());
    }

    @Test
    void every_secured_service_method_lets_in_exactly_the_roles_the_table_says() {
        List<String> wrong = new ArrayList<>();
        securedServiceMethods().forEach((name, bean) -> {
            for (Who who : Who.values()) {
                boolean allowed = allows(bean.getKey(), bean.getValue(), authentication(who));
                boolean expected =
                        SERVICE_METHODS.getOrDefault(name, Rule.ADMIN).allows(who);
                if (allowed != expected) {
                    wrong.add(name + " for " + who + ": " + (allowed ? "allowed" : "denied"));
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    private List<RouteData> routes() {
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .getRegisteredRoutes();
    }

    /** Public methods of every bean in the app whose class or methods carry a security annotation. */
    private Map<String, Map.Entry<Object, Method>> securedServiceMethods() {
        Map<String, Map.Entry<Object, Method>> methods = new TreeMap<>();
        for (String bean : context.getBeanDefinitionNames()) {
            Class<?> declared = context.getType(bean);
            if (declared == null || !declared.getName().startsWith("dev.tensortrail") || !context.isSingleton(bean)) {
                continue; // views and other UI-scoped beans are covered by the route table
            }
            Object instance = context.getBean(bean);
            Class<?> type = AopUtils.getTargetClass(instance);
            if (!secured(type)) {
                continue;
            }
            assertThat(AopUtils.isAopProxy(instance))
                    .as("%s is proxied, so its annotations apply", type)
                    .isTrue();
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()) {
                    methods.put(type.getSimpleName() + "." + method.getName(), Map.entry(instance, method));
                }
            }
        }
        return methods;
    }

    private static boolean secured(Class<?> type) {
        return isSecured(type)
                || Arrays.stream(type.getDeclaredMethods()).anyMatch(AuthorisationMatrixHttpTest::isSecured);
    }

    private static boolean isSecured(java.lang.reflect.AnnotatedElement element) {
        return AnnotatedElementUtils.hasAnnotation(element, PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(element, RolesAllowed.class);
    }

    private static boolean allows(Object bean, Method method, Authentication who) {
        MethodInvocation invocation = new SimpleMethodInvocation(bean, method, new Object[method.getParameterCount()]);
        Class<?> type = method.getDeclaringClass();
        AuthorizationResult result;
        if (isSecured(method)
                || AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class)
                        && !AnnotatedElementUtils.hasAnnotation(method, RolesAllowed.class)) {
            result = AnnotatedElementUtils.hasAnnotation(method, RolesAllowed.class)
                    ? new Jsr250AuthorizationManager().authorize(() -> who, invocation)
                    : new PreAuthorizeAuthorizationManager().authorize(() -> who, invocation);
        } else if (AnnotatedElementUtils.hasAnnotation(type, RolesAllowed.class)) {
            result = new Jsr250AuthorizationManager().authorize(() -> who, invocation);
        } else {
            return true; // no annotation at all: anyone may call it
        }
        return result == null || result.isGranted();
    }

    private static Authentication authentication(Who who) {
        if (who == Who.ANONYMOUS) {
            return new AnonymousAuthenticationToken(
                    "matrix", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        }
        return UsernamePasswordAuthenticationToken.authenticated(
                who.name().toLowerCase() + "@example.org",
                null,
                AuthorityUtils.createAuthorityList("ROLE_" + who.name()));
    }
}

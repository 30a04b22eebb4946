package dev.tensortrail.curriculum.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the path manifest and the lesson files under a location ("classpath:curriculum" or
 * "file:/some/folder"), checks every rule of docs/content-format.md and renders the bodies.
 * Returns the content only when it is entirely valid; otherwise throws with every problem,
 * each naming its file.
 */
public final class ContentReader {

    public static final String MANIFEST = "path.yml";

    private final MarkdownRenderer renderer;
    private final Clock clock;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    public ContentReader(MarkdownRenderer renderer, Clock clock) {
        this.renderer = renderer;
        this.clock = clock;
    }

    public CurriculumSource read(String location) {
        List<ContentProblem> problems = new ArrayList<>();
        String root = location.endsWith("/") ? location : location + "/";
        List<ModuleSource> modules = readManifest(root, problems);
        List<LessonSource> lessons = new ArrayList<>();
        for (Resource resource : resources(root + "lessons/**/*.md")) {
            String file = label(root, resource);
            LessonSource lesson = readLesson(file, text(resource), problems);
            if (lesson != null) {
                lessons.add(lesson);
            }
        }
        checkAcrossFiles(modules, lessons, problems);
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
        lessons.sort(Comparator.comparing(LessonSource::module).thenComparingInt(LessonSource::order));
        return new CurriculumSource(modules, List.copyOf(lessons));
    }

    public List<Resource> resources(String pattern) {
        try {
            List<Resource> found = new ArrayList<>(List.of(resolver.getResources(pattern)));
            found.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
            return found;
        } catch (IOException e) {
            return List.of();
        }
    }

    public String label(String root, Resource resource) {
        try {
            String rootUrl = resolver.getResource(root).getURL().toString();
            String url = resource.getURL().toString();
            String base = root.replaceAll("/+$", "");
            base = base.substring(base.lastIndexOf('/') + 1).replaceFirst("^[a-z]+:", "");
            return url.startsWith(rootUrl) ? base + "/" + url.substring(rootUrl.length()) : url;
        } catch (IOException e) {
            return String.valueOf(resource.getFilename());
        }
    }

    public static String text(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
        }
    }

    private List<ModuleSource> readManifest(String root, List<ContentProblem> problems) {
        Resource manifest = resolver.getResource(root + MANIFEST);
        String file = label(root, manifest);
        if (!manifest.exists()) {
            problems.add(new ContentProblem(file, "the path manifest is missing"));
            return List.of();
        }
        Map<?, ?> map = YamlFields.load(file, text(manifest), 0, problems);
        if (map == null) {
            return List.of();
        }
        var fields = new YamlFields(map, file, "", problems);
        List<ModuleSource> modules = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        Set<Integer> orders = new HashSet<>();
        for (Map<?, ?> entry : fields.mappings("modules", true)) {
            var module = fields.nested(entry, "module '" + entry.get("slug") + "': ");
            String slug = module.slug("slug");
            int order = module.integer("order", 1, 1000);
            ModuleSource.UnlockRule rule = ModuleSource.UnlockRule.OPEN;
            try {
                rule = ModuleSource.UnlockRule.parse(module.string("unlock"));
            } catch (IllegalArgumentException e) {
                module.problem(e.getMessage());
            }
            if (!slug.isEmpty() && !slugs.add(slug)) {
                module.problem("duplicate module slug '" + slug + "'");
            }
            if (!orders.add(order)) {
                module.problem("another module already has order " + order);
            }
            String title = module.string("title");
            String summary = module.string("summary");
            modules.add(new ModuleSource(
                    slug,
                    title,
                    order,
                    summary,
                    rule,
                    ContentHash.of(slug + "|" + title + "|" + order + "|" + summary + "|" + rule)));
        }
        modules.sort(Comparator.comparingInt(ModuleSource::order));
        return List.copyOf(modules);
    }

    private @Nullable LessonSource readLesson(String file, String text, List<ContentProblem> problems) {
        if (!text.startsWith("---\n")) {
            problems.add(new ContentProblem(file, "line 1: the file must start with a front-matter block ('---')"));
            return null;
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            problems.add(new ContentProblem(file, "the front-matter block is not closed with a '---' line"));
            return null;
        }
        String frontMatter = text.substring(4, end + 1);
        Map<?, ?> map = YamlFields.load(file, frontMatter, 1, problems);
        if (map == null) {
            return null;
        }
        List<ChangeNote> changes = ChangeNotes.read(file, frontMatter, 1, LocalDate.now(clock), problems);
        var fields = new YamlFields(map, file, "", problems);
        String body = text.substring(end + 5);
        LocalDate asOf = fields.date("as_of", LocalDate.now(clock));
        List<LessonSource.Link> sources = new ArrayList<>();
        for (Map<?, ?> entry : fields.mappings("sources", true)) {
            var source = fields.nested(entry, "source '" + entry.get("title") + "': ");
            var url = source.httpUrl("url");
            sources.add(new LessonSource.Link(source.string("title"), url == null ? "" : url.toString()));
        }
        if (body.isBlank()) {
            fields.problem("the lesson has no body after the front matter");
        }
        int before = problems.size();
        var lesson = new LessonSource(
                file,
                fields.slug("slug"),
                fields.string("title"),
                fields.slug("module"),
                fields.integer("order", 1, 100),
                fields.string("goal"),
                fields.integer("reading_minutes", 1, 30),
                fields.slugs("skills", true),
                fields.slugs("prerequisites", false),
                asOf,
                fields.strings("key_points", true),
                List.copyOf(sources),
                "",
                List.of(),
                changes,
                ContentHash.of(text));
        if (problems.size() > before || asOf == null) {
            return null;
        }
        var rendered = renderer.render(body);
        return new LessonSource(
                lesson.file(),
                lesson.slug(),
                lesson.title(),
                lesson.module(),
                lesson.order(),
                lesson.goal(),
                lesson.readingMinutes(),
                lesson.skills(),
                lesson.prerequisites(),
                asOf,
                lesson.keyPoints(),
                lesson.sources(),
                rendered.html(),
                rendered.sections(),
                changes,
                lesson.hash());
    }

    private static void checkAcrossFiles(
            List<ModuleSource> modules, List<LessonSource> lessons, List<ContentProblem> problems) {
        Set<String> moduleSlugs = new HashSet<>();
        modules.forEach(m -> moduleSlugs.add(m.slug()));
        Map<String, LessonSource> bySlug = new LinkedHashMap<>();
        Map<String, String> orderTaken = new HashMap<>();
        for (LessonSource lesson : lessons) {
            LessonSource earlier = bySlug.putIfAbsent(lesson.slug(), lesson);
            if (earlier != null) {
                problems.add(new ContentProblem(
                        lesson.file(), "duplicate slug '" + lesson.slug() + "' (also used by " + earlier.file() + ")"));
            }
            if (!moduleSlugs.contains(lesson.module())) {
                problems.add(new ContentProblem(
                        lesson.file(),
                        "unknown module '" + lesson.module() + "' (path.yml has: " + String.join(", ", moduleSlugs)
                                + ")"));
            }
            String other = orderTaken.putIfAbsent(lesson.module() + "#" + lesson.order(), lesson.file());
            if (other != null) {
                problems.add(new ContentProblem(
                        lesson.file(),
                        "order " + lesson.order() + " in module '" + lesson.module() + "' is already taken by "
                                + other));
            }
        }
        for (LessonSource lesson : lessons) {
            for (String prerequisite : lesson.prerequisites()) {
                if (!bySlug.containsKey(prerequisite)) {
                    problems.add(new ContentProblem(lesson.file(), "unknown prerequisite '" + prerequisite + "'"));
                }
            }
        }
        findCycle(bySlug)
                .ifPresent(cycle -> problems.add(new ContentProblem(
                        bySlug.get(cycle.getFirst()).file(),
                        "prerequisites form a cycle: " + String.join(" -> ", cycle))));
        for (ModuleSource module : modules) {
            if (lessons.stream().noneMatch(l -> l.module().equals(module.slug()))) {
                problems.add(new ContentProblem(MANIFEST, "module '" + module.slug() + "' has no lessons"));
            }
        }
    }

    private static java.util.Optional<List<String>> findCycle(Map<String, LessonSource> lessons) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (String start : lessons.keySet()) {
            List<String> path = new ArrayList<>();
            var cycle = visit(start, lessons, state, path);
            if (cycle != null) {
                return java.util.Optional.of(cycle);
            }
        }
        return java.util.Optional.empty();
    }

    private static @Nullable List<String> visit(
            String slug, Map<String, LessonSource> lessons, Map<String, Integer> state, List<String> path) {
        Integer seen = state.get(slug);
        if (seen != null && seen == 2) {
            return null;
        }
        if (seen != null) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(slug), path.size()));
            cycle.add(slug);
            return cycle;
        }
        LessonSource lesson = lessons.get(slug);
        if (lesson == null) {
            return null;
        }
        state.put(slug, 1);
        path.add(slug);
        for (String prerequisite : lesson.prerequisites()) {
            var cycle = visit(prerequisite, lessons, state, path);
            if (cycle != null) {
                return cycle;
            }
        }
        path.removeLast();
        state.put(slug, 2);
        return null;
    }
}

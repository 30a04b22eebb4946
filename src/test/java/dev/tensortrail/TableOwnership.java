package dev.tensortrail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which module owns each table and view created in {@code db/migration} (DD003), and a scanner
 * that finds the tables a piece of Java source names in its SQL string literals.
 *
 * <p>Migrations V1 to V26 predate the {@code -- module: x} label and some create several
 * modules' tables, so their tables are mapped here one by one ({@link #LEGACY}); from V27 on,
 * a migration's first line names its module and it owns every table and view it creates.
 */
public final class TableOwnership {

    /** Tables created before migrations were labelled, by the module that owns them. */
    static final Map<String, String> LEGACY = Map.ofEntries(
            Map.entry("user_account", "account"),
            Map.entry("sign_in_throttle", "account"),
            // Spring Modulith's event publication registry, configured by base.events
            Map.entry("event_publication", "base"),
            Map.entry("event_publication_archive", "base"),
            Map.entry("path_module", "curriculum"),
            Map.entry("lesson", "curriculum"),
            Map.entry("lesson_completion", "curriculum"),
            Map.entry("lesson_change", "curriculum"),
            Map.entry("lesson_visit", "curriculum"),
            Map.entry("quiz", "quiz"),
            Map.entry("question", "quiz"),
            Map.entry("question_option", "quiz"),
            Map.entry("quiz_attempt", "quiz"),
            Map.entry("attempt_item", "quiz"),
            Map.entry("quiz_change", "quiz"),
            Map.entry("skill_mastery", "progress"),
            Map.entry("review_card", "progress"),
            Map.entry("review_log", "progress"),
            Map.entry("learner_zone", "progress"),
            Map.entry("learner_summary", "progress"),
            Map.entry("question_summary", "progress"),
            Map.entry("graded_attempt_applied", "progress"),
            Map.entry("decision_model_version", "recommendation"),
            Map.entry("learner_profile", "recommendation"),
            Map.entry("saved_suggestion", "recommendation"));

    /** The last migration before the {@code -- module:} label became mandatory. */
    static final int LAST_UNLABELLED = 26;

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");
    private static final Pattern MODULE_LABEL = Pattern.compile("--\\s*module:\\s*([a-z]+)\\s*");
    private static final Pattern CREATED = Pattern.compile(
            "\\bcreate\\s+(?:or\\s+replace\\s+)?(?:table|(?:materialized\\s+)?view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    /** Where SQL names a table: after from, join, into, update, table, or "index ... on". */
    private static final Pattern NAMED = Pattern.compile(
            "\\b(from|join|into|update|table|index\\s+[a-z_0-9]+\\s+on)\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SQL_WORD =
            Pattern.compile("\\b(select|insert|update|delete|join|from)\\b", Pattern.CASE_INSENSITIVE);

    /** Views: the owner's published read models, which other modules may read (not write). */
    private final Set<String> views;

    /** A migration: its version, the module it is labelled with (null before V27) and its text. */
    record Migration(int version, Path file, String module, String text) {}

    /** A table named in a source file's SQL. */
    public record Reference(String file, int line, String table, String owner) {
        @Override
        public String toString() {
            return file + ":" + line + " names " + table + " (owned by " + owner + ")";
        }
    }

    private final Map<String, String> owners;
    private final List<Migration> migrations;

    private TableOwnership(Map<String, String> owners, Set<String> views, List<Migration> migrations) {
        this.owners = owners;
        this.views = views;
        this.migrations = migrations;
    }

    /** The ownership derived from the migrations in {@code directory}. */
    public static TableOwnership of(Path directory) {
        List<Migration> migrations = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = MIGRATION.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                String text = Files.readString(file);
                String firstLine = text.lines().findFirst().orElse("");
                Matcher label = MODULE_LABEL.matcher(firstLine);
                int version = Integer.parseInt(name.group(1));
                String module = label.matches() ? label.group(1) : null;
                if (version > LAST_UNLABELLED && module == null) {
                    throw new IllegalStateException(
                            file + ": the first line must be '-- module: <owner>' (DD003), is: " + firstLine);
                }
                migrations.add(new Migration(version, file, module, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> owners = new TreeMap<>();
        Set<String> views = new java.util.TreeSet<>();
        for (Migration migration : migrations) {
            Matcher view = CREATED.matcher(withoutComments(migration.text()));
            while (view.find()) {
                String kind = view.group().substring(0, view.start(1) - view.start());
                if (kind.toLowerCase(Locale.ROOT).contains("view")) {
                    views.add(view.group(1).toLowerCase(Locale.ROOT));
                }
            }
            for (String table : created(migration.text())) {
                String owner = migration.version() <= LAST_UNLABELLED ? LEGACY.get(table) : migration.module();
                if (owner == null) {
                    throw new IllegalStateException(
                            migration.file() + " creates " + table + ", which TableOwnership.LEGACY does not map");
                }
                String before = owners.putIfAbsent(table, owner);
                if (before != null && !before.equals(owner)) {
                    throw new IllegalStateException(table + " is created by " + before + " and by " + owner);
                }
            }
        }
        return new TableOwnership(owners, Set.copyOf(views), migrations);
    }

    /** Every table and view, by owning module. */
    public Map<String, String> owners() {
        return owners;
    }

    List<Migration> migrations() {
        return migrations;
    }

    static List<String> created(String sql) {
        List<String> result = new ArrayList<>();
        Matcher m = CREATED.matcher(withoutComments(sql));
        while (m.find()) {
            result.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return result;
    }

    /** The views, which their owners publish for reading. */
    public Set<String> views() {
        return views;
    }

    /**
     * Tables named in {@code sql}, one per occurrence, that someone other than {@code module} owns;
     * another module's view counts only where it is written to.
     */
    List<String> foreignTables(String sql, String module) {
        List<String> result = new ArrayList<>();
        Matcher m = NAMED.matcher(withoutComments(sql));
        while (m.find()) {
            String keyword = m.group(1).toLowerCase(Locale.ROOT);
            String table = m.group(2).toLowerCase(Locale.ROOT);
            String owner = owners.get(table);
            boolean read = keyword.equals("from") || keyword.equals("join");
            if (owner != null && !owner.equals(module) && !(read && views.contains(table))) {
                result.add(table);
            }
        }
        return result;
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\n]*", " ");
    }

    /**
     * The tables of other modules that the SQL string literals of one Java source file name.
     *
     * @param file   the name to report
     * @param source the file's text
     * @param module the module the file belongs to
     */
    public List<Reference> foreignReferences(String file, String source, String module) {
        List<Reference> result = new ArrayList<>();
        for (var literal : stringLiterals(source).entrySet()) {
            String text = literal.getValue();
            if (!SQL_WORD.matcher(text).find()) {
                continue;
            }
            for (String table : foreignTables(text, module)) {
                result.add(new Reference(file, literal.getKey(), table, owners.get(table)));
            }
        }
        return result;
    }

    /** The string literals and text blocks of a Java source, by the line they start on (comments skipped). */
    static Map<Integer, String> stringLiterals(String source) {
        Map<Integer, String> result = new LinkedHashMap<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end;
                result.merge(line, source.substring(i + 3, end), (a, b) -> a + " " + b);
                line += count(source, i, end);
                i = Math.min(n, end + 3);
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                i++;
                while (i < n && source.charAt(i) != '"' && source.charAt(i) != '\n') {
                    if (source.charAt(i) == '\\' && i + 1 < n) {
                        text.append(source.charAt(i + 1));
                        i += 2;
                    } else {
                        text.append(source.charAt(i++));
                    }
                }
                i++;
                result.merge(line, text.toString(), (a, b) -> a + " " + b);
            } else if (c == '\'') {
                // a char literal: skip it so that '"' does not open a string
                int end = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
                i = end < 0 ? n : end + 1;
            } else {
                i++;
            }
        }
        return result;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** The modules whose tables exist. */
    public Set<String> modules() {
        return Set.copyOf(owners.values());
    }
}

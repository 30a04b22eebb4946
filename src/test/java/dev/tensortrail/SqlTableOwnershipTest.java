package dev.tensortrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Modules own their tables (DD003): no module's SQL names a table or view another module's
 * migration creates. {@code ModularityTest} sees Java dependencies only; this test sees the SQL.
 */
class SqlTableOwnershipTest {

    /**
     * Modules that may name other modules' tables, and why. Only the demo cohort generator, which
     * writes into several modules' tables on purpose (its package-info says so).
     */
    static final Map<String, String> ALLOWED =
            Map.of("demo", "bulk-writes the demo cohort into several modules' tables (see its package-info)");

    private static final Path SOURCES = Path.of("src/main/java/dev/tensortrail");
    private static final Path MIGRATIONS = Path.of("db/migration");

    private final TableOwnership ownership = TableOwnership.of(MIGRATIONS);

    @Test
    void no_module_names_another_modules_table_in_its_sql() throws IOException {
        List<TableOwnership.Reference> foreign = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application class, in no module
                }
                String module = relative.getName(0).toString();
                if (ALLOWED.containsKey(module)) {
                    continue;
                }
                foreign.addAll(ownership.foreignReferences(file.toString(), Files.readString(file), module));
            }
        }
        assertThat(foreign)
                .as("SQL naming another module's table: use its event payloads, or a read API the owner publishes")
                .isEmpty();
    }

    @Test
    void an_allowed_module_declares_in_its_package_documentation_that_it_writes_other_modules_tables()
            throws IOException {
        for (String module : ALLOWED.keySet()) {
            assertThat(Files.readString(SOURCES.resolve(module).resolve("package-info.java")))
                    .as("%s/package-info.java", module)
                    .contains("writes into several modules' tables on purpose");
        }
    }

    @Test
    void labelled_migrations_index_and_alter_only_their_own_modules_tables() {
        Pattern ddl = Pattern.compile(
                "\\b(?:alter\\s+table(?:\\s+if\\s+exists)?|create\\s+(?:unique\\s+)?index\\s+(?:if\\s+not\\s+exists\\s+)?[a-z_0-9]+\\s+on)\\s+([a-z_][a-z0-9_]*)",
                Pattern.CASE_INSENSITIVE);
        List<String> foreign = new ArrayList<>();
        for (var migration : ownership.migrations()) {
            if (migration.module() == null || migration.version() <= TableOwnership.LAST_UNLABELLED) {
                continue;
            }
            Matcher m = ddl.matcher(migration.text().replaceAll("--[^\n]*", " "));
            while (m.find()) {
                String owner = ownership.owners().get(m.group(1));
                if (owner != null && !owner.equals(migration.module())) {
                    foreign.add(migration.file().getFileName() + " (" + migration.module() + ") changes " + m.group(1)
                            + " (owned by " + owner + ")");
                }
            }
        }
        assertThat(foreign).isEmpty();
    }

    @Test
    void every_table_has_an_owner_that_is_a_module() {
        assertThat(ownership.owners()).containsEntry("user_account", "account").containsEntry("quiz", "quiz");
        try (Stream<Path> modules = Files.list(SOURCES)) {
            List<String> names = modules.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .toList();
            assertThat(names).containsAll(ownership.modules());
            assertThat(names).containsAll(ALLOWED.keySet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_scanner_catches_a_foreign_table_in_a_string_and_in_a_text_block_and_a_write_to_a_view() {
        String source = """
                package dev.tensortrail.progress;

                class Sneaky {
                    // select * from quiz_attempt (a comment is no SQL)
                    String own = "select level from skill_mastery where learner_id = ?";
                    String foreign = "select count(*) from user_account where role = 'LEARNER'";
                    String block = \"""
                            select a.score from review_log l
                            join quiz_attempt a on a.learner_id = l.learner_id\""";
                    String prose = "Mark the lesson complete from the lesson page";
                    String view = "select display_name from learner_directory where id = ?";
                    String write = "update learner_directory set email = ?";
                }
                """;

        var found = ownership.foreignReferences("Sneaky.java", source, "progress");

        assertThat(found)
                .containsExactly(
                        new TableOwnership.Reference("Sneaky.java", 6, "user_account", "account"),
                        new TableOwnership.Reference("Sneaky.java", 7, "quiz_attempt", "quiz"),
                        new TableOwnership.Reference("Sneaky.java", 12, "learner_directory", "account"));
        assertThat(ownership.foreignReferences("Sneaky.java", source, "quiz"))
                .extracting(TableOwnership.Reference::table)
                .containsExactly("skill_mastery", "user_account", "review_log", "learner_directory");
        assertThat(ownership.views()).contains("learner_directory");
    }
}

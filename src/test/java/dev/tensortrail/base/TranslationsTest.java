package dev.tensortrail.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The message bundles: every language complete, placeholders alike, no key unused, apostrophes safe. */
class TranslationsTest {

    /** Every translations_xx.properties next to the English one: a new language is checked without a code change. */
    private static final String[] LANGUAGES = languages();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    /** A text literal handed to something the page shows: a component's text, label, title or ARIA name. */
    private static final Pattern PAGE_TEXT_LITERAL = Pattern.compile(
            "(?:new (?:Span|Button|H[1-6]|Paragraph|Text|Anchor|RouterLink|Checkbox|TextField|TextArea|EmailField"
                    + "|PasswordField|NumberField|IntegerField|Select|ComboBox|Details|Tab|SideNavItem|ListItem|Div)\\("
                    + "|\\.set(?:Text|Label|Placeholder|HelperText|ErrorMessage|Title|Header|AriaLabel|Tooltip"
                    + "|TooltipText)\\(|Notification\\.show\\(|\\.addItem\\(|\\.setHeader\\("
                    + "|setAttribute\\(\"(?:aria-label|title|placeholder|alt)\",\\s*)\\s*\"([^\"]*\\p{L}[^\"]*)\"");

    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[a-z0-9-]+\\.)+[A-Za-z0-9_-]*)\"");

    @Test
    void messages_with_parameters_keep_their_apostrophes_and_parameters() throws IOException {
        for (String bundle : bundles()) {
            var messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                if (!pattern.contains("{0")) {
                    continue;
                }
                String formatted = new MessageFormat(pattern).format(new Object[] {7, 8, 9, 10});
                assertThat(formatted)
                        .as(bundle + ": " + key)
                        .doesNotContain("{0")
                        .contains("7");
                if (pattern.replace("''", "").contains("'")) {
                    assertThat(pattern)
                            .as(bundle + ": " + key + " has a lone apostrophe")
                            .doesNotContain("'");
                }
            }
        }
    }

    @Test
    void german_is_one_of_the_languages() {
        assertThat(LANGUAGES).contains("de");
    }

    @Test
    void every_language_has_every_key_and_no_other() throws IOException {
        var english = load("translations");
        for (String language : LANGUAGES) {
            assertThat(keyProblems(english, load("translations_" + language)))
                    .as("keys of " + language)
                    .isEmpty();
        }
    }

    @Test
    void placeholders_are_the_same_in_every_language() throws IOException {
        var english = load("translations");
        for (String language : LANGUAGES) {
            assertThat(placeholderProblems(english, load("translations_" + language)))
                    .as("placeholders of " + language)
                    .isEmpty();
        }
    }

    @Test
    void the_checks_find_a_missing_key_an_extra_key_a_changed_placeholder_and_an_unused_key() {
        var english = bundle("a.one=One {0}", "a.two=Two {0} of {1}", "a.three=Three");
        var other = bundle("a.one=Eins {0}", "a.two=Zwei {0} von {2}", "a.four=Vier");

        assertThat(keyProblems(english, other)).containsExactly("missing: a.three", "not in English: a.four");
        assertThat(placeholderProblems(english, other)).containsExactly("a.two: {0}, {1} in English but {0}, {2}");
        assertThat(unusedKeys(english.stringPropertyNames(), Set.of("a.one", "a.t")))
                .containsExactly("a.three", "a.two");
        assertThat(unusedKeys(english.stringPropertyNames(), Set.of("a.one", "a.")))
                .as("a literal prefix ending in a dot covers keys built at run time")
                .isEmpty();
    }

    /** Keys of the English bundle the other lacks, and keys only the other has. */
    static List<String> keyProblems(Properties english, Properties other) {
        List<String> problems = new ArrayList<>();
        new TreeSet<>(english.stringPropertyNames())
                .stream().filter(k -> other.getProperty(k) == null).forEach(k -> problems.add("missing: " + k));
        new TreeSet<>(other.stringPropertyNames())
                .stream()
                        .filter(k -> english.getProperty(k) == null)
                        .forEach(k -> problems.add("not in English: " + k));
        return problems;
    }

    /** Messages whose placeholders ({0}, {1,number} ...) are not the same numbers as in English. */
    static List<String> placeholderProblems(Properties english, Properties other) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String translated = other.getProperty(key);
            if (translated == null) {
                continue;
            }
            Set<String> want = placeholders(english.getProperty(key));
            Set<String> got = placeholders(translated);
            if (!want.equals(got)) {
                problems.add(key + ": " + braces(want) + " in English but " + braces(got));
            }
        }
        return problems;
    }

    private static String braces(Set<String> numbers) {
        return String.join(", ", numbers.stream().map(n -> "{" + n + "}").toList());
    }

    private static Properties bundle(String... lines) {
        var messages = new Properties();
        for (String line : lines) {
            int eq = line.indexOf('=');
            messages.setProperty(line.substring(0, eq), line.substring(eq + 1));
        }
        return messages;
    }

    @Test
    void every_key_is_used_by_the_code() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher m = STRING_LITERAL.matcher(read(f));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            });
        }
        assertThat(unusedKeys(load("translations").stringPropertyNames(), literals))
                .as("keys no code asks for (a key built at run time needs its prefix as a literal)")
                .isEmpty();
    }

    @Test
    void views_put_no_literal_text_on_the_page() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains(java.io.File.separator + "ui" + java.io.File.separator)
                            || f.toString().contains(java.io.File.separator + "chart" + java.io.File.separator))
                    .forEach(f -> literalTexts(read(f)).forEach(hit -> found.add(f + ":" + hit)));
        }
        assertThat(found)
                .as("text a person reads must come from the translations (getTranslation)")
                .isEmpty();
    }

    @Test
    void the_literal_text_check_finds_text_and_lets_keys_and_code_through() {
        String source = """
                var a = new Span("Hello there");
                button.setText(
                        "Sign in");
                Notification.show("Saved", 3000, Position.MIDDLE);
                link.getElement().setAttribute("aria-label", "Close");
                var b = new Span(getTranslation("menu.dashboard"));
                var c = new Div();
                element.setAttribute("role", "status");
                card.setId("tt-next");
                """;

        assertThat(literalTexts(source)).containsExactly("1: Hello there", "3: Sign in", "4: Saved", "5: Close");
    }

    /** Keys no string literal of the code names, either whole or by a prefix ending in a dot. */
    static Set<String> unusedKeys(Set<String> keys, Set<String> literals) {
        Set<String> unused = new TreeSet<>();
        for (String key : keys) {
            boolean used =
                    literals.contains(key) || literals.stream().anyMatch(l -> l.endsWith(".") && key.startsWith(l));
            if (!used) {
                unused.add(key);
            }
        }
        return unused;
    }

    private static String[] languages() {
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "vaadin-i18n"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("translations_[a-z]{2,3}(_[A-Z]{2})?\\.properties"))
                    .map(n -> n.substring("translations_".length(), n.length() - ".properties".length()))
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each page-text literal in a source file, as "line: text". */
    static List<String> literalTexts(String source) {
        List<String> hits = new ArrayList<>();
        Matcher m = PAGE_TEXT_LITERAL.matcher(source);
        while (m.find()) {
            int line = (int) source.substring(0, m.start(1))
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
            hits.add(line + ": " + m.group(1));
        }
        return hits;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String[] bundles() {
        String[] names = new String[LANGUAGES.length + 1];
        names[0] = "translations";
        for (int i = 0; i < LANGUAGES.length; i++) {
            names[i + 1] = "translations_" + LANGUAGES[i];
        }
        return names;
    }

    private static Properties load(String bundle) throws IOException {
        var messages = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + bundle + ".properties")) {
            assertThat(in).as(bundle).isNotNull();
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return messages;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

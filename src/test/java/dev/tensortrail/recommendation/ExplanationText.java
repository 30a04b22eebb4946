package dev.tensortrail.recommendation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** Renders an {@link Explanation} with the app's English bundle, as Vaadin's provider does. */
final class ExplanationText {

    private static final Properties MESSAGES = load();

    private ExplanationText() {}

    static List<String> lines(Suggestion suggestion) {
        return Explanation.of(suggestion).lines(ExplanationText::translate);
    }

    static String translate(String key, Object... args) {
        String pattern = MESSAGES.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("no translation for key '" + key + "'");
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    private static Properties load() {
        var properties = new Properties();
        try (InputStream in = ExplanationText.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

package dev.tensortrail.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message with parameters survives MessageFormat: a lone apostrophe would swallow them. */
class TranslationsTest {

    @Test
    void messages_with_parameters_keep_their_apostrophes_and_parameters() throws IOException {
        var messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            messages.load(in);
        }
        for (String key : messages.stringPropertyNames()) {
            String pattern = messages.getProperty(key);
            if (!pattern.contains("{0")) {
                continue;
            }
            String formatted = new MessageFormat(pattern).format(new Object[] {7, 8, 9, 10});
            assertThat(formatted).as(key).doesNotContain("{0").contains("7");
            if (pattern.replace("''", "").contains("'")) {
                assertThat(pattern).as(key + " has a lone apostrophe").doesNotContain("'");
            }
        }
    }
}

package dev.tensortrail.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Password rules after OWASP ASVS v4 2.1: at least 12 characters, up to 128, any characters,
 * no composition rules, and not one of a shipped list of common passwords.
 */
@Component
class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "/account/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** @return the message key of the first broken rule, or null when the password is acceptable */
    public @Nullable String problem(@Nullable String password) {
        if (password == null || password.isEmpty()) {
            return "register.error.password-required";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return "register.error.password-short";
        }
        if (length > MAX_LENGTH) {
            return "register.error.password-long";
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return "register.error.password-common";
        }
        return null;
    }

    private static Set<String> load() {
        InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
        if (in == null) {
            throw new IllegalStateException("Missing " + COMMON_PASSWORDS + " on the classpath");
        }
        Set<String> result = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    result.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS, e);
        }
        return Set.copyOf(result);
    }
}

package dev.tensortrail.classroom;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A class's join code: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), so it
 * can be read aloud or copied from a slide. Typed codes are case-insensitive, and spaces and
 * hyphens in them are ignored ("k7qf-m2xp" is "K7QFM2XP"). 31^8 (about 8.5 * 10^11) codes.
 */
public final class JoinCode {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCode() {}

    /** A new random code. */
    static String generate() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The code a person typed, in its stored form, or empty when it cannot be a code (wrong
     * length, a character outside the alphabet).
     */
    public static Optional<String> normalise(String typed) {
        if (typed.length() > 40) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s\\-\\u00a0]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }

    /** The code as people read it: two groups of four, "K7QF-M2XP". */
    public static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }
}

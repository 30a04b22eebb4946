package dev.tensortrail.curriculum.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a file's text plus the renderer version, so a renderer change re-renders every lesson. */
public final class ContentHash {

    private ContentHash() {}

    public static String of(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(MarkdownRenderer.VERSION.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

package dev.tensortrail.base;

/**
 * Which PostgreSQL the app runs on.
 *
 * @param embedded true when the app started its own PostgreSQL (no database configured)
 * @param url      the JDBC URL in use, never with a password
 */
public record DatabaseMode(boolean embedded, String url) {}

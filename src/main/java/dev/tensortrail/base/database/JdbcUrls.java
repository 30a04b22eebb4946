package dev.tensortrail.base.database;

import java.util.regex.Pattern;

/** Makes a JDBC URL safe to log: a password given as a URL parameter is masked. */
final class JdbcUrls {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");

    private JdbcUrls() {}

    static String withoutSecrets(String url) {
        return PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    }
}

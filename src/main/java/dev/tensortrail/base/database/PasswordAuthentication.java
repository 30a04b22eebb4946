package dev.tensortrail.base.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The embedded cluster's pg_hba.conf: every connection, local or loopback, needs the password (SCRAM). */
final class PasswordAuthentication {

    static final String MARKER = "# TensorTrail: password (SCRAM-SHA-256) authentication only";

    static final String HBA = MARKER + "\n"
            + "# Written by TensorTrail on start; the password is in " + DatabasePassword.FILE_NAME + "\n"
            + "# TYPE  DATABASE  USER  ADDRESS       METHOD\n"
            + "local   all       all                 scram-sha-256\n"
            + "host    all       all   127.0.0.1/32  scram-sha-256\n"
            + "host    all       all   ::1/128       scram-sha-256\n";

    private PasswordAuthentication() {}

    static boolean isInPlace(Path hbaFile) throws IOException {
        return Files.exists(hbaFile)
                && Files.readString(hbaFile, StandardCharsets.UTF_8).startsWith(MARKER);
    }

    static void write(Path hbaFile) throws IOException {
        Path temporary = hbaFile.resolveSibling(hbaFile.getFileName() + ".new");
        Files.writeString(temporary, HBA, StandardCharsets.UTF_8);
        Files.move(temporary, hbaFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

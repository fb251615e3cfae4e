package dev.callout.persistence.embedded;

import com.sun.security.auth.module.UnixSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Runs a real PostgreSQL server from zonky's pre-built binaries ({@link PostgresBinaries}), as root (through {@code setpriv} as nobody) or as a
 * normal user. The server listens on 127.0.0.1 only, with trust authentication and no Unix socket; fsync stays on.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String UNPRIVILEGED_ID = "65534";
    static final boolean ROOT = new UnixSystem().getUid() == 0;

    private final Path installation;
    private final Path dataDirectory;
    private final Path logFile;
    private final int port;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::close, "embedded-postgres-shutdown");
    private final List<Runnable> users = new CopyOnWriteArrayList<>();

    private final boolean throwaway;

    private EmbeddedPostgresServer(Path installation, Path dataDirectory, int port, boolean throwaway) {
        this.installation = installation;
        this.dataDirectory = dataDirectory;
        this.logFile = dataDirectory.resolve("log").resolve("postgres.log");
        this.port = port;
        this.throwaway = throwaway;
    }

    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, false);
    }

    /**
     * A server whose data is not kept (tests, benchmarks): when it stops, at {@link #close()} or JVM exit,
     * it stops at once, without a checkpoint, and its data directory is removed.
     */
    public static EmbeddedPostgresServer startThrowaway(Path dataDirectory, int port) {
        return start(dataDirectory, port, true);
    }

    private static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean throwaway) {
        try {
            var server = new EmbeddedPostgresServer(PostgresBinaries.install(), dataDirectory.toAbsolutePath().normalize(),
                    port == 0 ? freeLoopbackPort() : port, throwaway);
            server.startServer();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return "postgres";
    }

    public String password() {
        return "";
    }

    public int port() {
        return port;
    }

    public void createDatabaseIfMissing(String name) {
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
             var query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (var rows = query.executeQuery(); var statement = connection.createStatement()) {
                if (!rows.next()) {
                    statement.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
                    LOG.info("Created database {}", name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /**
     * Makes stopping {@code user} (an application whose pool and background work use this server) part of
     * stopping the server: {@link #close()}, whoever calls it, the JVM's shutdown hook included, first runs
     * {@code stop} and waits for it, so nothing of the user's is still at work when the database goes.
     */
    public void stopsAfter(Runnable stop) {
        users.add(stop);
    }

    /**
     * Stops what {@link #stopsAfter} named, then the server (a throwaway one at once, then its data directory
     * is removed); a second caller, the shutdown hook say, waits until that is done.
     */
    @Override
    public synchronized void close() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // called from the hook itself
        }
        for (Runnable stop : users) {
            try {
                stop.run();
            } catch (RuntimeException e) {
                LOG.warn("Stopping a user of PostgreSQL on port {} failed; stopping the server anyway", port, e);
            }
        }
        pgCtl("stop", "-m", throwaway ? "immediate" : "fast", "-w", "-t", "60");
        LOG.info("PostgreSQL on port {} stopped", port);
        if (throwaway) {
            try {
                deleteRecursively(dataDirectory);
            } catch (IOException e) {
                throw new UncheckedIOException("could not remove " + dataDirectory, e);
            }
        }
    }

    private void startServer() throws IOException {
        Files.createDirectories(dataDirectory);
        if (ROOT) {
            run(List.of("chown", "-R", UNPRIVILEGED_ID + ":" + UNPRIVILEGED_ID, dataDirectory.toString()));
            allowTraversalByOthers(dataDirectory.getParent());
        }
        long begin = System.nanoTime();
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            run(asServerUser(List.of(binary("initdb"), "-A", "trust", "-U", user(), "-E", "UTF-8", "--locale=C",
                    "-D", dataDirectory.toString())));
            LOG.info("Initialised PostgreSQL data directory {}", dataDirectory);
        } else if (Files.exists(dataDirectory.resolve("postmaster.pid")) && pgCtlSucceeds("status")) {
            LOG.warn("A PostgreSQL server left over from an earlier run is using {}; stopping it", dataDirectory);
            pgCtl("stop", "-m", "fast", "-w", "-t", "60");
        }
        Files.createDirectories(logFile.getParent());
        if (ROOT) {
            run(List.of("chown", UNPRIVILEGED_ID + ":" + UNPRIVILEGED_ID, logFile.getParent().toString()));
        }
        pgCtl("start", "-w", "-t", "60", "-l", logFile.toString(),
                "-o", "-p " + port + " -h 127.0.0.1 -c unix_socket_directories=''");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        LOG.info("PostgreSQL started on 127.0.0.1:{} with data directory {} in {} ms", port, dataDirectory,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
    }

    private void pgCtl(String... arguments) {
        run(pgCtlCommand(arguments));
    }

    private boolean pgCtlSucceeds(String... arguments) {
        return execute(pgCtlCommand(arguments)).exitCode() == 0;
    }

    private List<String> pgCtlCommand(String... arguments) {
        var command = new ArrayList<>(List.of(binary("pg_ctl"), "-D", dataDirectory.toString()));
        command.addAll(List.of(arguments));
        return asServerUser(command);
    }

    private String binary(String name) {
        return installation.resolve("bin").resolve(name).toString();
    }

    private static List<String> asServerUser(List<String> command) {
        if (!ROOT) {
            return command;
        }
        var privilegeDrop = new ArrayList<>(List.of("setpriv", "--reuid=" + UNPRIVILEGED_ID,
                "--regid=" + UNPRIVILEGED_ID, "--clear-groups", "--"));
        privilegeDrop.addAll(command);
        return privilegeDrop;
    }

    private void run(List<String> command) {
        var result = execute(command);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("Command failed with exit code " + result.exitCode() + ": "
                    + String.join(" ", command) + "\n" + result.output() + "\nPostgreSQL log tail (" + logFile + "):\n"
                    + logTail());
        }
    }

    private Execution execute(List<String> command) {
        try {
            var process = new ProcessBuilder(command).directory(installation.toFile()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exitCode = process.waitFor();
            LOG.debug("{} exited with {}: {}", command, exitCode, output);
            return new Execution(exitCode, output);
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
        }
    }

    private String logTail() {
        try (Stream<String> lines = Files.lines(logFile)) {
            var all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log)";
        }
    }

    /** The unprivileged server user must be able to reach the data directory through its ancestors. */
    static void allowTraversalByOthers(Path directory) throws IOException {
        for (var current = directory; current != null; current = current.getParent()) {
            var permissions = Files.getPosixFilePermissions(current);
            if (permissions.add(PosixFilePermission.OTHERS_EXECUTE)) {
                LOG.warn("Granting search permission to others on {} so PostgreSQL can run as nobody", current);
                Files.setPosixFilePermissions(current, permissions);
            }
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (var each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }

    private record Execution(int exitCode, String output) {
    }
}

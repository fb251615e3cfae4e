package dev.callout.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Node.js program of the tests, in its own folder under {@code src/test/node/<name>} with a
 * committed package.json and package-lock.json: real clients of the product APIs (socket.io-client,
 * a product's own TypeScript client). Its packages are installed once with {@code npm ci} into
 * {@code target/node/<name>}, so the source tree stays clean and the versions are the locked ones.
 */
final class NodeProgram {

    private static final Path SOURCES = Path.of("src/test/node");
    private static final Path INSTALLED = Path.of("target/node");
    private static final Duration INSTALL = Duration.ofMinutes(5);

    /** What the program printed and how it ended. */
    record Outcome(int exitCode, String output) {
    }

    private final Path folder;

    private NodeProgram(Path folder) {
        this.folder = folder;
    }

    /** The program folder {@code name}, copied to target and its packages installed (once per build). */
    static synchronized NodeProgram named(String name) {
        Path source = SOURCES.resolve(name);
        Path target = INSTALLED.resolve(name);
        try {
            copy(source, target);
            Path installed = target.resolve(".installed");
            if (!Files.exists(installed)) {
                Outcome install = run(target, List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"), Map.of(), INSTALL);
                if (install.exitCode() != 0) {
                    throw new IllegalStateException("npm ci failed in " + target + ":\n" + install.output());
                }
                Files.createFile(installed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NodeProgram(target);
    }

    /** Runs {@code node script args...} in the program's folder with these environment variables. */
    Outcome run(String script, List<String> args, Map<String, String> environment, Duration timeout) {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(args);
        try {
            return run(folder, command, environment, timeout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Outcome run(Path directory, List<String> command, Map<String, String> environment, Duration timeout)
            throws IOException {
        Path output = Files.createTempFile("node-program", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                return new Outcome(-1, "timed out after " + timeout + ":\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Outcome(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** Copies the program's own files (not node_modules) so edits reach the next run. */
    private static void copy(Path source, Path target) throws IOException {
        try (var files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}

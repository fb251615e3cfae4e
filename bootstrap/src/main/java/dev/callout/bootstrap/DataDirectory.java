package dev.callout.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the server keeps its state: -Dcallout.data-dir, CALLOUT_DATA_DIR, or ./data. */
final class DataDirectory {

    private DataDirectory() {
    }

    static Path resolve() {
        String configured = System.getProperty("callout.data-dir", System.getenv("CALLOUT_DATA_DIR"));
        Path directory = Path.of(configured == null || configured.isBlank() ? "data" : configured).toAbsolutePath();
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + directory, e);
        }
    }
}

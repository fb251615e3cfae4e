package dev.callout.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.nio.file.Path;

/** {@code callout.data-dir}, which the launcher sets from {@link DataDirectory}; a context started without it resolves it the same way. */
@ConfigurationProperties("callout")
public class DataDirectorySettings {

    private String dataDir;

    public String getDataDir() {
        return dataDir;
    }

    public void setDataDir(String dataDir) {
        this.dataDir = dataDir;
    }

    Path directory() {
        return dataDir == null || dataDir.isBlank() ? DataDirectory.resolve() : Path.of(dataDir);
    }
}

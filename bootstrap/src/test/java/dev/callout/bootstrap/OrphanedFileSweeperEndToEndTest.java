package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scheduled sweep on a node of its own (sweeping every 200 ms), against its PostgreSQL and the
 * real file store under its data directory: old bytes that no record names go, the rest stay.
 */
class OrphanedFileSweeperEndToEndTest {

    private static RunningCallout node;

    @BeforeAll
    static void start() {
        node = RunningCallout.start(Map.of("callout.trust.files-sweep-interval", "200ms", "callout.trust.files-orphan-grace", "1h"));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static Path stored(String id) {
        return node.data.resolve("files").resolve(id.substring(id.length() - 2).toLowerCase(Locale.ROOT)).resolve(id);
    }

    private static Path plant(String id, Duration age) throws IOException {
        Path path = stored(id);
        Files.createDirectories(path.getParent());
        Files.write(path, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(path, FileTime.from(Instant.now().minus(age)));
        return path;
    }

    @Test
    void oldBytesWithoutARecordAreRemovedWhileRecordedAndYoungOnesStay() throws IOException {
        Account owner = node.customer();
        TrustWorld world = new TrustWorld(node);
        String uploaded = world.uploadImage(owner.token(), "profile", null, TrustWorld.png()).get("id");
        Files.setLastModifiedTime(stored(uploaded), FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path orphan = plant("fil_01ORPHAN0000000000000000AB", Duration.ofHours(2));
        Path young = plant("fil_01YOUNG00000000000000000AB", Duration.ofMinutes(5));
        Path unfinished = orphan.resolveSibling(".upload-42.tmp");
        Files.write(unfinished, new byte[] {9});
        Files.setLastModifiedTime(unfinished, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        TrustWorld.eventually(() -> Files.exists(orphan) || Files.exists(unfinished), exists -> !exists);

        assertThat(young).exists();
        assertThat(stored(uploaded)).exists();
        assertThat(world.bytes("/api/v1/files/" + uploaded, owner.token()).statusCode()).isEqualTo(200);
    }
}

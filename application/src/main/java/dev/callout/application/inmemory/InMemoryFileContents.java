package dev.callout.application.inmemory;

import dev.callout.application.port.FileContents;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Bytes in a map with the time each was written (by {@code clock}); a write here always finishes. */
public final class InMemoryFileContents implements FileContents {

    private record Written(byte[] bytes, Instant at) {
    }

    private final Map<String, Written> contents = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryFileContents() {
        this(Clock.systemUTC());
    }

    public InMemoryFileContents(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void write(String fileId, byte[] bytes) {
        contents.put(fileId, new Written(bytes.clone(), clock.instant()));
    }

    @Override
    public Optional<byte[]> read(String fileId) {
        return Optional.ofNullable(contents.get(fileId)).map(written -> written.bytes().clone());
    }

    @Override
    public void delete(String fileId) {
        contents.remove(fileId);
    }

    @Override
    public Stream<String> writtenBefore(Instant cutoff) {
        List<String> ids = contents.entrySet().stream().filter(entry -> entry.getValue().at().isBefore(cutoff))
                .map(Map.Entry::getKey).toList();
        return ids.stream();
    }

    @Override
    public int discardUnfinishedBefore(Instant cutoff) {
        return 0;
    }
}

package dev.callout.application.port;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/** Where the bytes of uploaded files are kept, by file id. Writes are all or nothing. */
public interface FileContents {

    void write(String fileId, byte[] bytes);

    Optional<byte[]> read(String fileId);

    void delete(String fileId);

    /** The ids of the contents last written before {@code cutoff}; close the stream when done. */
    Stream<String> writtenBefore(Instant cutoff);

    /** Removes what writes that never finished (a crash mid-write) left before {@code cutoff}; how many. */
    int discardUnfinishedBefore(Instant cutoff);
}

package dev.callout.application.file;

import dev.callout.application.port.FileContents;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/** A file store that refuses to delete ids starting with {@code refused}, as a failing disk would; the rest goes to {@code store}. */
public final class DeleteRefusingContents implements FileContents {

    private final FileContents store;
    private final String refused;

    public DeleteRefusingContents(FileContents store, String refused) {
        this.store = store;
        this.refused = refused;
    }

    @Override
    public void write(String fileId, byte[] bytes) {
        store.write(fileId, bytes);
    }

    @Override
    public Optional<byte[]> read(String fileId) {
        return store.read(fileId);
    }

    @Override
    public void delete(String fileId) {
        if (fileId.startsWith(refused)) {
            throw new IllegalStateException("the disk refused to delete " + fileId);
        }
        store.delete(fileId);
    }

    @Override
    public Stream<String> writtenBefore(Instant cutoff) {
        return store.writtenBefore(cutoff);
    }

    @Override
    public int discardUnfinishedBefore(Instant cutoff) {
        return store.discardUnfinishedBefore(cutoff);
    }
}

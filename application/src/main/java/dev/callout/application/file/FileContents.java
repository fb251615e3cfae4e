package dev.callout.application.file;

import java.util.Optional;

/** Where the bytes of uploaded files are kept, by file id. Writes are all or nothing. */
public interface FileContents {

    void write(String fileId, byte[] bytes);

    Optional<byte[]> read(String fileId);

    void delete(String fileId);
}

package dev.callout.application.inmemory;

import dev.callout.application.file.FileContents;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryFileContents implements FileContents {

    private final Map<String, byte[]> contents = new ConcurrentHashMap<>();

    @Override
    public void write(String fileId, byte[] bytes) {
        contents.put(fileId, bytes.clone());
    }

    @Override
    public Optional<byte[]> read(String fileId) {
        return Optional.ofNullable(contents.get(fileId)).map(byte[]::clone);
    }

    @Override
    public void delete(String fileId) {
        contents.remove(fileId);
    }
}

package dev.callout.persistence;

import dev.callout.application.file.FileContents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Uploaded bytes as files under a directory (the data directory's {@code files/}), one per file
 * id, spread over sub-directories by the id's last two characters. A write goes to a temporary
 * file that is synced and then moved into place, so a crash never leaves half a file under a
 * real name.
 */
public final class FilesystemFileContents implements FileContents {

    private static final Pattern SAFE_ID = Pattern.compile("[a-z]{3}_[0-9A-Za-z]{4,64}");

    private final Path root;

    public FilesystemFileContents(Path root) {
        try {
            this.root = Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the file store " + root, e);
        }
    }

    @Override
    public void write(String fileId, byte[] bytes) {
        Path target = path(fileId);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store file " + fileId, e);
        }
    }

    @Override
    public Optional<byte[]> read(String fileId) {
        try {
            return Optional.of(Files.readAllBytes(path(fileId)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read file " + fileId, e);
        }
    }

    @Override
    public void delete(String fileId) {
        try {
            Files.deleteIfExists(path(fileId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete file " + fileId, e);
        }
    }

    /** Ids are generated, never client paths; anything else is refused so no path can escape the root. */
    private Path path(String fileId) {
        if (!SAFE_ID.matcher(fileId).matches()) {
            throw new IllegalArgumentException("not a file id: " + fileId);
        }
        return root.resolve(fileId.substring(fileId.length() - 2).toLowerCase()).resolve(fileId);
    }
}

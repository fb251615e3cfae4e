package dev.callout.persistence;

import dev.callout.application.port.FileContents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Uploaded bytes as files under a directory (the data directory's {@code files/}), one per file
 * id, spread over sub-directories by the id's last two characters. A write goes to a temporary
 * file that is synced and then moved into place, so a crash never leaves half a file under a
 * real name, only a temporary file that {@link #discardUnfinishedBefore} removes later.
 */
public final class FilesystemFileContents implements FileContents {

    private static final System.Logger LOG = System.getLogger("callout.files");
    private static final Pattern SAFE_ID = Pattern.compile("[a-z]{3}_[0-9A-Za-z]{4,64}");
    private static final String TEMPORARY_PREFIX = ".upload-";
    private static final String TEMPORARY_SUFFIX = ".tmp";

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
            Path temporary = Files.createTempFile(target.getParent(), TEMPORARY_PREFIX, TEMPORARY_SUFFIX);
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

    /** By the files' modification times (a write moves a finished file into place, keeping its time). */
    @Override
    public Stream<String> writtenBefore(Instant cutoff) {
        return stored().filter(path -> SAFE_ID.matcher(path.getFileName().toString()).matches())
                .filter(path -> modifiedBefore(path, cutoff)).map(path -> path.getFileName().toString());
    }

    @Override
    public int discardUnfinishedBefore(Instant cutoff) {
        try (Stream<Path> unfinished = stored().filter(path -> {
            String name = path.getFileName().toString();
            return name.startsWith(TEMPORARY_PREFIX) && name.endsWith(TEMPORARY_SUFFIX) && modifiedBefore(path, cutoff);
        })) {
            int discarded = 0;
            for (Path path : (Iterable<Path>) unfinished::iterator) {
                try {
                    discarded += Files.deleteIfExists(path) ? 1 : 0;
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "could not remove the unfinished upload " + path, e);
                }
            }
            return discarded;
        }
    }

    /** The regular files of the store's sub-directories; a file that vanishes meanwhile is just not there. */
    private Stream<Path> stored() {
        try {
            return Files.walk(root, 2).filter(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the file store " + root, e);
        }
    }

    private static boolean modifiedBefore(Path path, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(path).toInstant().isBefore(cutoff);
        } catch (IOException gone) {
            return false;
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

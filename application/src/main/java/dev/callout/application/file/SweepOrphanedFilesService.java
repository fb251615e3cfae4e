package dev.callout.application.file;

import dev.callout.application.port.FileContents;
import dev.callout.application.port.StoredFiles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Looks the stored ids up in batches; a failure on one id or one batch is logged and the sweep goes on. */
public final class SweepOrphanedFilesService implements SweepOrphanedFilesUseCase {

    static final int BATCH = 100;
    private static final System.Logger LOG = System.getLogger("callout.files");

    private final StoredFiles files;
    private final FileContents contents;
    private final Clock clock;

    public SweepOrphanedFilesService(StoredFiles files, FileContents contents, Clock clock) {
        this.files = files;
        this.contents = contents;
        this.clock = clock;
    }

    @Override
    public Sweep sweep(Duration grace) {
        Instant cutoff = clock.instant().minus(grace);
        int failed = 0;
        int unfinished = 0;
        try {
            unfinished = contents.discardUnfinishedBefore(cutoff);
        } catch (RuntimeException e) {
            failed++;
            LOG.log(System.Logger.Level.WARNING, "removing unfinished uploads failed; trying again next sweep", e);
        }
        int removed = 0;
        try (Stream<String> stored = contents.writtenBefore(cutoff)) {
            Iterator<String> ids = stored.iterator();
            while (ids.hasNext()) {
                List<String> batch = new ArrayList<>(BATCH);
                while (ids.hasNext() && batch.size() < BATCH) {
                    batch.add(ids.next());
                }
                Set<String> recorded;
                try {
                    recorded = files.existing(batch);
                } catch (RuntimeException e) {
                    failed += batch.size();
                    LOG.log(System.Logger.Level.WARNING, "looking up " + batch.size() + " stored files failed; trying again next sweep", e);
                    continue;
                }
                for (String id : batch) {
                    if (recorded.contains(id)) {
                        continue;
                    }
                    try {
                        contents.delete(id);
                        removed++;
                    } catch (RuntimeException e) {
                        failed++;
                        LOG.log(System.Logger.Level.WARNING, "removing the orphaned bytes of " + id + " failed; trying again next sweep", e);
                    }
                }
            }
        }
        return new Sweep(removed, unfinished, failed);
    }
}

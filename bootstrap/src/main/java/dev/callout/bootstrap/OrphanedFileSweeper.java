package dev.callout.bootstrap;

import dev.callout.application.file.SweepOrphanedFilesUseCase;
import dev.callout.application.file.SweepOrphanedFilesUseCase.Sweep;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every hour (callout.trust.files-sweep-interval), removes uploaded bytes under the file store that
 * no file record names and that are older than callout.trust.files-orphan-grace, and writes that
 * never finished. Items that fail are logged and tried again next time; the others go on. Safe on
 * any number of nodes; off with callout.dispatch.workers=false.
 */
@Singleton
@Requires(property = "callout.dispatch.workers", notEquals = "false")
class OrphanedFileSweeper extends BackgroundWork {

    private static final Logger LOG = LoggerFactory.getLogger("callout.files");

    private final PeriodicTask task;

    OrphanedFileSweeper(SweepOrphanedFilesUseCase sweep, TrustSettings settings) {
        this.task = new PeriodicTask("files", settings.getFilesSweepInterval(), settings.getFilesSweepInterval(), () -> {
            Sweep done = sweep.sweep(settings.getFilesOrphanGrace());
            if (done.removed() + done.unfinished() > 0) {
                LOG.info("Removed {} orphaned file(s) and {} unfinished upload(s)", done.removed(), done.unfinished());
            }
        });
    }

    @Override
    List<PeriodicTask> tasks() {
        return List.of(task);
    }
}

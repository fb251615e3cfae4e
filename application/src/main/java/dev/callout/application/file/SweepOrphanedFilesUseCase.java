package dev.callout.application.file;

import java.time.Duration;

/**
 * Removes uploaded bytes that no file record names: left by a crash between writing the bytes and
 * the record, by a deletion that removed the record but not the bytes, or by records that went
 * with their job or owner. Only bytes older than {@code grace} are touched, so an upload whose
 * record is being written is left alone. Run periodically; safe on any number of nodes.
 */
public interface SweepOrphanedFilesUseCase {

    Sweep sweep(Duration grace);

    /** Bytes removed, unfinished writes removed, and items that failed (logged; tried again next time). */
    record Sweep(int removed, int unfinished, int failed) {
    }
}

package dev.callout.application.file;

import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.ImageFormat;
import java.util.EnumSet;
import java.util.Set;

/**
 * Upload limits from the seeds: profile pictures up to 10 MB (Chayenity), job photos up to 5 MB
 * and at most 5 per job (BlueWork), dispute evidence up to 10 MB; and of our own, images of at
 * most 50 million pixels (all frames together), so a small file cannot claim an enormous image.
 * {@code jobPhotoFormats}: the formats a job photo may be in, by default every accepted one (BlueWork takes JPEG and PNG).
 */
public record FileLimits(long profileMaxBytes, long jobMaxBytes, long disputeMaxBytes, int maxJobPhotos, long maxImagePixels,
                         Set<ImageFormat> jobPhotoFormats) {

    public static final long MB = 1024 * 1024;
    public static final FileLimits DEFAULT = new FileLimits(10 * MB, 5 * MB, 10 * MB, 5, 50_000_000,
            EnumSet.allOf(ImageFormat.class));

    public FileLimits {
        if (profileMaxBytes < 1 || jobMaxBytes < 1 || disputeMaxBytes < 1 || maxJobPhotos < 1 || maxImagePixels < 1) {
            throw new IllegalArgumentException("file limits are positive");
        }
        if (jobPhotoFormats.isEmpty()) {
            throw new IllegalArgumentException("job photos need at least one image format");
        }
        jobPhotoFormats = Set.copyOf(jobPhotoFormats);
    }

    /** Whether an image of this format may be stored for this purpose. */
    public boolean accepts(FilePurpose purpose, ImageFormat format) {
        return purpose != FilePurpose.JOB || jobPhotoFormats.contains(format);
    }

    public long maxBytes(FilePurpose purpose) {
        return switch (purpose) {
            case PROFILE -> profileMaxBytes;
            case JOB -> jobMaxBytes;
            case DISPUTE -> disputeMaxBytes;
        };
    }

    /** The largest upload of any purpose. */
    public long largest() {
        return Math.max(profileMaxBytes, Math.max(jobMaxBytes, disputeMaxBytes));
    }
}

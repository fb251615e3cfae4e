package dev.callout.application.file;

/** Why an upload was refused. */
public enum FileRefusal {
    /** Not a JPEG, PNG, GIF or WebP image, whatever its name says. */
    UNSUPPORTED_FILE_TYPE,
    /** Starts like an image but does not decode whole: truncated or corrupt. */
    DAMAGED_IMAGE,
    /** Declares more pixels or frames than allowed, whatever its size in bytes. */
    IMAGE_TOO_LARGE,
    /** Over the purpose's size limit. */
    FILE_TOO_LARGE,
    /** The job would have more photos than allowed, or no photo was sent. */
    TOO_MANY_PHOTOS,
    /** A dispute file without a job id, or a profile file with one. */
    JOB_REQUIRED,
    /** No such job, or the uploader is not a party to it (for job photos: not its customer). */
    JOB_NOT_FOUND
}

package dev.callout.application.file;

import java.util.Locale;
import java.util.Optional;

/** What an upload is for, which decides its size limit and who may see it. */
public enum FilePurpose {
    /** A profile picture: any signed-in user may see it. */
    PROFILE,
    /** A photo of a job: its parties and admins. */
    JOB,
    /** Evidence for a dispute about a job: its parties and admins. */
    DISPUTE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FilePurpose> fromWireName(String name) {
        for (FilePurpose purpose : values()) {
            if (purpose.wireName().equals(name)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }

    public boolean belongsToJob() {
        return this != PROFILE;
    }
}

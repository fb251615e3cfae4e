package dev.callout.domain.file;

import java.util.Locale;
import java.util.Optional;

/** What an upload is for, which decides its size limit and who may see it. */
public enum FilePurpose {
    /** A profile picture: any signed-in user may see it. */
    PROFILE,
    /**
     * A photo of a job: whoever may read the job (its parties, admins, providers who may take it
     * while it is open); uploaded before the job is posted, its owner alone.
     */
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

    /** Profile files name no job and dispute evidence always one; a job image names its job once posted. */
    public boolean admitsJob(boolean namesJob) {
        return switch (this) {
            case PROFILE -> !namesJob;
            case JOB -> true;
            case DISPUTE -> namesJob;
        };
    }
}

package dev.callout.application.port;

import dev.callout.domain.job.JobId;
import dev.callout.domain.job.TimelineEntry;
import java.util.List;

/**
 * Each job's transitions, written in the transaction of the transition itself. Entries are only
 * ever added; a job's go with it when it is deleted.
 */
public interface JobTimeline {

    void record(List<TimelineEntry> entries);

    /** The job's entries in the order they were recorded. */
    List<TimelineEntry> of(JobId jobId);
}

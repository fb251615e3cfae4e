package dev.callout.application.inmemory;

import dev.callout.application.port.JobTimeline;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.TimelineEntry;
import java.util.ArrayList;
import java.util.List;

/** Timeline entries in one list, in the order they were recorded. */
public final class InMemoryJobTimeline implements JobTimeline {

    private final List<TimelineEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(List<TimelineEntry> recorded) {
        entries.addAll(recorded);
    }

    synchronized void removeJob(JobId jobId) {
        entries.removeIf(entry -> entry.jobId().equals(jobId));
    }

    @Override
    public synchronized List<TimelineEntry> of(JobId jobId) {
        return entries.stream().filter(entry -> entry.jobId().equals(jobId)).toList();
    }
}

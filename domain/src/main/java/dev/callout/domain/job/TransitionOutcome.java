package dev.callout.domain.job;

import java.util.List;
import java.util.Objects;

/** The result of asking a job to change: the new job and the events it caused, or why not. */
public sealed interface TransitionOutcome {

    record Transitioned(Job job, List<JobEvent> events) implements TransitionOutcome {
        public Transitioned {
            Objects.requireNonNull(job);
            events = List.copyOf(events);
        }
    }

    record Rejected(Rejection reason) implements TransitionOutcome {
        public Rejected {
            Objects.requireNonNull(reason);
        }
    }
}

package dev.callout.application.port;

/** Counts background work as it is parked, for operators' dashboards and alerts. */
public interface DeadLetterMetrics {

    void parked(DeadLetter deadLetter);
}

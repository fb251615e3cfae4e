package dev.callout.application.port;

import dev.callout.domain.catalog.Order;
import dev.callout.domain.job.JobId;
import java.util.Optional;

/** What each ordered job was ordered as, written with the job; it goes with the job when the job is deleted. */
public interface Orders {

    void add(Order order);

    Optional<Order> ofJob(JobId jobId);
}

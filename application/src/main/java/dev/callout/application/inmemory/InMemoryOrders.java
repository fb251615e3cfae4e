package dev.callout.application.inmemory;

import dev.callout.application.port.Orders;
import dev.callout.domain.catalog.Order;
import dev.callout.domain.job.JobId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Orders by job. */
public final class InMemoryOrders implements Orders {

    private final Map<JobId, Order> byJob = new ConcurrentHashMap<>();

    @Override
    public void add(Order order) {
        if (byJob.putIfAbsent(order.jobId(), order) != null) {
            throw new IllegalStateException("job " + order.jobId().value() + " already has an order");
        }
    }

    void removeJob(JobId jobId) {
        byJob.remove(jobId);
    }

    @Override
    public Optional<Order> ofJob(JobId jobId) {
        return Optional.ofNullable(byJob.get(jobId));
    }
}

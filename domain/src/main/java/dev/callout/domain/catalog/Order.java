package dev.callout.domain.catalog;

import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import java.util.Objects;

/**
 * What a job was ordered as: the service and package as they were when it was posted (names,
 * price, duration), and the details the customer gave. Later edits, archiving and deletions in the
 * catalog never change it.
 */
public record Order(JobId jobId, String serviceId, String serviceName, String packageId, String packageName,
                    Money price, int durationMinutes, OrderDetails details) {

    public Order {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(details, "details");
    }

    public static Order of(JobId jobId, Service service, ServicePackage ordered, OrderDetails details) {
        return new Order(jobId, service.id(), service.name(), ordered.id(), ordered.name(), ordered.price(),
                ordered.durationMinutes(), details);
    }
}

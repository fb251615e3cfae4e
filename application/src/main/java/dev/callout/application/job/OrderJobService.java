package dev.callout.application.job;

import dev.callout.application.file.FileLimits;
import dev.callout.application.idempotency.OnCommit;
import dev.callout.application.port.Catalog;
import dev.callout.application.port.Categories;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Orders;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Transactions;
import dev.callout.domain.catalog.Order;
import dev.callout.domain.catalog.OrderDetails;
import dev.callout.domain.catalog.Service;
import dev.callout.domain.catalog.ServicePackage;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.job.Place;
import dev.callout.domain.job.Posters;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Orders are posted from what the catalog says when they are placed; the job keeps its own copy of
 * the package (its {@link Order}), so later catalog changes never reach it. A deployment whose
 * services need no visit may give a default place: an order that names no location is served there.
 */
public final class OrderJobService implements OrderJobUseCase {

    private final Catalog catalog;
    private final Orders orders;
    private final JobPricing pricing;
    private final JobPosting posting;
    private final Place defaultPlace;

    /** {@code defaultPlace} null: every order names its location. */
    public OrderJobService(Catalog catalog, Orders orders, Categories categories, Jobs jobs, StoredFiles files,
                           FileLimits limits, Outbox outbox, JobTimeline timeline, Transactions transactions, Clock clock,
                           IdGenerator ids, Place defaultPlace) {
        this.catalog = catalog;
        this.orders = orders;
        this.pricing = new JobPricing(categories);
        this.posting = new JobPosting(jobs, files, limits, outbox, timeline, transactions, clock, ids);
        this.defaultPlace = defaultPlace;
    }

    @Override
    public JobResult order(OrderCommand command, OnCommit<JobResult> onCommit) {
        OrderRequest request = command.request().orAt(defaultPlace);
        Optional<ServicePackage> ordered = catalog.servicePackage(request.packageId());
        Optional<Service> service = ordered.flatMap(found -> catalog.service(found.serviceId()));
        if (service.isEmpty()) {
            return new JobResult.Invalid(Map.of("package_id", "no such package"));
        }
        if (!service.get().isActive()) {
            return new JobResult.Invalid(Map.of("package_id", "its service is archived"));
        }
        Map<String, String> problems = service.get().problemsWith(request.details());
        if (!problems.isEmpty()) {
            return new JobResult.Invalid(problems);
        }
        JobRequest job = request.inCategory(service.get().category());
        OrderDetails details = new OrderDetails(request.details());
        return switch (pricing.price(job, ordered.get().price())) {
            case JobPricing.Priced.Invalid invalid -> new JobResult.Invalid(invalid.fields());
            case JobPricing.Priced.Ok ok -> posting.post(command.customer(), job.details(ok.category().code()), ok.quote(),
                    Posters.CUSTOMERS, onCommit,
                    posted -> orders.add(Order.of(posted.id(), service.get(), ordered.get(), details)));
        };
    }
}

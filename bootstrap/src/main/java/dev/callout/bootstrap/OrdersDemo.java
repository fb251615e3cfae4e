package dev.callout.bootstrap;

import dev.callout.application.idempotency.OnCommit;
import dev.callout.application.job.JobResult;
import dev.callout.application.job.OrderJobUseCase;
import dev.callout.application.job.OrderJobUseCase.OrderCommand;
import dev.callout.application.job.OrderRequest;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.User;
import java.util.List;
import java.util.Map;

/**
 * The demo of {@code --profile orders}: beside the demo catalog, one order of Maria's as seed 004's
 * clients place them (a package and its details, no place: served at the profile's default place),
 * waiting for a provider.
 */
final class OrdersDemo {

    static JobResult order(OrderJobUseCase orders, User customer, String packageId) {
        return orders.order(new OrderCommand(customer.asActor(), new OrderRequest(packageId,
                Map.of("rooms", 1, "size", "condo", "pets", true), "Studio flat, cat at home.", null, null,
                Urgency.IMMEDIATE, null, false, null, null, List.of())), OnCommit.nothing());
    }

    private OrdersDemo() {
    }
}

package dev.callout.rest.profile.orders;

import dev.callout.application.PageRequest;
import dev.callout.application.catalog.CatalogUseCase.ServiceWithPackages;
import dev.callout.application.catalog.CatalogUseCase;
import dev.callout.domain.catalog.Service;
import dev.callout.domain.id.Prefixed;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.profile.orders.OrdersBodies.PackageBody;
import dev.callout.rest.profile.orders.OrdersBodies.ServiceAnswer;
import dev.callout.rest.profile.orders.OrdersBodies.ServiceBody;
import dev.callout.rest.profile.orders.OrdersBodies.ServicesAnswer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Optional;

/** Seed 004's services: the catalog's active services, and one with its packages (cheapest first). */
@Controller("/api/services")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "callout.profile", value = "orders")
public class OrdersCatalogController {

    private final CatalogUseCase catalog;

    public OrdersCatalogController(CatalogUseCase catalog) {
        this.catalog = catalog;
    }

    @Get("{?category}")
    public ServicesAnswer list(@Nullable @QueryValue String category) {
        return new ServicesAnswer(catalog.list(category, new PageRequest(1, PageRequest.MAX_LIMIT)).items().stream()
                .map(ServiceBody::of).toList());
    }

    @Get("/{id}")
    public ServiceAnswer get(@PathVariable String id) {
        ServiceWithPackages found = service(id).orElseThrow(() -> ApiError.notFound("SERVICE_NOT_FOUND", "service not found"));
        return new ServiceAnswer(ServiceBody.of(found.service()), found.packages().stream().map(PackageBody::of).toList());
    }

    /** A malformed id names no service. */
    Optional<ServiceWithPackages> service(String id) {
        return Prefixed.matches(id, Service.PREFIX) ? catalog.get(id) : Optional.empty();
    }
}

package dev.callout.bootstrap;

import dev.callout.application.port.Users;
import dev.callout.application.presence.SetAvailabilityUseCase;
import dev.callout.application.presence.SetAvailabilityUseCase.SetAvailabilityCommand;
import dev.callout.application.presence.UpdateLocationUseCase;
import dev.callout.application.presence.UpdateLocationUseCase.UpdateLocationCommand;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.geo.GeoPoint;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With --demo, after {@link DemoData}: the demo providers go online at places around Metro
 * Manila (with --profile art, {@link ArtDemo}'s around London) on every start, so a job posted near Makati is offered at once. A position counts for
 * {@code callout.dispatch.max-position-age} (5 minutes); after that a provider sends a new one.
 */
@Singleton
@Requires(property = "callout.demo", value = "true")
@Requires(property = DeploymentProfile.PROPERTY, notEquals = "depannini") // DepanniniDemo puts its own online
class DemoPresence implements ApplicationEventListener<StartupEvent>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger("callout.demo");

    private static final Map<String, GeoPoint> PLACES = Map.of(
            "pedro@demo.callout.dev", new GeoPoint(14.5560, 121.0230),   // Makati, near Ayala
            "ana@demo.callout.dev", new GeoPoint(14.5850, 121.0560),     // Mandaluyong, EDSA
            "lito@demo.callout.dev", new GeoPoint(14.6050, 121.0300));   // San Juan

    private final Users users;
    private final SetAvailabilityUseCase availability;
    private final UpdateLocationUseCase location;
    private final Map<String, GeoPoint> places;

    DemoPresence(DeploymentProfile profile, Users users, SetAvailabilityUseCase availability, UpdateLocationUseCase location) {
        this.places = profile == DeploymentProfile.ART ? ArtDemo.PLACES : PLACES;
        this.users = users;
        this.availability = availability;
        this.location = location;
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        places.forEach((email, place) -> users.byEmail(email).ifPresentOrElse(provider -> {
            availability.set(new SetAvailabilityCommand(provider.asActor(), Availability.ONLINE));
            location.update(new UpdateLocationCommand(provider.asActor(), place));
        }, () -> LOG.warn("demo provider {} is missing", email)));
        LOG.info("Demo providers are online around {} (positions count for 5 minutes; send new ones to stay matchable)",
                places == PLACES ? "Metro Manila" : "London");
    }
}

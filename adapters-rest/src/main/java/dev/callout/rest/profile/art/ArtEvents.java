package dev.callout.rest.profile.art;

import dev.callout.application.event.Fields;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.application.presence.UpdateLocationService;
import dev.callout.domain.dispatch.DispatchEvent;
import dev.callout.domain.job.JobEvent;
import dev.callout.rest.provider.ProviderController;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical live events in ART's words, as {@link ArtSockets} emits them: {@code job.offered} is
 * {@code request:created} to the operator offered the request, {@code job.accepted} is
 * {@code request:assigned} to the customer with the operator's public profile, the operator's position is
 * {@code location:updated} to both parties of the job, and {@code eta.updated} is {@code eta:updated} to the
 * customer. ART's document names no other event.
 */
@Singleton
@Requires(property = "callout.profile", value = "art")
class ArtEvents {

    private static final System.Logger LOG = System.getLogger("callout.art.socket");

    /** One Socket.IO event for one user's clients. */
    record Emit(String userId, String event, Object data) {
    }

    private final ProviderController providers;

    ArtEvents(ProviderController providers) {
        this.providers = providers;
    }

    /** What the live event becomes, to whom: nothing for an event ART does not name. */
    List<Emit> of(LiveEvent event) {
        Map<String, Object> fields = event.fields();
        return switch (event.type()) {
            case DispatchEvent.OFFERED -> List.of(new Emit(Fields.string(fields, "provider_id"), "request:created", fields));
            case JobEvent.ACCEPTED -> List.of(new Emit(Fields.string(fields, "customer_id"), "request:assigned", assigned(fields)));
            case UpdateLocationService.LOCATION -> List.of(new Emit(Fields.string(fields, "customer_id"), "location:updated", fields),
                    new Emit(Fields.string(fields, "provider_id"), "location:updated", fields));
            case UpdateLocationService.ETA -> List.of(new Emit(Fields.string(fields, "customer_id"), "eta:updated", fields));
            default -> List.of();
        };
    }

    /** The acceptance with the operator's public profile, as {@code GET /providers/{id}} shows it. */
    private Map<String, Object> assigned(Map<String, Object> fields) {
        Map<String, Object> data = new LinkedHashMap<>(fields);
        try {
            data.put("operator", providers.profile(Fields.string(fields, "provider_id")));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "request:assigned goes without the operator's profile", e);
            data.put("operator", null);
        }
        return data;
    }
}

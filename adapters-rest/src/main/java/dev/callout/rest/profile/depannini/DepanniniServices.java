package dev.callout.rest.profile.depannini;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import java.util.Set;

/**
 * Depannini's two services as the catalogue's category codes, set by the profile's settings
 * ({@code callout.depannini.services.with-dropoff}, {@code .without-dropoff}): the service an assistant
 * registers for ({@code service_type}) and the one a request needs, by whether it has a dropoff. Read
 * as the application starts, so a deployment without them does not start.
 */
@Context
@Requires(property = "callout.profile", value = "depannini")
class DepanniniServices {

    private final String withDropoff;
    private final String withoutDropoff;

    DepanniniServices(DepanniniSettings settings) {
        this.withDropoff = required(settings.getWithDropoff(), "with-dropoff");
        this.withoutDropoff = required(settings.getWithoutDropoff(), "without-dropoff");
    }

    private static String required(String code, String name) {
        if (code == null || code.isBlank()) {
            throw new IllegalStateException("the depannini profile needs callout.depannini.services." + name);
        }
        return code;
    }

    String forRequest(boolean hasDropoff) {
        return hasDropoff ? withDropoff : withoutDropoff;
    }

    Set<String> codes() {
        return Set.of(withDropoff, withoutDropoff);
    }
}

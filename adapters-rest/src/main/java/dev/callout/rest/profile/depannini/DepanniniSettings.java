package dev.callout.rest.profile.depannini;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;

/** Depannini's two services as category codes (callout.depannini.services.*); both required, see {@link DepanniniServices}. */
@ConfigurationProperties("callout.depannini.services")
@Requires(property = "callout.profile", value = "depannini")
public class DepanniniSettings {

    private String withDropoff;
    private String withoutDropoff;

    /** The service a request with a dropoff needs (towing). */
    public String getWithDropoff() {
        return withDropoff;
    }

    public void setWithDropoff(String withDropoff) {
        this.withDropoff = withDropoff;
    }

    /** The service a request without a dropoff needs (a repair on the spot). */
    public String getWithoutDropoff() {
        return withoutDropoff;
    }

    public void setWithoutDropoff(String withoutDropoff) {
        this.withoutDropoff = withoutDropoff;
    }
}

package dev.callout.rest.profile.art;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;

/** ART's own settings (callout.art.*). */
@ConfigurationProperties("callout.art")
@Requires(property = "callout.profile", value = "art")
public class ArtSettings {

    private String defaultCategory = "towing";

    /** The category GET /v1/operators/available searches when the request names none: the breakdown operators. */
    public String getDefaultCategory() {
        return defaultCategory;
    }

    public void setDefaultCategory(String defaultCategory) {
        this.defaultCategory = defaultCategory;
    }
}

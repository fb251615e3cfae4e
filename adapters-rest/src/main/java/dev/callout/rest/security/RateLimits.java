package dev.callout.rest.security;

import dev.callout.application.ratelimit.RateLimit;
import io.micronaut.context.annotation.Context;

/** The configured limits, checked at start-up (a limit below 1 or a period that is not positive stops it). */
@Context
public class RateLimits {

    private final RateLimit general;
    private final RateLimit auth;
    private final RateLimit uploads;

    RateLimits(RateLimitSettings.General general, RateLimitSettings.Auth auth, RateLimitSettings.Uploads uploads) {
        this.general = general.named("general");
        this.auth = auth.named("auth");
        this.uploads = uploads.named("uploads");
    }

    public RateLimit general() {
        return general;
    }

    public RateLimit auth() {
        return auth;
    }

    public RateLimit uploads() {
        return uploads;
    }
}

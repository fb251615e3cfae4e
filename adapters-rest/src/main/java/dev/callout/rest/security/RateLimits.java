package dev.callout.rest.security;

import dev.callout.application.ratelimit.RateLimit;
import jakarta.inject.Singleton;

/** The configured limits, checked once at start-up. */
@Singleton
public class RateLimits {

    private final RateLimit general;
    private final RateLimit auth;
    private final RateLimit uploads;

    RateLimits(RateLimitSettings.General general, RateLimitSettings.Auth auth, RateLimitSettings.Uploads uploads) {
        this.general = general.named("general");
        this.auth = auth.named("auth");
        this.uploads = uploads.named("upload");
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

package dev.callout.rest.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** Access-token claims and lifetime (callout.tokens.*). */
@ConfigurationProperties("callout.tokens")
public class TokenSettings {

    private String issuer = "callout";
    private String audience = "callout-api";
    private Duration accessTokenTtl = Duration.ofMinutes(15);
    private Duration clockSkew = Duration.ofSeconds(30);

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Duration getAccessTokenTtl() {
        return accessTokenTtl;
    }

    public void setAccessTokenTtl(Duration accessTokenTtl) {
        this.accessTokenTtl = accessTokenTtl;
    }

    /** How far another node's clock may be ahead when it issued a token ({@code iat}, {@code nbf}). */
    public Duration getClockSkew() {
        return clockSkew;
    }

    public void setClockSkew(Duration clockSkew) {
        this.clockSkew = clockSkew;
    }
}

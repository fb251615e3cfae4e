package dev.callout.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Stripe ({@code callout.stripe.*}). With no secret key (CALLOUT_STRIPE_SECRET_KEY) the offline
 * gateway is used and webhooks are signed with {@link #OFFLINE_WEBHOOK_SECRET} unless another is
 * set; with a key, CALLOUT_STRIPE_WEBHOOK_SECRET (the endpoint's whsec_...) is required.
 * {@code api-base} points stripe-java elsewhere (tests); rate-limited calls are tried
 * {@code rate-limit-attempts} times, waiting {@code rate-limit-backoff}, doubled each time.
 */
@ConfigurationProperties("callout.stripe")
public class StripeSettings {

    /** The development webhook secret of the offline gateway; never used with a real Stripe key. */
    public static final String OFFLINE_WEBHOOK_SECRET = "whsec_callout_offline_development";

    private String secretKey;
    private String webhookSecret;
    private String apiBase;
    private int rateLimitAttempts = 3;
    private Duration rateLimitBackoff = Duration.ofMillis(500);

    boolean online() {
        return secretKey != null && !secretKey.isBlank();
    }

    String effectiveWebhookSecret() {
        if (webhookSecret != null && !webhookSecret.isBlank()) {
            return webhookSecret;
        }
        if (online()) {
            throw new IllegalStateException("callout.stripe.webhook-secret (CALLOUT_STRIPE_WEBHOOK_SECRET) is required "
                    + "when a Stripe secret key is set: it is the signing secret of the webhook endpoint");
        }
        return OFFLINE_WEBHOOK_SECRET;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public String getApiBase() {
        return apiBase;
    }

    public void setApiBase(String apiBase) {
        this.apiBase = apiBase;
    }

    public int getRateLimitAttempts() {
        return rateLimitAttempts;
    }

    public void setRateLimitAttempts(int rateLimitAttempts) {
        this.rateLimitAttempts = rateLimitAttempts;
    }

    public Duration getRateLimitBackoff() {
        return rateLimitBackoff;
    }

    public void setRateLimitBackoff(Duration rateLimitBackoff) {
        this.rateLimitBackoff = rateLimitBackoff;
    }
}

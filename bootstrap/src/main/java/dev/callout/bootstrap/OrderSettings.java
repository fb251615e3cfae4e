package dev.callout.bootstrap;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Place;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Orders of catalog packages ({@code callout.orders.*}). {@code default-place-lat}, {@code -lng} and
 * {@code -address}: where an order that names no location is served (none by default: every order
 * names one). {@code webhook-secret} (CALLOUT_ORDERS_WEBHOOK_SECRET): the HMAC key a fulfilment
 * system signs its order updates with (none by default: every update is refused), signed at most
 * {@code webhook-tolerance} (5 minutes) from now.
 */
@ConfigurationProperties("callout.orders")
public class OrderSettings {

    private String webhookSecret;
    private Duration webhookTolerance = Duration.ofMinutes(5);
    private Double defaultPlaceLat;
    private Double defaultPlaceLng;
    private String defaultPlaceAddress;

    /** The default place, or null; half of one stops the start-up. */
    Place defaultPlace() {
        if (defaultPlaceLat == null && defaultPlaceLng == null && defaultPlaceAddress == null) {
            return null;
        }
        if (defaultPlaceLat == null || defaultPlaceLng == null) {
            throw new IllegalStateException("callout.orders.default-place needs both lat and lng");
        }
        try {
            return new Place(new GeoPoint(defaultPlaceLat, defaultPlaceLng), defaultPlaceAddress);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("callout.orders.default-place: " + e.getMessage(), e);
        }
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public Duration getWebhookTolerance() {
        return webhookTolerance;
    }

    public void setWebhookTolerance(Duration webhookTolerance) {
        this.webhookTolerance = webhookTolerance;
    }

    public Double getDefaultPlaceLat() {
        return defaultPlaceLat;
    }

    public void setDefaultPlaceLat(Double defaultPlaceLat) {
        this.defaultPlaceLat = defaultPlaceLat;
    }

    public Double getDefaultPlaceLng() {
        return defaultPlaceLng;
    }

    public void setDefaultPlaceLng(Double defaultPlaceLng) {
        this.defaultPlaceLng = defaultPlaceLng;
    }

    public String getDefaultPlaceAddress() {
        return defaultPlaceAddress;
    }

    public void setDefaultPlaceAddress(String defaultPlaceAddress) {
        this.defaultPlaceAddress = defaultPlaceAddress;
    }
}

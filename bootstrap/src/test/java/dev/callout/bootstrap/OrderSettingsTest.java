package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Place;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OrderSettingsTest {

    @Test
    void byDefaultEveryOrderNamesItsPlaceAndNoFulfilmentUpdateIsTrusted() {
        OrderSettings settings = new OrderSettings();

        assertThat(settings.defaultPlace()).isNull();
        assertThat(settings.getWebhookSecret()).isNull();
        assertThat(settings.getWebhookTolerance()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void halfADefaultPlaceStopsTheStart() {
        OrderSettings settings = new OrderSettings();
        settings.setDefaultPlaceLat(14.5);
        assertThatThrownBy(settings::defaultPlace).hasMessage("callout.orders.default-place needs both lat and lng");

        settings.setDefaultPlaceLng(400.0);
        assertThatThrownBy(settings::defaultPlace).hasMessageStartingWith("callout.orders.default-place: ");
    }

    /** The document's numbers come from the profile's settings file, where an operator can see and change them. */
    @Test
    void theOrdersProfileSetsTheDocumentsLimitsSessionsAndPolicies() {
        try (ApplicationContext context = ApplicationContext.builder().environments("orders").build()) {
            Environment environment = context.getEnvironment().start();

            assertThat(environment.getRequiredProperty("callout.rate-limits.auth.limit", Integer.class)).isEqualTo(5);
            assertThat(environment.getRequiredProperty("callout.rate-limits.general.limit", Integer.class)).isEqualTo(100);
            assertThat(environment.getRequiredProperty("callout.rate-limits.uploads.limit", Integer.class)).isEqualTo(10);
            assertThat(environment.getRequiredProperty("callout.rate-limits.auth.period", Duration.class))
                    .isEqualTo(Duration.ofMinutes(1));
            assertThat(environment.getRequiredProperty("callout.tokens.access-token-ttl", Duration.class))
                    .isEqualTo(Duration.ofHours(24));
            assertThat(environment.getRequiredProperty("callout.accounts.sign-in-needs-verification", Boolean.class)).isFalse();
            OrderSettings orders = new OrderSettings();
            orders.setDefaultPlaceLat(environment.getRequiredProperty("callout.orders.default-place-lat", Double.class));
            orders.setDefaultPlaceLng(environment.getRequiredProperty("callout.orders.default-place-lng", Double.class));
            orders.setDefaultPlaceAddress(environment.getRequiredProperty("callout.orders.default-place-address", String.class));
            assertThat(orders.defaultPlace()).isEqualTo(new Place(new GeoPoint(14.5547, 121.0244),
                    "Callout Orders, Ayala Avenue, Makati"));
        }
    }
}

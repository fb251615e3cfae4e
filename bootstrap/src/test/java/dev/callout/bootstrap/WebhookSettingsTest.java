package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.webhook.DeliverWebhooks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookSettingsTest {

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        DeliverWebhooks.Settings delivery = new WebhookSettings().delivery();

        assertThat(delivery.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(delivery.giveUpAfter()).isEqualTo(Duration.ofDays(3));
        assertThat(delivery.firstRetry()).isEqualTo(Duration.ofSeconds(30));
        assertThat(delivery.maxRetry()).isEqualTo(Duration.ofHours(6));
        assertThat(delivery.concurrency()).isEqualTo(16);
        assertThat(delivery.perEndpoint()).isEqualTo(4);
    }

    @Test
    void aBadValueStopsTheStartNamingIt() {
        WebhookSettings settings = new WebhookSettings();
        settings.setMaxRetry(Duration.ofSeconds(1));

        assertThatThrownBy(settings::delivery).isInstanceOf(IllegalStateException.class)
                .hasMessage("callout.webhooks: the maximum retry must be at least the first retry");

        settings.setMaxRetry(Duration.ofHours(1));
        settings.setPerEndpointConcurrency(0);
        assertThatThrownBy(settings::delivery).hasMessageContaining("per-endpoint concurrency");
    }
}

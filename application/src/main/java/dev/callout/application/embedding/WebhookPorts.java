package dev.callout.application.embedding;

import dev.callout.application.inmemory.InMemoryWebhooks;
import dev.callout.application.inmemory.RecordingWebhookTransport;
import dev.callout.application.port.WebhookTransport;
import dev.callout.application.port.Webhooks;
import dev.callout.application.webhook.DeliverWebhooks;
import dev.callout.application.webhook.WebhookAddresses;
import java.util.Objects;

/**
 * The ports of a {@link CalloutCore}'s outgoing webhooks, in memory until swapped; {@link CalloutCore#runDueWork()}
 * records and makes the due deliveries on the calling thread.
 */
public final class WebhookPorts {

    Webhooks webhooks = new InMemoryWebhooks();
    WebhookTransport transport = new RecordingWebhookTransport(new WebhookAddresses(false, false),
            WebhookAddresses.HostNames.SYSTEM);
    DeliverWebhooks.Settings settings = DeliverWebhooks.Settings.DEFAULT;

    WebhookPorts() {
    }

    public WebhookPorts webhooks(Webhooks webhooks) {
        this.webhooks = Objects.requireNonNull(webhooks);
        return this;
    }

    /** Default: checks the address (https, public) and records the delivery ({@link RecordingWebhookTransport}). */
    public WebhookPorts transport(WebhookTransport transport) {
        this.transport = Objects.requireNonNull(transport);
        return this;
    }

    public WebhookPorts settings(DeliverWebhooks.Settings settings) {
        this.settings = Objects.requireNonNull(settings);
        return this;
    }
}

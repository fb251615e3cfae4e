package dev.callout.bootstrap;

import dev.callout.application.event.EventCodecs;
import dev.callout.application.port.AuditLog;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.WebhookTransport;
import dev.callout.application.port.Webhooks;
import dev.callout.application.webhook.RecordWebhookDeliveries;
import dev.callout.application.webhook.WebhookAddresses;
import dev.callout.application.webhook.WebhookService;
import dev.callout.application.webhook.WebhooksUseCase;
import dev.callout.domain.id.IdGenerator;
import dev.callout.rest.outbound.HttpWebhookTransport;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import javax.net.ssl.SSLSocketFactory;

/**
 * Outgoing webhooks: the admin use cases, the relay's handler that records deliveries, and the
 * socket transport with the JDK's name resolution and trust store. The worker is {@link WebhookWorker}.
 */
@Factory
class WebhookUseCases {

    @Singleton
    @Bean(preDestroy = "close")
    HttpWebhookTransport webhookTransport(WebhookSettings settings) {
        return new HttpWebhookTransport(settings.addresses(), WebhookAddresses.HostNames.SYSTEM,
                (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    @Singleton
    WebhooksUseCase webhooks(Webhooks webhooks, WebhookTransport transport, AuditLog audit, Transactions transactions,
                             Clock clock, IdGenerator ids) {
        return new WebhookService(webhooks, transport, audit, transactions, clock, ids, new SecureRandom());
    }

    /** Served by the event relay: committed public events become pending deliveries. */
    @Singleton
    RecordWebhookDeliveries recordWebhookDeliveries(Webhooks webhooks, EventCodecs codecs, Transactions transactions,
                                                    Clock clock, IdGenerator ids) {
        return new RecordWebhookDeliveries(webhooks, codecs, transactions, clock, ids);
    }
}

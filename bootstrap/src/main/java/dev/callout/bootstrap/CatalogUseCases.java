package dev.callout.bootstrap;

import dev.callout.application.catalog.CatalogService;
import dev.callout.application.catalog.CatalogUseCase;
import dev.callout.application.file.FileLimits;
import dev.callout.application.job.FulfilmentUpdatesService;
import dev.callout.application.job.FulfilmentUpdatesUseCase;
import dev.callout.application.job.OrderJobService;
import dev.callout.application.job.OrderJobUseCase;
import dev.callout.application.payment.CardsHeldAtPosting;
import dev.callout.application.payment.CreatePaymentUseCase;
import dev.callout.application.port.AuditLog;
import dev.callout.application.port.Catalog;
import dev.callout.application.port.Categories;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Orders;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.ProcessedWebhooks;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.id.IdGenerator;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The catalog of services and packages, ordering them, and the fulfilment systems' order updates. */
@Factory
class CatalogUseCases {

    @Singleton
    CatalogUseCase catalog(Catalog catalog, Categories categories, StoredFiles files, AuditLog audit,
                           Transactions transactions, Clock clock, IdGenerator ids) {
        return new CatalogService(catalog, categories, files, audit, transactions, clock, ids);
    }

    @Singleton
    OrderJobUseCase orderJob(Catalog catalog, Orders orders, Categories categories, Jobs jobs, StoredFiles files,
                             FileLimits limits, Outbox outbox, JobTimeline timeline, Transactions transactions, Clock clock,
                             IdGenerator ids, OrderSettings settings, PaymentSettings payments, CreatePaymentUseCase pay,
                             @Nullable PostingDispatch early) {
        OrderJobUseCase stored = new OrderJobService(catalog, orders, categories, jobs, files, limits, outbox, timeline,
                transactions, clock, ids, settings.defaultPlace());
        OrderJobUseCase order = early == null ? stored : early.ordering(stored);
        return payments.isCardsHeldFromPosting() ? CardsHeldAtPosting.ordering(order, pay) : order;
    }

    @Singleton
    FulfilmentUpdatesUseCase fulfilmentUpdates(OrderSettings settings, Orders orders, Jobs jobs, Users users,
                                               ProcessedWebhooks processed, Outbox outbox, JobTimeline timeline,
                                               Transactions transactions, Clock clock) {
        return new FulfilmentUpdatesService(settings.getWebhookSecret(), settings.getWebhookTolerance(), orders, jobs, users,
                processed, outbox, timeline, transactions, clock);
    }
}

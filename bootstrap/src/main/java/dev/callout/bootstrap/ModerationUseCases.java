package dev.callout.bootstrap;

import dev.callout.application.admin.DeleteJobService;
import dev.callout.application.admin.DeleteJobUseCase;
import dev.callout.application.admin.ProviderMapService;
import dev.callout.application.admin.ProviderMapUseCase;
import dev.callout.application.payment.HoldReleases;
import dev.callout.application.port.Ledger;
import dev.callout.application.port.PaymentGateway;
import dev.callout.application.port.Payments;
import dev.callout.application.port.Users;
import dev.callout.domain.dispatch.DispatchPolicy;
import dev.callout.application.port.AuditLog;
import dev.callout.application.port.DispatchRounds;
import dev.callout.application.port.FileContents;
import dev.callout.application.port.JobDeletions;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Transactions;
import dev.callout.domain.id.IdGenerator;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Moderation: an admin's hard delete of a job (its event's codec is registered in Events), the providers' map. */
@Factory
class ModerationUseCases {

    @Singleton
    DeleteJobUseCase deleteJob(JobDeletions deletions, DispatchRounds rounds, ProviderPresences presences, FileContents contents,
                               AuditLog audit, Outbox outbox, Transactions transactions, Clock clock, IdGenerator ids,
                               PaymentSettings settings, Payments payments, Ledger ledger, PaymentGateway gateway) {
        HoldReleases holds = settings.isDeletionReleasesHolds()
                ? new HoldReleases(payments, ledger, gateway, outbox, transactions, clock) : null;
        return new DeleteJobService(deletions, rounds, presences, contents, audit, outbox, transactions, clock, ids, holds);
    }

    @Singleton
    ProviderMapUseCase providerMap(Users users, ProviderPresences presences, DispatchPolicy policy, Clock clock) {
        return new ProviderMapService(users, presences, policy.maxPositionAge(), clock);
    }
}

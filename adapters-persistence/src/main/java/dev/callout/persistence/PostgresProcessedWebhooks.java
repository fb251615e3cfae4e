package dev.callout.persistence;

import static dev.callout.persistence.PaymentTables.ProcessedWebhookEvents.*;

import dev.callout.application.port.ProcessedWebhooks;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Handled webhook events: an insert that does nothing on a clash, in the caller's transaction.
 * Of two concurrent marks of one id the second waits for the first to commit, then sees it.
 */
@Singleton
public final class PostgresProcessedWebhooks implements ProcessedWebhooks {

    private final Sql sql;

    PostgresProcessedWebhooks(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean markProcessed(String eventId, String type, String ignoredBecause, Instant at) {
        return sql.run(dsl -> dsl.insertInto(TABLE).set(EVENT_ID, eventId).set(EVENT_TYPE, type).set(PROCESSED_AT, at)
                .set(IGNORED_BECAUSE, ignoredBecause).onConflictDoNothing().execute()) == 1;
    }

    @Override
    public boolean isProcessed(String eventId) {
        return sql.run(dsl -> dsl.fetchExists(TABLE, EVENT_ID.eq(eventId)));
    }
}

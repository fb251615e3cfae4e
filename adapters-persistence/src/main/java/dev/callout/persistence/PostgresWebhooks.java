package dev.callout.persistence;

import static dev.callout.persistence.WebhookTables.Deliveries;
import static dev.callout.persistence.WebhookTables.Endpoints;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Webhooks;
import dev.callout.application.webhook.WebhookDelivery;
import dev.callout.application.webhook.WebhookEndpoint;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Webhook endpoints (secrets sealed, see {@link SealedSecrets}) and deliveries. A claim is one
 * statement that commits at once: for each endpoint, a {@code LATERAL} subquery locks its oldest
 * due, unleased rows ({@code FOR UPDATE SKIP LOCKED}) up to the endpoint's share, and the chosen
 * rows get {@code leased_until}; so nodes never share a row, one endpoint's backlog never hides
 * another's, and the HTTP calls run outside any transaction. Reports are conditional on the lease.
 */
@Singleton
public final class PostgresWebhooks implements Webhooks {

    private static final String CLAIM = """
            UPDATE webhook_deliveries d SET leased_until = {0}
            FROM webhook_endpoints e
            WHERE e.id = d.endpoint_id AND d.id IN (
                SELECT due.id FROM webhook_endpoints owner
                LEFT JOIN unnest({1}::text[], {2}::int[]) AS busy(endpoint_id, in_flight) ON busy.endpoint_id = owner.id
                CROSS JOIN LATERAL (
                    SELECT id, next_attempt_at FROM webhook_deliveries
                    WHERE endpoint_id = owner.id AND status = 'pending' AND next_attempt_at <= {3}
                      AND (leased_until IS NULL OR leased_until <= {3})
                    ORDER BY next_attempt_at, id
                    LIMIT greatest({4} - coalesce(busy.in_flight, 0), 0)
                    FOR UPDATE SKIP LOCKED) due
                ORDER BY due.next_attempt_at, due.id
                LIMIT {5})
            RETURNING d.id, d.endpoint_id, d.event_id, d.event_type, d.body, d.status, d.attempts, d.last_response_code,
                      d.last_error, d.last_attempt_at, d.next_attempt_at, d.created_at, d.leased_until,
                      e.url, e.events, e.description, e.sealed_secret, e.created_at AS endpoint_created_at
            """;

    private final Sql sql;
    private final SealedSecrets secrets;

    PostgresWebhooks(Sql sql, WebhookSecretsSettings settings) {
        this.sql = sql;
        this.secrets = new SealedSecrets(settings.getSecretsKey());
    }

    @Override
    public void add(WebhookEndpoint endpoint) {
        sql.run(dsl -> dsl.insertInto(Endpoints.TABLE)
                .set(Endpoints.ID, endpoint.id())
                .set(Endpoints.URL, endpoint.url())
                .set(Endpoints.EVENTS, endpoint.events().stream().sorted().toArray(String[]::new))
                .set(Endpoints.DESCRIPTION, endpoint.description())
                .set(Endpoints.SEALED_SECRET, secrets.seal(endpoint.id(), endpoint.secret()))
                .set(Endpoints.CREATED_AT, endpoint.createdAt())
                .execute());
    }

    @Override
    public Optional<WebhookEndpoint> endpoint(String id) {
        return sql.run(dsl -> dsl.select(Endpoints.ALL).from(Endpoints.TABLE).where(Endpoints.ID.eq(id))
                .fetchOptional(this::endpoint));
    }

    @Override
    public Page<WebhookEndpoint> endpoints(PageRequest page) {
        return sql.run(dsl -> new Page<>(dsl.select(Endpoints.ALL).from(Endpoints.TABLE)
                .orderBy(Endpoints.CREATED_AT.desc(), Endpoints.ID.desc()).limit(page.limit()).offset(page.offset())
                .fetch(this::endpoint), page, dsl.fetchCount(Endpoints.TABLE)));
    }

    @Override
    public boolean delete(String id) {
        return sql.run(dsl -> dsl.deleteFrom(Endpoints.TABLE).where(Endpoints.ID.eq(id)).execute()) == 1;
    }

    @Override
    public List<WebhookEndpoint> subscribedTo(String eventType) {
        return sql.run(dsl -> dsl.select(Endpoints.ALL).from(Endpoints.TABLE)
                .where(DSL.condition("{0} && {1}::text[]", Endpoints.EVENTS,
                        DSL.val(new String[]{eventType, WebhookEndpoint.EVERY_EVENT}, Endpoints.EVENTS)))
                .orderBy(Endpoints.ID)
                .fetch(this::endpoint));
    }

    /** Each row only for an existing endpoint (a deleted one takes nothing) and only once per event. */
    @Override
    public int record(List<WebhookDelivery> deliveries) {
        return sql.run(dsl -> {
            int added = 0;
            for (WebhookDelivery delivery : deliveries) {
                added += dsl.insertInto(Deliveries.TABLE, Deliveries.ID, Deliveries.ENDPOINT_ID, Deliveries.EVENT_ID,
                                Deliveries.EVENT_TYPE, Deliveries.BODY, Deliveries.STATUS, Deliveries.ATTEMPTS,
                                Deliveries.NEXT_ATTEMPT_AT, Deliveries.CREATED_AT)
                        .select(dsl.select(DSL.val(delivery.id()), Endpoints.ID, DSL.val(delivery.eventId()),
                                        DSL.val(delivery.eventType()), DSL.val(delivery.body()),
                                        DSL.val(delivery.status().wireName()), DSL.val(delivery.attempts()),
                                        DSL.val(delivery.nextAttemptAt(), Deliveries.NEXT_ATTEMPT_AT),
                                        DSL.val(delivery.createdAt(), Deliveries.CREATED_AT))
                                .from(Endpoints.TABLE).where(Endpoints.ID.eq(delivery.endpointId())))
                        .onConflict(Deliveries.ENDPOINT_ID, Deliveries.EVENT_ID).doNothing()
                        .execute();
            }
            return added;
        });
    }

    @Override
    public List<Claim> claim(Instant now, int max, int perEndpoint, Map<String, Integer> busy, Duration lease) {
        List<String> busyIds = List.copyOf(busy.keySet());
        Integer[] inFlight = busyIds.stream().map(busy::get).toArray(Integer[]::new);
        Instant until = now.plus(lease);
        return sql.run(dsl -> dsl.fetch(CLAIM, DSL.val(until, SQLDataType.INSTANT),
                        DSL.val(busyIds.toArray(String[]::new), SQLDataType.VARCHAR.array()),
                        DSL.val(inFlight, SQLDataType.INTEGER.array()), DSL.val(now, SQLDataType.INSTANT),
                        DSL.val(perEndpoint), DSL.val(max)))
                .stream()
                .map(row -> new Claim(delivery(row), new WebhookEndpoint(row.get("endpoint_id", String.class),
                        row.get("url", String.class), Set.of(row.get("events", String[].class)),
                        row.get("description", String.class),
                        secrets.open(row.get("endpoint_id", String.class), row.get("sealed_secret", String.class)),
                        row.get("endpoint_created_at", Instant.class)), row.get("leased_until", Instant.class)))
                .sorted(Comparator.comparing((Claim claim) -> claim.delivery().nextAttemptAt())
                        .thenComparing(claim -> claim.delivery().id()))
                .toList();
    }

    @Override
    public boolean report(Claim claim, WebhookDelivery updated) {
        return sql.run(dsl -> dsl.update(Deliveries.TABLE)
                .set(Deliveries.STATUS, updated.status().wireName())
                .set(Deliveries.ATTEMPTS, updated.attempts())
                .set(Deliveries.LAST_RESPONSE_CODE, updated.lastResponseCode())
                .set(Deliveries.LAST_ERROR, updated.lastError())
                .set(Deliveries.LAST_ATTEMPT_AT, updated.lastAttemptAt())
                .set(Deliveries.NEXT_ATTEMPT_AT, updated.nextAttemptAt())
                .set(Deliveries.LEASED_UNTIL, (Instant) null)
                .where(Deliveries.ID.eq(claim.delivery().id()), Deliveries.LEASED_UNTIL.eq(claim.leasedUntil()))
                .execute()) == 1;
    }

    @Override
    public Page<WebhookDelivery> deliveries(String endpointId, PageRequest page) {
        return sql.run(dsl -> new Page<>(dsl.select(Deliveries.ALL).from(Deliveries.TABLE)
                .where(Deliveries.ENDPOINT_ID.eq(endpointId))
                .orderBy(Deliveries.CREATED_AT.desc(), Deliveries.ID.desc()).limit(page.limit()).offset(page.offset())
                .fetch(PostgresWebhooks::delivery), page, dsl.fetchCount(Deliveries.TABLE, Deliveries.ENDPOINT_ID.eq(endpointId))));
    }

    private WebhookEndpoint endpoint(Record row) {
        return new WebhookEndpoint(row.get(Endpoints.ID), row.get(Endpoints.URL), Set.of(row.get(Endpoints.EVENTS)),
                row.get(Endpoints.DESCRIPTION), secrets.open(row.get(Endpoints.ID), row.get(Endpoints.SEALED_SECRET)),
                row.get(Endpoints.CREATED_AT));
    }

    private static WebhookDelivery delivery(Record row) {
        return new WebhookDelivery(row.get("id", String.class), row.get("endpoint_id", String.class),
                row.get("event_id", String.class), row.get("event_type", String.class), row.get("body", String.class),
                WebhookDelivery.Status.fromWireName(row.get("status", String.class)), row.get("attempts", Integer.class),
                row.get("last_response_code", Integer.class), row.get("last_error", String.class),
                row.get("last_attempt_at", Instant.class), row.get("next_attempt_at", Instant.class),
                row.get("created_at", Instant.class));
    }
}

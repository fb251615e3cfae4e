package dev.callout.persistence;

import static dev.callout.persistence.PaymentTables.IdempotencyKeys.*;

import dev.callout.application.idempotency.IdempotencyKey;
import dev.callout.application.idempotency.IdempotencyKeys;
import dev.callout.application.idempotency.StoredResponse;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Idempotency keys in PostgreSQL. A claim is one upsert that only takes over an expired key;
 * when it takes nothing, the row it found decides the answer (in progress, replay, mismatch).
 */
@Singleton
public final class PostgresIdempotencyKeys implements IdempotencyKeys {

    private final Sql sql;

    PostgresIdempotencyKeys(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Claim claim(IdempotencyKey key, String fingerprint, Instant now, Instant expiredBefore) {
        return sql.run(dsl -> {
            int claimed = dsl.insertInto(TABLE).set(CALLER, key.caller()).set(ROUTE, key.route()).set(KEY, key.key())
                    .set(FINGERPRINT, fingerprint).set(CLAIMED_AT, now)
                    .onConflict(CALLER, ROUTE, KEY).doUpdate()
                    .set(FINGERPRINT, fingerprint).set(CLAIMED_AT, now).setNull(RESPONSE_STATUS).setNull(RESPONSE_BODY)
                    .where(DSL.field(DSL.name("idempotency_keys", "claimed_at"), Instant.class).lt(expiredBefore))
                    .execute();
            if (claimed == 1) {
                return new Claim.Claimed();
            }
            Record held = dsl.select(FINGERPRINT, RESPONSE_STATUS, RESPONSE_BODY).from(TABLE).where(matches(key)).fetchOne();
            if (held == null) {
                return new Claim.InProgress(); // released between the upsert and this read: the client retries
            }
            if (!held.get(FINGERPRINT).equals(fingerprint)) {
                return new Claim.Mismatch();
            }
            Integer status = held.get(RESPONSE_STATUS);
            return status == null ? new Claim.InProgress() : new Claim.Replay(new StoredResponse(status, held.get(RESPONSE_BODY)));
        });
    }

    @Override
    public void complete(IdempotencyKey key, StoredResponse response) {
        sql.run(dsl -> dsl.update(TABLE).set(RESPONSE_STATUS, response.status()).set(RESPONSE_BODY, response.body())
                .where(matches(key)).execute());
    }

    @Override
    public void release(IdempotencyKey key) {
        sql.run(dsl -> dsl.deleteFrom(TABLE).where(matches(key)).and(RESPONSE_STATUS.isNull()).execute());
    }

    private static Condition matches(IdempotencyKey key) {
        return CALLER.eq(key.caller()).and(ROUTE.eq(key.route())).and(KEY.eq(key.key()));
    }
}

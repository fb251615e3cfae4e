package dev.callout.persistence;

import static dev.callout.persistence.PaymentTables.IdempotencyKeys.*;

import dev.callout.application.idempotency.IdempotencyKey;
import dev.callout.application.idempotency.StoredResponse;
import dev.callout.application.port.IdempotencyKeys;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Idempotency keys in PostgreSQL. A claim is one upsert that only takes over a free key (expired,
 * or leased out with no answer kept); when it takes nothing, the row it found decides the answer
 * (in progress, replay, mismatch). {@link #keep} runs in the work's transaction, so the kept answer
 * commits with the work, and it holds the row until then: a takeover waits, then finds the answer.
 */
@Singleton
public final class PostgresIdempotencyKeys implements IdempotencyKeys {

    private static final Field<Instant> STORED_CLAIMED_AT = DSL.field(DSL.name("idempotency_keys", "claimed_at"), Instant.class);
    private static final Field<Instant> STORED_LEASE_UNTIL = DSL.field(DSL.name("idempotency_keys", "lease_until"), Instant.class);
    private static final Field<Integer> STORED_STATUS = DSL.field(DSL.name("idempotency_keys", "response_status"), Integer.class);

    private final Sql sql;

    PostgresIdempotencyKeys(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Claim claim(IdempotencyKey key, String fingerprint, String token, Instant now, Instant leaseUntil,
                       Instant expiredBefore) {
        return sql.run(dsl -> {
            int claimed = dsl.insertInto(TABLE).set(CALLER, key.caller()).set(ROUTE, key.route()).set(KEY, key.key())
                    .set(FINGERPRINT, fingerprint).set(CLAIM_TOKEN, token).set(CLAIMED_AT, now).set(LEASE_UNTIL, leaseUntil)
                    .set(COMPLETED, false)
                    .onConflict(CALLER, ROUTE, KEY).doUpdate()
                    .set(FINGERPRINT, fingerprint).set(CLAIM_TOKEN, token).set(CLAIMED_AT, now).set(LEASE_UNTIL, leaseUntil)
                    .set(COMPLETED, false).setNull(RESPONSE_STATUS).setNull(RESPONSE_BODY)
                    .where(STORED_CLAIMED_AT.lt(expiredBefore).or(STORED_STATUS.isNull().and(STORED_LEASE_UNTIL.lt(now))))
                    .execute();
            if (claimed == 1) {
                return new Claim.Claimed();
            }
            Record held = dsl.select(FINGERPRINT, RESPONSE_STATUS, RESPONSE_BODY, COMPLETED, LEASE_UNTIL).from(TABLE)
                    .where(matches(key)).fetchOne();
            if (held == null) {
                return new Claim.InProgress(); // released between the upsert and this read: the client retries
            }
            if (!held.get(FINGERPRINT).equals(fingerprint)) {
                return new Claim.Mismatch();
            }
            Integer status = held.get(RESPONSE_STATUS);
            boolean replayable = status != null && (held.get(COMPLETED) || held.get(LEASE_UNTIL).isBefore(now));
            return replayable ? new Claim.Replay(new StoredResponse(status, held.get(RESPONSE_BODY))) : new Claim.InProgress();
        });
    }

    @Override
    public boolean keep(IdempotencyKey key, String token, StoredResponse answer) {
        return answer(key, token, answer, false) == 1;
    }

    @Override
    public void complete(IdempotencyKey key, String token, StoredResponse answer) {
        answer(key, token, answer, true);
    }

    private int answer(IdempotencyKey key, String token, StoredResponse answer, boolean completed) {
        return sql.run(dsl -> dsl.update(TABLE).set(RESPONSE_STATUS, answer.status()).set(RESPONSE_BODY, answer.body())
                .set(COMPLETED, completed).where(matches(key)).and(CLAIM_TOKEN.eq(token)).execute());
    }

    @Override
    public void release(IdempotencyKey key, String token) {
        sql.run(dsl -> dsl.deleteFrom(TABLE).where(matches(key)).and(CLAIM_TOKEN.eq(token)).and(RESPONSE_STATUS.isNull())
                .execute());
    }

    private static Condition matches(IdempotencyKey key) {
        return CALLER.eq(key.caller()).and(ROUTE.eq(key.route())).and(KEY.eq(key.key()));
    }
}

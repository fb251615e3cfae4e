package dev.callout.persistence;

import static dev.callout.persistence.PaymentRows.lower;
import static dev.callout.persistence.PaymentTables.Payments.*;
import static org.jooq.impl.DSL.name;

import dev.callout.application.Page;
import dev.callout.application.payment.PaymentQuery;
import dev.callout.application.port.Payments;
import dev.callout.domain.job.JobId;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.Refund;
import dev.callout.domain.payment.RefundStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Payments and their refunds in PostgreSQL. One live payment per job is a partial unique index
 * (an insert that clashes does nothing, so no failed statement poisons the transaction); an
 * update is one conditional {@code UPDATE ... WHERE id = ? AND version = ?}, and refunds, which
 * are only ever added or settled, are upserted with it.
 */
@Singleton
public final class PostgresPayments implements Payments {

    private final Sql sql;

    PostgresPayments(Sql sql) {
        this.sql = sql;
    }

    @Override
    public AddResult add(Payment payment) {
        return sql.run(dsl -> {
            int inserted = dsl.insertInto(TABLE).set(columns(payment)).set(ID, payment.id().value())
                    .set(JOB_ID, payment.jobId().value()).set(CUSTOMER_ID, payment.customerId().value())
                    .set(METHOD, payment.method().wireName())
                    .set(CURRENCY, payment.amount().currency().getCurrencyCode()).set(AMOUNT_MINOR, payment.amount().minor())
                    .set(FEE_MINOR, payment.split().fee().minor()).set(NET_MINOR, payment.split().net().minor())
                    .set(HOLD_PLAN, lower(payment.plan())).set(PAYOUT_ACCOUNT, payment.payoutAccount())
                    .set(CREATED_AT, payment.createdAt()).set(VERSION, 1L)
                    .onConflictDoNothing().execute();
            if (inserted == 0) {
                return AddResult.JOB_ALREADY_HAS_PAYMENT;
            }
            saveRefunds(dsl, payment);
            return AddResult.ADDED;
        });
    }

    /** The columns a change may touch. */
    private static Map<Field<?>, Object> columns(Payment p) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(PROVIDER_ID, p.providerId() == null ? null : p.providerId().value());
        values.put(STAGE, p.stage().storedName());
        values.put(STATUS, p.status().wireName());
        values.put(RELEASED, p.released());
        values.put(RELEASE_REQUESTED, p.releaseRequested());
        values.put(CUSTOMER_RELEASED, p.customerReleased());
        values.put(CANCEL_REQUESTED, p.cancelRequested());
        values.put(DISPUTED, p.disputed());
        values.put(PENDING_CALL, lower(p.pendingCall()));
        values.put(INTENT_ID, p.intentId());
        values.put(CLIENT_SECRET, p.clientSecret());
        values.put(CHECKOUT_SESSION_ID, p.checkout() == null ? null : p.checkout().id());
        values.put(CHECKOUT_URL, p.checkout() == null ? null : p.checkout().url());
        values.put(CHECKOUT_EXPIRES_AT, p.checkout() == null ? null : p.checkout().expiresAt());
        values.put(CAPTURED_MINOR, p.captured().minor());
        values.put(FAILURE_CODE, p.failureCode());
        values.put(FAILURE_MESSAGE, p.failureMessage());
        values.put(CAPTURED_AT, p.capturedAt());
        values.put(UPDATED_AT, p.updatedAt());
        return values;
    }

    private static void saveRefunds(DSLContext dsl, Payment payment) {
        List<Refund> refunds = payment.refunds();
        for (int position = 0; position < refunds.size(); position++) {
            Refund refund = refunds.get(position);
            dsl.insertInto(PaymentTables.Refunds.TABLE)
                    .set(PaymentTables.Refunds.ID, refund.id().value())
                    .set(PaymentTables.Refunds.PAYMENT_ID, payment.id().value())
                    .set(PaymentTables.Refunds.POSITION, position)
                    .set(PaymentTables.Refunds.AMOUNT_MINOR, refund.amount().minor())
                    .set(PaymentTables.Refunds.CURRENCY, refund.amount().currency().getCurrencyCode())
                    .set(PaymentTables.Refunds.REASON, refund.reason())
                    .set(PaymentTables.Refunds.STATUS, refund.status().wireName())
                    .set(PaymentTables.Refunds.GATEWAY_REFUND_ID, refund.gatewayRefundId())
                    .set(PaymentTables.Refunds.REQUESTED_BY, refund.requestedBy() == null ? null : refund.requestedBy().value())
                    .set(PaymentTables.Refunds.CREATED_AT, refund.createdAt())
                    .set(PaymentTables.Refunds.SETTLED_AT, refund.settledAt())
                    .onConflict(PaymentTables.Refunds.ID).doUpdate()
                    .set(PaymentTables.Refunds.STATUS, refund.status().wireName())
                    .set(PaymentTables.Refunds.GATEWAY_REFUND_ID, refund.gatewayRefundId())
                    .set(PaymentTables.Refunds.SETTLED_AT, refund.settledAt())
                    .execute();
        }
    }

    @Override
    public Optional<Payment> byId(PaymentId id) {
        return one(ID.eq(id.value()));
    }

    @Override
    public Optional<Payment> byIntentId(String intentId) {
        return one(INTENT_ID.eq(intentId));
    }

    @Override
    public Optional<Payment> byCheckoutSession(String sessionId) {
        return one(CHECKOUT_SESSION_ID.eq(sessionId));
    }

    @Override
    public List<Payment> forJob(JobId jobId) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(JOB_ID.eq(jobId.value())).orderBy(CREATED_AT, ID).fetch()
                .map(row -> PaymentRows.toPayment(row, refunds(dsl, row.get(ID)))));
    }

    @Override
    public Optional<Payment> liveForJob(JobId jobId) {
        return one(JOB_ID.eq(jobId.value()).and(STAGE.notIn("cancelled", "failed")));
    }

    private Optional<Payment> one(Condition condition) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(condition).fetchOptional()
                .map(row -> PaymentRows.toPayment(row, refunds(dsl, row.get(ID)))));
    }

    private static List<Refund> refunds(DSLContext dsl, String paymentId) {
        return dsl.select(PaymentTables.Refunds.ID, PaymentTables.Refunds.AMOUNT_MINOR, PaymentTables.Refunds.CURRENCY,
                        PaymentTables.Refunds.REASON, PaymentTables.Refunds.STATUS, PaymentTables.Refunds.GATEWAY_REFUND_ID,
                        PaymentTables.Refunds.REQUESTED_BY, PaymentTables.Refunds.CREATED_AT, PaymentTables.Refunds.SETTLED_AT)
                .from(PaymentTables.Refunds.TABLE).where(PaymentTables.Refunds.PAYMENT_ID.eq(paymentId))
                .orderBy(PaymentTables.Refunds.POSITION).fetch(PaymentRows::toRefund);
    }

    @Override
    public UpdateResult update(Payment payment) {
        return sql.run(dsl -> {
            int updated = dsl.update(TABLE).set(columns(payment)).set(VERSION, VERSION.plus(1))
                    .where(ID.eq(payment.id().value()).and(VERSION.eq(payment.version()))).execute();
            if (updated == 0) {
                return UpdateResult.STALE;
            }
            saveRefunds(dsl, payment);
            return UpdateResult.UPDATED;
        });
    }

    @Override
    public Page<Payment> list(PaymentQuery query) {
        Condition where = switch (query.scope()) {
            case PaymentQuery.Scope.OfCustomer customer -> CUSTOMER_ID.eq(customer.customerId().value());
            case PaymentQuery.Scope.OfParty party -> PROVIDER_ID.eq(party.userId().value())
                    .or(CUSTOMER_ID.eq(party.userId().value()));
            case PaymentQuery.Scope.All all -> DSL.trueCondition();
        };
        return sql.run(dsl -> {
            long total = dsl.fetchCount(TABLE, where);
            List<Payment> items = dsl.select(ALL).from(TABLE).where(where).orderBy(CREATED_AT.desc(), ID.desc())
                    .limit(query.page().limit()).offset(query.page().offset()).fetch()
                    .map(row -> PaymentRows.toPayment(row, refunds(dsl, row.get(ID))));
            return new Page<>(items, query.page(), total);
        });
    }

    @Override
    public List<PaymentId> awaitingGateway(Instant before, int limit) {
        Field<String> paymentId = DSL.field(name("payments", "id"), SQLDataType.VARCHAR);
        Condition unsentRefund = DSL.exists(DSL.selectOne().from(PaymentTables.Refunds.TABLE)
                .where(DSL.field(name("refunds", "payment_id"), SQLDataType.VARCHAR).eq(paymentId))
                .and(PaymentTables.Refunds.STATUS.eq(RefundStatus.PENDING.wireName()))
                .and(PaymentTables.Refunds.GATEWAY_REFUND_ID.isNull()));
        return sql.run(dsl -> dsl.select(ID).from(TABLE)
                .where(UPDATED_AT.lt(before)).and(METHOD.ne("cash")).and(PENDING_CALL.isNotNull().or(unsentRefund))
                .orderBy(UPDATED_AT).limit(limit).fetch(row -> new PaymentId(row.get(ID))));
    }
}

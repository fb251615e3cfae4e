package dev.callout.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The payment tables and columns jOOQ queries use, spelled once (V4__payments.sql). */
final class PaymentTables {

    private PaymentTables() {
    }

    static final class Payments {
        static final Table<Record> TABLE = table(name("payments"));
        static final Field<String> ID = field(name("id"), SQLDataType.VARCHAR);
        static final Field<String> JOB_ID = field(name("job_id"), SQLDataType.VARCHAR);
        static final Field<String> CUSTOMER_ID = field(name("customer_id"), SQLDataType.VARCHAR);
        static final Field<String> PROVIDER_ID = field(name("provider_id"), SQLDataType.VARCHAR);
        static final Field<String> METHOD = field(name("method"), SQLDataType.VARCHAR);
        static final Field<String> CURRENCY = field(name("currency"), SQLDataType.CHAR(3));
        static final Field<Long> AMOUNT_MINOR = field(name("amount_minor"), SQLDataType.BIGINT);
        static final Field<Long> FEE_MINOR = field(name("fee_minor"), SQLDataType.BIGINT);
        static final Field<Long> NET_MINOR = field(name("net_minor"), SQLDataType.BIGINT);
        static final Field<String> HOLD_PLAN = field(name("hold_plan"), SQLDataType.VARCHAR);
        static final Field<String> PAYOUT_ACCOUNT = field(name("payout_account"), SQLDataType.VARCHAR);
        static final Field<String> STAGE = field(name("stage"), SQLDataType.VARCHAR);
        static final Field<String> STATUS = field(name("status"), SQLDataType.VARCHAR);
        static final Field<Boolean> RELEASED = field(name("released"), SQLDataType.BOOLEAN);
        static final Field<Boolean> RELEASE_REQUESTED = field(name("release_requested"), SQLDataType.BOOLEAN);
        static final Field<Boolean> CUSTOMER_RELEASED = field(name("customer_released"), SQLDataType.BOOLEAN);
        static final Field<Boolean> CANCEL_REQUESTED = field(name("cancel_requested"), SQLDataType.BOOLEAN);
        static final Field<Boolean> DISPUTED = field(name("disputed"), SQLDataType.BOOLEAN);
        static final Field<String> PENDING_CALL = field(name("pending_call"), SQLDataType.VARCHAR);
        static final Field<String> INTENT_ID = field(name("intent_id"), SQLDataType.VARCHAR);
        static final Field<String> CLIENT_SECRET = field(name("client_secret"), SQLDataType.VARCHAR);
        static final Field<String> CHECKOUT_SESSION_ID = field(name("checkout_session_id"), SQLDataType.VARCHAR);
        static final Field<String> CHECKOUT_URL = field(name("checkout_url"), SQLDataType.VARCHAR);
        static final Field<Instant> CHECKOUT_EXPIRES_AT = field(name("checkout_expires_at"), SQLDataType.INSTANT);
        static final Field<Long> CAPTURED_MINOR = field(name("captured_minor"), SQLDataType.BIGINT);
        static final Field<String> FAILURE_CODE = field(name("failure_code"), SQLDataType.VARCHAR);
        static final Field<String> FAILURE_MESSAGE = field(name("failure_message"), SQLDataType.VARCHAR);
        static final Field<Instant> CREATED_AT = field(name("created_at"), SQLDataType.INSTANT);
        static final Field<Instant> CAPTURED_AT = field(name("captured_at"), SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = field(name("updated_at"), SQLDataType.INSTANT);
        static final Field<Long> VERSION = field(name("version"), SQLDataType.BIGINT);

        static final Field<?>[] ALL = {ID, JOB_ID, CUSTOMER_ID, PROVIDER_ID, METHOD, CURRENCY, AMOUNT_MINOR, FEE_MINOR,
                NET_MINOR, HOLD_PLAN, PAYOUT_ACCOUNT, STAGE, STATUS, RELEASED, RELEASE_REQUESTED, CUSTOMER_RELEASED, CANCEL_REQUESTED, DISPUTED,
                PENDING_CALL, INTENT_ID, CLIENT_SECRET, CHECKOUT_SESSION_ID, CHECKOUT_URL, CHECKOUT_EXPIRES_AT, CAPTURED_MINOR, FAILURE_CODE, FAILURE_MESSAGE, CREATED_AT,
                CAPTURED_AT, UPDATED_AT, VERSION};

        private Payments() {
        }
    }

    static final class Refunds {
        static final Table<Record> TABLE = table(name("refunds"));
        static final Field<String> ID = field(name("id"), SQLDataType.VARCHAR);
        static final Field<String> PAYMENT_ID = field(name("payment_id"), SQLDataType.VARCHAR);
        static final Field<Integer> POSITION = field(name("position"), SQLDataType.INTEGER);
        static final Field<Long> AMOUNT_MINOR = field(name("amount_minor"), SQLDataType.BIGINT);
        static final Field<String> CURRENCY = field(name("currency"), SQLDataType.CHAR(3));
        static final Field<String> REASON = field(name("reason"), SQLDataType.VARCHAR);
        static final Field<String> STATUS = field(name("status"), SQLDataType.VARCHAR);
        static final Field<String> GATEWAY_REFUND_ID = field(name("gateway_refund_id"), SQLDataType.VARCHAR);
        static final Field<String> REQUESTED_BY = field(name("requested_by"), SQLDataType.VARCHAR);
        static final Field<Instant> CREATED_AT = field(name("created_at"), SQLDataType.INSTANT);
        static final Field<Instant> SETTLED_AT = field(name("settled_at"), SQLDataType.INSTANT);

        private Refunds() {
        }
    }

    static final class LedgerEntries {
        static final Table<Record> TABLE = table(name("ledger_entries"));
        static final Field<Long> ID = field(name("id"), SQLDataType.BIGINT);
        static final Field<String> JOB_ID = field(name("job_id"), SQLDataType.VARCHAR);
        static final Field<String> PAYMENT_ID = field(name("payment_id"), SQLDataType.VARCHAR);
        static final Field<String> ACCOUNT_TYPE = field(name("account_type"), SQLDataType.VARCHAR);
        static final Field<String> ACCOUNT_OWNER = field(name("account_owner"), SQLDataType.VARCHAR);
        static final Field<Long> AMOUNT_MINOR = field(name("amount_minor"), SQLDataType.BIGINT);
        static final Field<String> CURRENCY = field(name("currency"), SQLDataType.CHAR(3));
        static final Field<String> KIND = field(name("kind"), SQLDataType.VARCHAR);
        static final Field<String> METHOD = field(name("method"), SQLDataType.VARCHAR);
        static final Field<Instant> RECORDED_AT = field(name("recorded_at"), SQLDataType.INSTANT);

        static final Field<?>[] ALL = {JOB_ID, PAYMENT_ID, ACCOUNT_TYPE, ACCOUNT_OWNER, AMOUNT_MINOR, CURRENCY, KIND, METHOD,
                RECORDED_AT};

        private LedgerEntries() {
        }
    }

    static final class ProcessedWebhookEvents {
        static final Table<Record> TABLE = table(name("processed_webhook_events"));
        static final Field<String> EVENT_ID = field(name("event_id"), SQLDataType.VARCHAR);
        static final Field<String> EVENT_TYPE = field(name("event_type"), SQLDataType.VARCHAR);
        static final Field<Instant> PROCESSED_AT = field(name("processed_at"), SQLDataType.INSTANT);
        static final Field<String> IGNORED_BECAUSE = field(name("ignored_because"), SQLDataType.VARCHAR);

        private ProcessedWebhookEvents() {
        }
    }

    static final class IdempotencyKeys {
        static final Table<Record> TABLE = table(name("idempotency_keys"));
        static final Field<String> CALLER = field(name("caller"), SQLDataType.VARCHAR);
        static final Field<String> ROUTE = field(name("route"), SQLDataType.VARCHAR);
        static final Field<String> KEY = field(name("key"), SQLDataType.VARCHAR);
        static final Field<String> FINGERPRINT = field(name("fingerprint"), SQLDataType.VARCHAR);
        static final Field<String> CLAIM_TOKEN = field(name("claim_token"), SQLDataType.VARCHAR);
        static final Field<Instant> CLAIMED_AT = field(name("claimed_at"), SQLDataType.INSTANT);
        static final Field<Instant> LEASE_UNTIL = field(name("lease_until"), SQLDataType.INSTANT);
        static final Field<Boolean> COMPLETED = field(name("completed"), SQLDataType.BOOLEAN);
        static final Field<Integer> RESPONSE_STATUS = field(name("response_status"), SQLDataType.INTEGER);
        static final Field<String> RESPONSE_BODY = field(name("response_body"), SQLDataType.VARCHAR);

        private IdempotencyKeys() {
        }
    }

    static final class PayoutAccounts {
        static final Table<Record> TABLE = table(name("provider_payout_accounts"));
        static final Field<String> PROVIDER_ID = field(name("provider_id"), SQLDataType.VARCHAR);
        static final Field<String> ACCOUNT = field(name("account"), SQLDataType.VARCHAR);
        static final Field<Instant> CREATED_AT = field(name("created_at"), SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = field(name("updated_at"), SQLDataType.INSTANT);

        private PayoutAccounts() {
        }
    }
}

package dev.callout.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The webhook tables of V16, spelled once. */
final class WebhookTables {

    private WebhookTables() {
    }

    static final class Endpoints {
        static final Table<Record> TABLE = table(name("webhook_endpoints"));
        static final Field<String> ID = field(name("webhook_endpoints", "id"), SQLDataType.VARCHAR);
        static final Field<String> URL = field(name("webhook_endpoints", "url"), SQLDataType.VARCHAR);
        static final Field<String[]> EVENTS = field(name("webhook_endpoints", "events"), SQLDataType.VARCHAR.array());
        static final Field<String> DESCRIPTION = field(name("webhook_endpoints", "description"), SQLDataType.VARCHAR);
        static final Field<String> SEALED_SECRET = field(name("webhook_endpoints", "sealed_secret"), SQLDataType.VARCHAR);
        static final Field<Instant> CREATED_AT = field(name("webhook_endpoints", "created_at"), SQLDataType.INSTANT);

        static final Field<?>[] ALL = {ID, URL, EVENTS, DESCRIPTION, SEALED_SECRET, CREATED_AT};

        private Endpoints() {
        }
    }

    static final class Deliveries {
        static final Table<Record> TABLE = table(name("webhook_deliveries"));
        static final Field<String> ID = field(name("webhook_deliveries", "id"), SQLDataType.VARCHAR);
        static final Field<String> ENDPOINT_ID = field(name("webhook_deliveries", "endpoint_id"), SQLDataType.VARCHAR);
        static final Field<String> EVENT_ID = field(name("webhook_deliveries", "event_id"), SQLDataType.VARCHAR);
        static final Field<String> EVENT_TYPE = field(name("webhook_deliveries", "event_type"), SQLDataType.VARCHAR);
        static final Field<String> BODY = field(name("webhook_deliveries", "body"), SQLDataType.VARCHAR);
        static final Field<String> STATUS = field(name("webhook_deliveries", "status"), SQLDataType.VARCHAR);
        static final Field<Integer> ATTEMPTS = field(name("webhook_deliveries", "attempts"), SQLDataType.INTEGER);
        static final Field<Integer> LAST_RESPONSE_CODE = field(name("webhook_deliveries", "last_response_code"),
                SQLDataType.INTEGER);
        static final Field<String> LAST_ERROR = field(name("webhook_deliveries", "last_error"), SQLDataType.VARCHAR);
        static final Field<Instant> LAST_ATTEMPT_AT = field(name("webhook_deliveries", "last_attempt_at"), SQLDataType.INSTANT);
        static final Field<Instant> NEXT_ATTEMPT_AT = field(name("webhook_deliveries", "next_attempt_at"), SQLDataType.INSTANT);
        static final Field<Instant> LEASED_UNTIL = field(name("webhook_deliveries", "leased_until"), SQLDataType.INSTANT);
        static final Field<Instant> CREATED_AT = field(name("webhook_deliveries", "created_at"), SQLDataType.INSTANT);

        static final Field<?>[] ALL = {ID, ENDPOINT_ID, EVENT_ID, EVENT_TYPE, BODY, STATUS, ATTEMPTS, LAST_RESPONSE_CODE,
                LAST_ERROR, LAST_ATTEMPT_AT, NEXT_ATTEMPT_AT, CREATED_AT};

        private Deliveries() {
        }
    }
}

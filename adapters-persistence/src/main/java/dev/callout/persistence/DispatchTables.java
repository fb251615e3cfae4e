package dev.callout.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The dispatch tables and columns of V3, V8 and V23, spelled once. */
final class DispatchTables {

    private DispatchTables() {
    }

    static final class Presence {
        static final Table<Record> TABLE = table(name("provider_presence"));
        static final Field<String> PROVIDER_ID = field(name("provider_presence", "provider_id"), SQLDataType.VARCHAR);
        static final Field<String> AVAILABILITY = field(name("provider_presence", "availability"), SQLDataType.VARCHAR);
        static final Field<Double> LAT = field(name("provider_presence", "lat"), SQLDataType.DOUBLE);
        static final Field<Double> LNG = field(name("provider_presence", "lng"), SQLDataType.DOUBLE);
        static final Field<Instant> POSITION_AT = field(name("provider_presence", "position_at"), SQLDataType.INSTANT);
        static final Field<String> ACTIVE_JOB_ID = field(name("provider_presence", "active_job_id"), SQLDataType.VARCHAR);
        static final Field<Instant> UPDATED_AT = field(name("provider_presence", "updated_at"), SQLDataType.INSTANT);
        static final Field<Double> BASE_LAT = field(name("provider_presence", "base_lat"), SQLDataType.DOUBLE);
        static final Field<Double> BASE_LNG = field(name("provider_presence", "base_lng"), SQLDataType.DOUBLE);
        static final Field<String> BASE_ADDRESS = field(name("provider_presence", "base_address"), SQLDataType.VARCHAR);

        static final Field<?>[] ALL = {PROVIDER_ID, AVAILABILITY, LAT, LNG, POSITION_AT, ACTIVE_JOB_ID, UPDATED_AT, BASE_LAT,
            BASE_LNG, BASE_ADDRESS};

        private Presence() {
        }
    }

    static final class Rounds {
        static final Table<Record> TABLE = table(name("dispatch_rounds"));
        static final Field<String> JOB_ID = field(name("job_id"), SQLDataType.VARCHAR);
        static final Field<Integer> WAVE = field(name("wave"), SQLDataType.INTEGER);
        static final Field<Instant> OPENED_AT = field(name("opened_at"), SQLDataType.INSTANT);
        static final Field<Integer> STEP = field(name("step"), SQLDataType.INTEGER);
        static final Field<String[]> OFFERED = field(name("offered_provider_ids"), SQLDataType.VARCHAR.array());
        static final Field<Instant> EXPIRES_AT = field(name("expires_at"), SQLDataType.INSTANT);

        private Rounds() {
        }
    }

    static final class Timers {
        static final Table<Record> TABLE = table(name("timers"));
        static final Field<Long> ID = field(name("id"), SQLDataType.BIGINT);
        static final Field<String> KIND = field(name("kind"), SQLDataType.VARCHAR);
        static final Field<String> JOB_ID = field(name("job_id"), SQLDataType.VARCHAR);
        static final Field<Integer> WAVE = field(name("wave"), SQLDataType.INTEGER);
        static final Field<Integer> STEP = field(name("step"), SQLDataType.INTEGER);
        static final Field<Instant> DUE_AT = field(name("due_at"), SQLDataType.INSTANT);
        static final Field<Integer> ATTEMPTS = field(name("attempts"), SQLDataType.INTEGER);
        static final Field<Instant> NEXT_ATTEMPT_AT = field(name("next_attempt_at"), SQLDataType.INSTANT);
        static final Field<String> LAST_ERROR = field(name("last_error"), SQLDataType.VARCHAR);

        private Timers() {
        }
    }

    /** The relay's columns of {@code outbox}, added by V3. */
    static final class Relay {
        static final Field<Integer> ATTEMPTS = field(name("attempts"), SQLDataType.INTEGER);
        static final Field<Instant> NEXT_ATTEMPT_AT = field(name("next_attempt_at"), SQLDataType.INSTANT);
        static final Field<Instant> LEASED_UNTIL = field(name("leased_until"), SQLDataType.INSTANT);
        static final Field<String[]> HANDLERS_LEFT = field(name("handlers_left"), SQLDataType.VARCHAR.array());
        static final Field<String> LAST_ERROR = field(name("last_error"), SQLDataType.VARCHAR);

        private Relay() {
        }
    }

    /** Work given up on (V8). */
    static final class DeadLetters {
        static final Table<Record> TABLE = table(name("dead_letters"));
        static final Field<String> ID = field(name("id"), SQLDataType.VARCHAR);
        static final Field<String> KIND = field(name("kind"), SQLDataType.VARCHAR);
        static final Field<String> WORK = field(name("work"), SQLDataType.VARCHAR);
        static final Field<String> SUBJECT_ID = field(name("subject_id"), SQLDataType.VARCHAR);
        static final Field<String> HANDLER = field(name("handler"), SQLDataType.VARCHAR);
        static final Field<Long> OUTBOX_ID = field(name("outbox_id"), SQLDataType.BIGINT);
        static final Field<Integer> TIMER_WAVE = field(name("timer_wave"), SQLDataType.INTEGER);
        static final Field<Integer> TIMER_STEP = field(name("timer_step"), SQLDataType.INTEGER);
        static final Field<Instant> TIMER_DUE_AT = field(name("timer_due_at"), SQLDataType.INSTANT);
        static final Field<Integer> ATTEMPTS = field(name("attempts"), SQLDataType.INTEGER);
        static final Field<String> LAST_ERROR = field(name("last_error"), SQLDataType.VARCHAR);
        static final Field<Instant> PARKED_AT = field(name("parked_at"), SQLDataType.INSTANT);

        static final Field<?>[] ALL = {ID, KIND, WORK, SUBJECT_ID, HANDLER, OUTBOX_ID, TIMER_WAVE, TIMER_STEP,
            TIMER_DUE_AT, ATTEMPTS, LAST_ERROR, PARKED_AT};

        private DeadLetters() {
        }
    }
}

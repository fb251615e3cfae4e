package dev.callout.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.Instant;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The tables and columns jOOQ queries use, spelled once (no code generation). */
final class Tables {

    private Tables() {
    }

    static final class Users {
        static final Table<Record> TABLE = table(name("users"));
        static final Field<String> ID = field(name("id"), SQLDataType.VARCHAR);
        static final Field<String> ROLE = field(name("role"), SQLDataType.VARCHAR);
        static final Field<String> NAME = field(name("name"), SQLDataType.VARCHAR);
        static final Field<String> EMAIL = field(name("email"), SQLDataType.VARCHAR);
        static final Field<String> PHONE = field(name("phone"), SQLDataType.VARCHAR);
        static final Field<String> PASSWORD_HASH = field(name("password_hash"), SQLDataType.VARCHAR);
        static final Field<String> STATUS = field(name("status"), SQLDataType.VARCHAR);
        static final Field<String[]> CATEGORIES = field(name("categories"), SQLDataType.VARCHAR.array());
        static final Field<Instant> CREATED_AT = field(name("created_at"), SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = field(name("updated_at"), SQLDataType.INSTANT);

        private Users() {
        }
    }

    static final class Categories {
        static final Table<Record> TABLE = table(name("categories"));
        static final Field<String> CODE = field(name("code"), SQLDataType.VARCHAR);
        static final Field<String> NAME = field(name("name"), SQLDataType.VARCHAR);
        static final Field<String> CURRENCY = field(name("currency"), SQLDataType.CHAR(3));
        static final Field<Long> BASE_FARE_MINOR = field(name("base_fare_minor"), SQLDataType.BIGINT);
        static final Field<Long> PER_KM_MINOR = field(name("per_km_minor"), SQLDataType.BIGINT);
        static final Field<Integer> IMMEDIATE_SURCHARGE_BPS = field(name("immediate_surcharge_bps"), SQLDataType.INTEGER);
        static final Field<Integer> PLATFORM_FEE_BPS = field(name("platform_fee_bps"), SQLDataType.INTEGER);
        static final Field<Boolean> REQUIRES_VEHICLE = field(name("requires_vehicle"), SQLDataType.BOOLEAN);

        private Categories() {
        }
    }

    static final class Jobs {
        static final Table<Record> TABLE = table(name("jobs"));
        static final Field<String> ID = field(name("id"), SQLDataType.VARCHAR);
        static final Field<String> CUSTOMER_ID = field(name("customer_id"), SQLDataType.VARCHAR);
        static final Field<String> PROVIDER_ID = field(name("provider_id"), SQLDataType.VARCHAR);
        static final Field<String> CATEGORY = field(name("category"), SQLDataType.VARCHAR);
        static final Field<String> DESCRIPTION = field(name("description"), SQLDataType.VARCHAR);
        static final Field<Double> LOCATION_LAT = field(name("location_lat"), SQLDataType.DOUBLE);
        static final Field<Double> LOCATION_LNG = field(name("location_lng"), SQLDataType.DOUBLE);
        static final Field<String> LOCATION_ADDRESS = field(name("location_address"), SQLDataType.VARCHAR);
        static final Field<Double> DROPOFF_LAT = field(name("dropoff_lat"), SQLDataType.DOUBLE);
        static final Field<Double> DROPOFF_LNG = field(name("dropoff_lng"), SQLDataType.DOUBLE);
        static final Field<String> DROPOFF_ADDRESS = field(name("dropoff_address"), SQLDataType.VARCHAR);
        static final Field<String> URGENCY = field(name("urgency"), SQLDataType.VARCHAR);
        static final Field<Instant> SCHEDULED_AT = field(name("scheduled_at"), SQLDataType.INSTANT);
        static final Field<Boolean> FAVORITES_FIRST = field(name("favorites_first"), SQLDataType.BOOLEAN);
        static final Field<String> PRICE_BASIS = field(name("price_basis"), SQLDataType.VARCHAR);
        static final Field<BigDecimal> DISTANCE_KM = field(name("distance_km"), SQLDataType.NUMERIC(10, 3));
        static final Field<Long> BASE_FARE_MINOR = field(name("base_fare_minor"), SQLDataType.BIGINT);
        static final Field<Long> DISTANCE_CHARGE_MINOR = field(name("distance_charge_minor"), SQLDataType.BIGINT);
        static final Field<Long> URGENCY_SURCHARGE_MINOR = field(name("urgency_surcharge_minor"), SQLDataType.BIGINT);
        static final Field<Long> TOTAL_MINOR = field(name("total_minor"), SQLDataType.BIGINT);
        static final Field<Long> PLATFORM_FEE_MINOR = field(name("platform_fee_minor"), SQLDataType.BIGINT);
        static final Field<Long> PROVIDER_NET_MINOR = field(name("provider_net_minor"), SQLDataType.BIGINT);
        static final Field<Integer> FEE_BPS = field(name("fee_bps"), SQLDataType.INTEGER);
        static final Field<String> CURRENCY = field(name("currency"), SQLDataType.CHAR(3));
        static final Field<String> STATUS = field(name("status"), SQLDataType.VARCHAR);
        static final Field<String[]> EXCLUDED_PROVIDER_IDS = field(name("excluded_provider_ids"), SQLDataType.VARCHAR.array());
        static final Field<Instant> CREATED_AT = field(name("created_at"), SQLDataType.INSTANT);
        static final Field<Instant> ACCEPTED_AT = field(name("accepted_at"), SQLDataType.INSTANT);
        static final Field<Instant> STARTED_AT = field(name("started_at"), SQLDataType.INSTANT);
        static final Field<Instant> COMPLETED_AT = field(name("completed_at"), SQLDataType.INSTANT);
        static final Field<Instant> CANCELLED_AT = field(name("cancelled_at"), SQLDataType.INSTANT);
        static final Field<String> CANCELLATION_REASON = field(name("cancellation_reason"), SQLDataType.VARCHAR);
        static final Field<Instant> UPDATED_AT = field(name("updated_at"), SQLDataType.INSTANT);
        static final Field<Long> VERSION = field(name("version"), SQLDataType.BIGINT);
        static final Field<String> TITLE = field(name("title"), SQLDataType.VARCHAR);
        static final Field<Integer> DURATION_HOURS = field(name("duration_hours"), SQLDataType.INTEGER);
        static final Field<String[]> IMAGE_FILE_IDS = field(name("image_file_ids"), SQLDataType.VARCHAR.array());

        static final Field<?>[] ALL = {ID, CUSTOMER_ID, PROVIDER_ID, CATEGORY, DESCRIPTION, LOCATION_LAT, LOCATION_LNG,
                LOCATION_ADDRESS, DROPOFF_LAT, DROPOFF_LNG, DROPOFF_ADDRESS, URGENCY, SCHEDULED_AT, FAVORITES_FIRST, PRICE_BASIS, DISTANCE_KM,
                BASE_FARE_MINOR, DISTANCE_CHARGE_MINOR, URGENCY_SURCHARGE_MINOR, TOTAL_MINOR, PLATFORM_FEE_MINOR,
                PROVIDER_NET_MINOR, FEE_BPS, CURRENCY, STATUS, EXCLUDED_PROVIDER_IDS, CREATED_AT, ACCEPTED_AT, STARTED_AT,
                COMPLETED_AT, CANCELLED_AT, CANCELLATION_REASON, UPDATED_AT, VERSION, TITLE, DURATION_HOURS, IMAGE_FILE_IDS};

        private Jobs() {
        }
    }

    static final class Outbox {
        static final Table<Record> TABLE = table(name("outbox"));
        static final Field<Long> ID = field(name("id"), SQLDataType.BIGINT);
        static final Field<String> EVENT_TYPE = field(name("event_type"), SQLDataType.VARCHAR);
        static final Field<String> SUBJECT_ID = field(name("subject_id"), SQLDataType.VARCHAR);
        static final Field<JSONB> PAYLOAD = field(name("payload"), SQLDataType.JSONB);
        static final Field<Instant> OCCURRED_AT = field(name("occurred_at"), SQLDataType.INSTANT);
        static final Field<Instant> PUBLISHED_AT = field(name("published_at"), SQLDataType.INSTANT);

        private Outbox() {
        }
    }
}

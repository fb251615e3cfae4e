package dev.callout.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The catalog and order tables of V24, spelled once, and their JSON columns written and read. */
final class CatalogTables {

    private CatalogTables() {
    }

    static JSONB json(JsonMapper json, Object value) {
        try {
            return JSONB.valueOf(json.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T fromJson(JsonMapper json, JSONB value, Argument<T> type) {
        try {
            return json.readValue(value.data(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class Services {
        static final Table<Record> TABLE = table(name("services"));
        static final Field<String> ID = field(name("services", "id"), SQLDataType.VARCHAR);
        static final Field<String> NAME = field(name("services", "name"), SQLDataType.VARCHAR);
        static final Field<String> DESCRIPTION = field(name("services", "description"), SQLDataType.VARCHAR);
        static final Field<String> IMAGE_FILE_ID = field(name("services", "image_file_id"), SQLDataType.VARCHAR);
        static final Field<String> CATEGORY = field(name("services", "category"), SQLDataType.VARCHAR);
        static final Field<String> STATUS = field(name("services", "status"), SQLDataType.VARCHAR);
        static final Field<JSONB> DETAILS_SCHEMA = field(name("services", "details_schema"), SQLDataType.JSONB);
        static final Field<Instant> CREATED_AT = field(name("services", "created_at"), SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = field(name("services", "updated_at"), SQLDataType.INSTANT);

        static final Field<?>[] ALL = {ID, NAME, DESCRIPTION, IMAGE_FILE_ID, CATEGORY, STATUS, DETAILS_SCHEMA, CREATED_AT, UPDATED_AT};

        private Services() {
        }
    }

    static final class Packages {
        static final Table<Record> TABLE = table(name("service_packages"));
        static final Field<String> ID = field(name("service_packages", "id"), SQLDataType.VARCHAR);
        static final Field<String> SERVICE_ID = field(name("service_packages", "service_id"), SQLDataType.VARCHAR);
        static final Field<String> NAME = field(name("service_packages", "name"), SQLDataType.VARCHAR);
        static final Field<String> DESCRIPTION = field(name("service_packages", "description"), SQLDataType.VARCHAR);
        static final Field<Long> PRICE_MINOR = field(name("service_packages", "price_minor"), SQLDataType.BIGINT);
        static final Field<String> CURRENCY = field(name("service_packages", "currency"), SQLDataType.CHAR(3));
        static final Field<Integer> DURATION_MINUTES = field(name("service_packages", "duration_minutes"), SQLDataType.INTEGER);
        static final Field<String[]> FEATURES = field(name("service_packages", "features"), SQLDataType.VARCHAR.array());
        static final Field<Instant> CREATED_AT = field(name("service_packages", "created_at"), SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = field(name("service_packages", "updated_at"), SQLDataType.INSTANT);

        static final Field<?>[] ALL = {ID, SERVICE_ID, NAME, DESCRIPTION, PRICE_MINOR, CURRENCY, DURATION_MINUTES, FEATURES,
                CREATED_AT, UPDATED_AT};

        private Packages() {
        }
    }

    static final class Orders {
        static final Table<Record> TABLE = table(name("job_orders"));
        static final Field<String> JOB_ID = field(name("job_orders", "job_id"), SQLDataType.VARCHAR);
        static final Field<String> SERVICE_ID = field(name("job_orders", "service_id"), SQLDataType.VARCHAR);
        static final Field<String> SERVICE_NAME = field(name("job_orders", "service_name"), SQLDataType.VARCHAR);
        static final Field<String> PACKAGE_ID = field(name("job_orders", "package_id"), SQLDataType.VARCHAR);
        static final Field<String> PACKAGE_NAME = field(name("job_orders", "package_name"), SQLDataType.VARCHAR);
        static final Field<Long> PRICE_MINOR = field(name("job_orders", "price_minor"), SQLDataType.BIGINT);
        static final Field<String> CURRENCY = field(name("job_orders", "currency"), SQLDataType.CHAR(3));
        static final Field<Integer> DURATION_MINUTES = field(name("job_orders", "duration_minutes"), SQLDataType.INTEGER);
        static final Field<JSONB> DETAILS = field(name("job_orders", "details"), SQLDataType.JSONB);

        static final Field<?>[] ALL = {JOB_ID, SERVICE_ID, SERVICE_NAME, PACKAGE_ID, PACKAGE_NAME, PRICE_MINOR, CURRENCY,
                DURATION_MINUTES, DETAILS};

        private Orders() {
        }
    }
}

package dev.callout.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.time.LocalDate;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The identity tables and the columns V2 and V23 added to users, spelled once. */
final class IdentityTables {

    private IdentityTables() {
    }

    static final class UserDetails {
        static final Field<String> VEHICLE_TYPE = field(name("vehicle_type"), SQLDataType.VARCHAR);
        static final Field<String> LICENCE_CATEGORY = field(name("licence_category"), SQLDataType.VARCHAR);
        static final Field<String> LICENCE_NUMBER = field(name("licence_number"), SQLDataType.VARCHAR);
        static final Field<LocalDate> LICENCE_EXPIRY = field(name("licence_expiry"), SQLDataType.LOCALDATE);
        static final Field<String> VEHICLE_REGISTRATION = field(name("vehicle_registration"), SQLDataType.VARCHAR);
        static final Field<Instant> DELETED_AT = field(name("deleted_at"), SQLDataType.INSTANT);

        private UserDetails() {
        }
    }

    static final class UserProfile {
        static final Field<String> BIO = field(name("bio"), SQLDataType.VARCHAR);
        static final Field<String> ADDRESS_TEXT = field(name("address_text"), SQLDataType.VARCHAR);
        static final Field<String> PROFILE_IMAGE_FILE_ID = field(name("profile_image_file_id"), SQLDataType.VARCHAR);

        private UserProfile() {
        }
    }

    static final class Sessions {
        static final Table<Record> TABLE = table(name("sessions"));
        static final Field<String> ID = field(name("id"), SQLDataType.VARCHAR);
        static final Field<String> USER_ID = field(name("user_id"), SQLDataType.VARCHAR);
        static final Field<Instant> STARTED_AT = field(name("started_at"), SQLDataType.INSTANT);
        static final Field<Instant> REVOKED_AT = field(name("revoked_at"), SQLDataType.INSTANT);
        static final Field<String> REVOKED_REASON = field(name("revoked_reason"), SQLDataType.VARCHAR);

        private Sessions() {
        }
    }

    static final class RefreshTokens {
        static final Table<Record> TABLE = table(name("refresh_tokens"));
        static final Field<String> HASH = field(name("hash"), SQLDataType.VARCHAR);
        static final Field<String> SESSION_ID = field(name("session_id"), SQLDataType.VARCHAR);
        static final Field<Instant> ISSUED_AT = field(name("issued_at"), SQLDataType.INSTANT);
        static final Field<Instant> EXPIRES_AT = field(name("expires_at"), SQLDataType.INSTANT);
        static final Field<Instant> USED_AT = field(name("used_at"), SQLDataType.INSTANT);

        private RefreshTokens() {
        }
    }

    static final class Codes {
        static final Table<Record> TABLE = table(name("verification_codes"));
        static final Field<String> ID = field(name("id"), SQLDataType.VARCHAR);
        static final Field<String> USER_ID = field(name("user_id"), SQLDataType.VARCHAR);
        static final Field<String> PURPOSE = field(name("purpose"), SQLDataType.VARCHAR);
        static final Field<String> CHANNEL = field(name("channel"), SQLDataType.VARCHAR);
        static final Field<String> DESTINATION = field(name("destination"), SQLDataType.VARCHAR);
        static final Field<String> CODE_HASH = field(name("code_hash"), SQLDataType.VARCHAR);
        static final Field<Instant> CREATED_AT = field(name("created_at"), SQLDataType.INSTANT);
        static final Field<Instant> EXPIRES_AT = field(name("expires_at"), SQLDataType.INSTANT);
        static final Field<Integer> ATTEMPTS = field(name("attempts"), SQLDataType.INTEGER);
        static final Field<Instant> CONSUMED_AT = field(name("consumed_at"), SQLDataType.INSTANT);
        static final Field<Boolean> RETIRED = field(name("retired"), SQLDataType.BOOLEAN);

        private Codes() {
        }
    }

    static final class LoginAttempts {
        static final Table<Record> TABLE = table(name("login_attempts"));
        static final Field<String> KEY = field(name("key"), SQLDataType.VARCHAR);
        static final Field<Integer> FAILURES = field(name("failures"), SQLDataType.INTEGER);
        static final Field<Instant> WINDOW_START = field(name("window_start"), SQLDataType.INSTANT);
        static final Field<Instant> LAST_FAILURE = field(name("last_failure"), SQLDataType.INSTANT);

        private LoginAttempts() {
        }
    }

    static final class Audit {
        static final Table<Record> TABLE = table(name("audit_log"));
        static final Field<String> ID = field(name("id"), SQLDataType.VARCHAR);
        static final Field<String> ACTOR_ID = field(name("actor_id"), SQLDataType.VARCHAR);
        static final Field<String> ACTION = field(name("action"), SQLDataType.VARCHAR);
        static final Field<String> TARGET_ID = field(name("target_id"), SQLDataType.VARCHAR);
        static final Field<String> NOTE = field(name("note"), SQLDataType.VARCHAR);
        static final Field<Instant> AT = field(name("at"), SQLDataType.INSTANT);

        private Audit() {
        }
    }

    static final class SentCodes {
        static final Table<Record> TABLE = table(name("sent_codes"));
        static final Field<Long> ID = field(name("id"), SQLDataType.BIGINT);
        static final Field<String> CHANNEL = field(name("channel"), SQLDataType.VARCHAR);
        static final Field<String> DESTINATION = field(name("destination"), SQLDataType.VARCHAR);
        static final Field<String> PURPOSE = field(name("purpose"), SQLDataType.VARCHAR);
        static final Field<String> CODE = field(name("code"), SQLDataType.VARCHAR);
        static final Field<Instant> SENT_AT = field(name("sent_at"), SQLDataType.INSTANT);

        private SentCodes() {
        }
    }
}

package dev.callout.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.util.List;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The trust and conversation tables of V5 (and V10's dispute evidence), spelled once. */
final class TrustTables {

    private TrustTables() {
    }

    static final class Files {
        static final Table<Record> TABLE = table(name("files"));
        static final Field<String> ID = field(name("id"), SQLDataType.VARCHAR);
        static final Field<String> OWNER_ID = field(name("owner_id"), SQLDataType.VARCHAR);
        static final Field<String> PURPOSE = field(name("purpose"), SQLDataType.VARCHAR);
        static final Field<String> JOB_ID = field(name("job_id"), SQLDataType.VARCHAR);
        static final Field<String> ORIGINAL_NAME = field(name("original_name"), SQLDataType.VARCHAR);
        static final Field<String> MEDIA_TYPE = field(name("media_type"), SQLDataType.VARCHAR);
        static final Field<Long> SIZE_BYTES = field(name("size_bytes"), SQLDataType.BIGINT);
        static final Field<Instant> CREATED_AT = field(name("created_at"), SQLDataType.INSTANT);

        static final List<Field<?>> ALL = List.of(ID, OWNER_ID, PURPOSE, JOB_ID, ORIGINAL_NAME, MEDIA_TYPE, SIZE_BYTES, CREATED_AT);

        private Files() {
        }
    }

    static final class Reviews {
        static final Table<Record> TABLE = table(name("reviews"));
        static final Field<String> ID = field(name("id"), SQLDataType.VARCHAR);
        static final Field<String> JOB_ID = field(name("job_id"), SQLDataType.VARCHAR);
        static final Field<String> AUTHOR_ID = field(name("author_id"), SQLDataType.VARCHAR);
        static final Field<String> SUBJECT_ID = field(name("subject_id"), SQLDataType.VARCHAR);
        static final Field<Integer> RATING = field(name("rating"), SQLDataType.INTEGER);
        static final Field<String> COMMENT = field(name("comment"), SQLDataType.VARCHAR);
        static final Field<Instant> WINDOW_CLOSES_AT = field(name("window_closes_at"), SQLDataType.INSTANT);
        static final Field<Instant> CREATED_AT = field(name("created_at"), SQLDataType.INSTANT);
        static final Field<Instant> UPDATED_AT = field(name("updated_at"), SQLDataType.INSTANT);

        static final List<Field<?>> ALL = List.of(ID, JOB_ID, AUTHOR_ID, SUBJECT_ID, RATING, COMMENT, WINDOW_CLOSES_AT, CREATED_AT, UPDATED_AT);

        private Reviews() {
        }
    }

    static final class Favorites {
        static final Table<Record> TABLE = table(name("favorites"));
        static final Field<String> ID = field(name("id"), SQLDataType.VARCHAR);
        static final Field<String> CUSTOMER_ID = field(name("customer_id"), SQLDataType.VARCHAR);
        static final Field<String> PROVIDER_ID = field(name("provider_id"), SQLDataType.VARCHAR);
        static final Field<String> NOTE = field(name("note"), SQLDataType.VARCHAR);
        static final Field<Instant> CREATED_AT = field(name("created_at"), SQLDataType.INSTANT);

        static final List<Field<?>> ALL = List.of(ID, CUSTOMER_ID, PROVIDER_ID, NOTE, CREATED_AT);

        private Favorites() {
        }
    }

    static final class Disputes {
        static final Table<Record> TABLE = table(name("disputes"));
        static final Field<String> ID = field(name("id"), SQLDataType.VARCHAR);
        static final Field<String> JOB_ID = field(name("job_id"), SQLDataType.VARCHAR);
        static final Field<String> CUSTOMER_ID = field(name("customer_id"), SQLDataType.VARCHAR);
        static final Field<String> PROVIDER_ID = field(name("provider_id"), SQLDataType.VARCHAR);
        static final Field<String> RAISED_BY = field(name("raised_by"), SQLDataType.VARCHAR);
        static final Field<String> REASON = field(name("reason"), SQLDataType.VARCHAR);
        static final Field<String[]> EVIDENCE = field(name("evidence_file_ids"), SQLDataType.VARCHAR.array());
        static final Field<String> STATUS = field(name("status"), SQLDataType.VARCHAR);
        static final Field<String> RESOLUTION = field(name("resolution"), SQLDataType.VARCHAR);
        static final Field<Long> REFUND_MINOR = field(name("refund_minor"), SQLDataType.BIGINT);
        static final Field<String> REFUND_CURRENCY = field(name("refund_currency"), SQLDataType.CHAR(3));
        static final Field<String> DECISION_NOTE = field(name("decision_note"), SQLDataType.VARCHAR);
        static final Field<String> DECIDED_BY = field(name("decided_by"), SQLDataType.VARCHAR);
        static final Field<Instant> CREATED_AT = field(name("created_at"), SQLDataType.INSTANT);
        static final Field<Instant> REVIEW_STARTED_AT = field(name("review_started_at"), SQLDataType.INSTANT);
        static final Field<Instant> RESOLVED_AT = field(name("resolved_at"), SQLDataType.INSTANT);

        static final List<Field<?>> ALL = List.of(ID, JOB_ID, CUSTOMER_ID, PROVIDER_ID, RAISED_BY, REASON, EVIDENCE, STATUS, RESOLUTION, REFUND_MINOR, REFUND_CURRENCY, DECISION_NOTE, DECIDED_BY, CREATED_AT, REVIEW_STARTED_AT, RESOLVED_AT);

        private Disputes() {
        }
    }

    static final class Notifications {
        static final Table<Record> TABLE = table(name("notifications"));
        static final Field<String> ID = field(name("id"), SQLDataType.VARCHAR);
        static final Field<String> RECIPIENT_ID = field(name("recipient_id"), SQLDataType.VARCHAR);
        static final Field<String> TYPE = field(name("type"), SQLDataType.VARCHAR);
        static final Field<String> TITLE = field(name("title"), SQLDataType.VARCHAR);
        static final Field<String> BODY = field(name("body"), SQLDataType.VARCHAR);
        static final Field<JSONB> PAYLOAD = field(name("payload"), SQLDataType.JSONB);
        static final Field<String> SOURCE_KEY = field(name("source_key"), SQLDataType.VARCHAR);
        static final Field<Boolean> READ = field(name("read"), SQLDataType.BOOLEAN);
        static final Field<Instant> CREATED_AT = field(name("created_at"), SQLDataType.INSTANT);

        static final List<Field<?>> ALL = List.of(ID, RECIPIENT_ID, TYPE, TITLE, BODY, PAYLOAD, SOURCE_KEY, READ, CREATED_AT);

        private Notifications() {
        }
    }

    static final class DisputeEvidence {
        static final Table<Record> TABLE = table(name("dispute_evidence"));
        static final Field<String> DISPUTE_ID = field(name("dispute_id"), SQLDataType.VARCHAR);
        static final Field<String> FILE_ID = field(name("file_id"), SQLDataType.VARCHAR);

        private DisputeEvidence() {
        }
    }

    static final class Messages {
        static final Table<Record> TABLE = table(name("messages"));
        static final Field<String> ID = field(name("id"), SQLDataType.VARCHAR);
        static final Field<String> JOB_ID = field(name("job_id"), SQLDataType.VARCHAR);
        static final Field<String> SENDER_ID = field(name("sender_id"), SQLDataType.VARCHAR);
        static final Field<String> CONTENT = field(name("content"), SQLDataType.VARCHAR);
        static final Field<String> IMAGE_FILE_ID = field(name("image_file_id"), SQLDataType.VARCHAR);
        static final Field<Instant> SENT_AT = field(name("sent_at"), SQLDataType.INSTANT);
        static final Field<Instant> READ_AT = field(name("read_at"), SQLDataType.INSTANT);

        static final List<Field<?>> ALL = List.of(ID, JOB_ID, SENDER_ID, CONTENT, IMAGE_FILE_ID, SENT_AT, READ_AT);

        private Messages() {
        }
    }
}

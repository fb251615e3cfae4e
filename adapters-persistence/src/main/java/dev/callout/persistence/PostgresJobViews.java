package dev.callout.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import dev.callout.application.job.JobView;
import dev.callout.application.port.JobViews;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.TimelineEntry;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A job, its order, its timeline and its photos in one statement: the job's row joined to its
 * order's, with the timeline ({@code [status, microseconds since the epoch, actor id, actor role]}
 * in id order) and the photos ({@code [id, owner id, original name, media type, size, microseconds]},
 * oldest first) aggregated as two-dimensional text arrays. GET /jobs/{id} runs it on every read, so it
 * is JDBC's own statement (the driver prepares it once per connection) and its row is read straight
 * from JDBC: jOOQ rendering the SQL, then binding and parsing each column (timestamps as text), was
 * most of the route's time in the database adapter.
 */
@Singleton
public final class PostgresJobViews implements JobViews {

    private static final Field<?>[] COLUMNS = Stream.concat(Arrays.stream(Tables.Jobs.ALL), Arrays.stream(CatalogTables.Orders.ALL))
            .toArray(Field<?>[]::new);
    private static final String JOB_ID = "jobs." + Tables.Jobs.ID.getName();
    private static final String SQL = "SELECT " + columns() + ", (SELECT array_agg(ARRAY[t.status, " + micros("t.at")
            + ", t.actor_id, t.actor_role] ORDER BY t.id) FROM job_timeline t WHERE t.job_id = " + JOB_ID + "), "
            + "(SELECT array_agg(ARRAY[" + photoColumns() + "] ORDER BY f.created_at, f.id) "
            + "FROM files f WHERE f.job_id = " + JOB_ID + " AND f.purpose = '" + FilePurpose.JOB.wireName() + "') "
            + "FROM jobs LEFT JOIN job_orders ON job_orders.job_id = " + JOB_ID + " WHERE " + JOB_ID + " = ?";

    private final Sql sql;
    private final JsonMapper json;

    PostgresJobViews(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public Optional<JobView> byId(JobId id) {
        return sql.run(dsl -> dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SQL)) {
                statement.setString(1, id.value());
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.of(view(id, dsl, row)) : Optional.empty();
                }
            }
        }));
    }

    private JobView view(JobId id, DSLContext dsl, ResultSet row) throws SQLException {
        Record r = dsl.newRecord(COLUMNS);
        Object[] values = new Object[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            values[i] = value(row, i + 1, COLUMNS[i].getType());
        }
        r.fromArray(values);
        return new JobView(JobMapper.toJob(r), r.get(CatalogTables.Orders.JOB_ID) == null ? null : PostgresOrders.order(json, r),
                rows(row, COLUMNS.length + 1, entry -> PostgresJobTimeline.entry(id, entry[0], instant(entry[1]), entry[2], entry[3])),
                rows(row, COLUMNS.length + 2, photo -> PostgresStoredFiles.file(photo[0], photo[1], FilePurpose.JOB.wireName(), id,
                        photo[2], photo[3], Long.parseLong(photo[4]), instant(photo[5]))));
    }

    /** A column as its field types it. */
    private static Object value(ResultSet row, int column, Class<?> type) throws SQLException {
        if (type == Instant.class) {
            OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
            return at == null ? null : at.toInstant();
        }
        if (type == String[].class) {
            Array array = row.getArray(column);
            return array == null ? null : array.getArray();
        }
        if (type == JSONB.class) {
            String text = row.getString(column);
            return text == null ? null : JSONB.valueOf(text);
        }
        return row.getObject(column, type);
    }

    private static <T> List<T> rows(ResultSet row, int column, Function<String[], T> each) throws SQLException {
        Array rows = row.getArray(column);
        return rows == null ? List.of() : Arrays.stream((String[][]) rows.getArray()).map(each).toList();
    }

    private static Instant instant(String micros) {
        return Instant.EPOCH.plus(Long.parseLong(micros), ChronoUnit.MICROS);
    }

    private static String micros(String column) {
        return "CAST(extract(epoch FROM " + column + ") * 1000000 AS bigint)::text";
    }

    /** The job's columns qualified by their table (job_orders has a currency too), then the order's. */
    private static String columns() {
        var render = DSL.using(SQLDialect.POSTGRES);
        return Stream.concat(Arrays.stream(Tables.Jobs.ALL).map(column -> field(name("jobs", column.getName()))),
                Arrays.stream(CatalogTables.Orders.ALL)).map(render::render).collect(Collectors.joining(", "));
    }

    private static String photoColumns() {
        var render = DSL.using(SQLDialect.POSTGRES);
        return Stream.of(TrustTables.Files.ID, TrustTables.Files.OWNER_ID, TrustTables.Files.ORIGINAL_NAME,
                        TrustTables.Files.MEDIA_TYPE).map(column -> render.render(field(name("f", column.getName()))))
                .collect(Collectors.joining(", ")) + ", f." + TrustTables.Files.SIZE_BYTES.getName() + "::text, "
                + micros("f." + TrustTables.Files.CREATED_AT.getName());
    }
}

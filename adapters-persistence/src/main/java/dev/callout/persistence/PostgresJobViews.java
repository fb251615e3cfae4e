package dev.callout.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import dev.callout.application.job.JobView;
import dev.callout.application.port.JobViews;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.TimelineEntry;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A job, its order, its timeline and its photos in one statement: the job's row joined to its
 * order's, with the timeline ({@code [status, microseconds since the epoch, actor id, actor role]}
 * in id order) and the photos ({@code [id, owner id, original name, media type, size, microseconds]},
 * oldest first) aggregated as JSON. The statement is JDBC's own, prepared once per connection by the
 * driver (GET /jobs/{id} runs it on every read): jOOQ only reads the row back, by position, so no
 * SQL is rendered or parsed per read.
 */
@Singleton
public final class PostgresJobViews implements JobViews {

    private static final Field<JSON> TIMELINE = field(name("timeline"), SQLDataType.JSON);
    private static final Field<JSON> PHOTOS = field(name("photos"), SQLDataType.JSON);
    private static final Field<?>[] COLUMNS = Stream.of(Arrays.stream(Tables.Jobs.ALL), Arrays.stream(CatalogTables.Orders.ALL),
            Stream.of(TIMELINE, PHOTOS)).flatMap(columns -> columns).toArray(Field<?>[]::new);
    private static final Argument<List<List<Object>>> ROWS = Argument.listOf(Argument.listOf(Object.class));
    private static final String SQL = "SELECT " + columns() + ", (SELECT coalesce(json_agg(json_build_array(t.status, "
            + micros("t.at") + ", t.actor_id, t.actor_role) ORDER BY t.id), '[]') "
            + "FROM job_timeline t WHERE t.job_id = jobs.id) AS timeline, "
            + "(SELECT coalesce(json_agg(json_build_array(" + photoColumns() + ") ORDER BY f.created_at, f.id), '[]') "
            + "FROM files f WHERE f.job_id = jobs.id AND f.purpose = '" + FilePurpose.JOB.wireName() + "') AS photos "
            + "FROM jobs LEFT JOIN job_orders ON job_orders.job_id = jobs.id WHERE jobs.id = ?";

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
                    return dsl.fetchOptional(row, COLUMNS).map(r -> view(id, r));
                }
            }
        }));
    }

    private JobView view(JobId id, Record r) {
        return new JobView(JobMapper.toJob(r), r.get(CatalogTables.Orders.JOB_ID) == null ? null : PostgresOrders.order(json, r),
                rows(r.get(TIMELINE), row -> PostgresJobTimeline.entry(id, (String) row.get(0), instant(row.get(1)),
                        (String) row.get(2), (String) row.get(3))),
                rows(r.get(PHOTOS), row -> PostgresStoredFiles.file((String) row.get(0), (String) row.get(1),
                        FilePurpose.JOB.wireName(), id, (String) row.get(2), (String) row.get(3),
                        ((Number) row.get(4)).longValue(), instant(row.get(5)))));
    }

    private <T> List<T> rows(JSON rows, Function<List<Object>, T> each) {
        try {
            return json.readValue(rows.data(), ROWS).stream().map(each).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(Object micros) {
        return Instant.EPOCH.plus(((Number) micros).longValue(), ChronoUnit.MICROS);
    }

    private static String micros(String column) {
        return "CAST(extract(epoch FROM " + column + ") * 1000000 AS bigint)";
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
                        TrustTables.Files.MEDIA_TYPE, TrustTables.Files.SIZE_BYTES)
                .map(column -> render.render(field(name("f", column.getName())))).collect(Collectors.joining(", "))
                + ", " + micros("f." + TrustTables.Files.CREATED_AT.getName());
    }
}

package dev.callout.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import dev.callout.application.job.JobView;
import dev.callout.application.port.JobViews;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.TimelineEntry;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A job, its order and its timeline in one statement: the job's row joined to its order's, with
 * the timeline aggregated as JSON ({@code [status, microseconds since the epoch, actor id, actor
 * role]} in id order). The SQL is rendered once; each read binds the id and reads the columns by
 * position, so none of the three is rendered or sent on its own.
 */
@Singleton
public final class PostgresJobViews implements JobViews {

    private static final Field<JSON> TIMELINE = field(name("timeline"), SQLDataType.JSON);
    private static final Field<?>[] COLUMNS = Stream.of(Arrays.stream(Tables.Jobs.ALL), Arrays.stream(CatalogTables.Orders.ALL),
            Stream.of(TIMELINE)).flatMap(columns -> columns).toArray(Field<?>[]::new);
    private static final String SQL = "SELECT " + columns() + ", (SELECT coalesce(json_agg(json_build_array(t.status, "
            + "CAST(extract(epoch FROM t.at) * 1000000 AS bigint), t.actor_id, t.actor_role) ORDER BY t.id), '[]') "
            + "FROM job_timeline t WHERE t.job_id = jobs.id) AS timeline "
            + "FROM jobs LEFT JOIN job_orders ON job_orders.job_id = jobs.id WHERE jobs.id = ?";

    private final Sql sql;
    private final JsonMapper json;

    PostgresJobViews(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public Optional<JobView> byId(JobId id) {
        return sql.run(dsl -> dsl.resultQuery(SQL, id.value()).coerce(COLUMNS).fetchOptional(this::view));
    }

    private JobView view(Record r) {
        return new JobView(JobMapper.toJob(r), r.get(CatalogTables.Orders.JOB_ID) == null ? null : PostgresOrders.order(json, r),
                timeline(r.get(Tables.Jobs.ID), r.get(TIMELINE)));
    }

    private List<TimelineEntry> timeline(String jobId, JSON entries) {
        List<List<Object>> rows;
        try {
            rows = json.readValue(entries.data(), Argument.listOf(Argument.listOf(Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.stream().map(row -> PostgresJobTimeline.entry(jobId, (String) row.get(0),
                Instant.EPOCH.plus(((Number) row.get(1)).longValue(), ChronoUnit.MICROS), (String) row.get(2), (String) row.get(3)))
                .toList();
    }

    /** The job's columns qualified by their table (job_orders has a currency too), then the order's. */
    private static String columns() {
        var render = DSL.using(SQLDialect.POSTGRES);
        return Stream.concat(Arrays.stream(Tables.Jobs.ALL).map(column -> field(name("jobs", column.getName()))),
                Arrays.stream(CatalogTables.Orders.ALL)).map(render::render).collect(Collectors.joining(", "));
    }
}

package dev.callout.persistence;

import static dev.callout.persistence.CatalogTables.Orders.*;

import dev.callout.application.port.Orders;
import dev.callout.domain.catalog.Order;
import dev.callout.domain.catalog.OrderDetails;
import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.jooq.Record;

/** The job_orders table: one row per ordered job, written with the job. */
@Singleton
public final class PostgresOrders implements Orders {

    private final Sql sql;
    private final JsonMapper json;

    PostgresOrders(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public void add(Order order) {
        sql.run(dsl -> dsl.insertInto(TABLE).set(JOB_ID, order.jobId().value()).set(SERVICE_ID, order.serviceId())
                .set(SERVICE_NAME, order.serviceName()).set(PACKAGE_ID, order.packageId()).set(PACKAGE_NAME, order.packageName())
                .set(PRICE_MINOR, order.price().minor()).set(CURRENCY, order.price().currency().getCurrencyCode())
                .set(DURATION_MINUTES, order.durationMinutes())
                .set(DETAILS, CatalogTables.json(json, order.details().values())).execute());
    }

    @Override
    public Optional<Order> ofJob(JobId jobId) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(JOB_ID.eq(jobId.value())).fetchOptional(r -> order(json, r)));
    }

    /** The order in a row holding {@link CatalogTables.Orders#ALL}. */
    static Order order(JsonMapper json, Record r) {
        return new Order(new JobId(r.get(JOB_ID)), r.get(SERVICE_ID), r.get(SERVICE_NAME), r.get(PACKAGE_ID), r.get(PACKAGE_NAME),
                Money.ofMinor(r.get(PRICE_MINOR), r.get(CURRENCY).trim()), r.get(DURATION_MINUTES),
                new OrderDetails(CatalogTables.fromJson(json, r.get(DETAILS), Argument.mapOf(String.class, Object.class))));
    }
}

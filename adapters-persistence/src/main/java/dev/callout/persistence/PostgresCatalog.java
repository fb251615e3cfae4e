package dev.callout.persistence;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Catalog;
import dev.callout.domain.catalog.DetailField;
import dev.callout.domain.catalog.FieldType;
import dev.callout.domain.catalog.Service;
import dev.callout.domain.catalog.ServicePackage;
import dev.callout.domain.catalog.ServiceStatus;
import dev.callout.domain.money.Money;
import dev.callout.persistence.CatalogTables.Packages;
import dev.callout.persistence.CatalogTables.Services;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The services and service_packages tables; a service's details schema is a JSON array. */
@Singleton
public final class PostgresCatalog implements Catalog {

    private static final Argument<List<Map<String, Object>>> SCHEMA = Argument.listOf(Argument.mapOf(String.class, Object.class));

    private final Sql sql;
    private final JsonMapper json;

    PostgresCatalog(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public void addService(Service service) {
        sql.run(dsl -> dsl.insertInto(Services.TABLE).set(Services.ID, service.id()).set(serviceColumns(service))
                .set(Services.CREATED_AT, service.createdAt()).execute());
    }

    @Override
    public void updateService(Service service) {
        sql.run(dsl -> dsl.update(Services.TABLE).set(serviceColumns(service)).where(Services.ID.eq(service.id())).execute());
    }

    private Map<org.jooq.Field<?>, Object> serviceColumns(Service service) {
        Map<org.jooq.Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(Services.NAME, service.name());
        columns.put(Services.DESCRIPTION, service.description());
        columns.put(Services.IMAGE_FILE_ID, service.imageFileId());
        columns.put(Services.CATEGORY, service.category());
        columns.put(Services.STATUS, service.status().wireName());
        columns.put(Services.DETAILS_SCHEMA, CatalogTables.json(json, service.detailsSchema().stream().map(field -> Map.of(
                "name", field.name(), "type", field.type().wireName(), "required", field.required(),
                "choices", field.choices())).toList()));
        columns.put(Services.UPDATED_AT, service.updatedAt());
        return columns;
    }

    @Override
    public Optional<Service> service(String id) {
        return sql.run(dsl -> dsl.select(Services.ALL).from(Services.TABLE).where(Services.ID.eq(id)).fetchOptional(this::service));
    }

    @Override
    public Page<Service> activeServices(String category, PageRequest page) {
        Condition active = Services.STATUS.eq(ServiceStatus.ACTIVE.wireName())
                .and(category == null ? DSL.noCondition() : Services.CATEGORY.eq(category));
        return sql.run(dsl -> new Page<>(dsl.select(Services.ALL).from(Services.TABLE).where(active)
                .orderBy(Services.NAME.collate("C"), Services.ID).limit(page.limit()).offset(page.offset())
                .fetch(this::service), page, dsl.fetchCount(Services.TABLE, active)));
    }

    @Override
    public void addPackage(ServicePackage servicePackage) {
        sql.run(dsl -> dsl.insertInto(Packages.TABLE).set(Packages.ID, servicePackage.id())
                .set(Packages.SERVICE_ID, servicePackage.serviceId()).set(packageColumns(servicePackage))
                .set(Packages.CREATED_AT, servicePackage.createdAt()).execute());
    }

    @Override
    public void updatePackage(ServicePackage servicePackage) {
        sql.run(dsl -> dsl.update(Packages.TABLE).set(packageColumns(servicePackage))
                .where(Packages.ID.eq(servicePackage.id())).execute());
    }

    private static Map<org.jooq.Field<?>, Object> packageColumns(ServicePackage servicePackage) {
        Map<org.jooq.Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(Packages.NAME, servicePackage.name());
        columns.put(Packages.DESCRIPTION, servicePackage.description());
        columns.put(Packages.PRICE_MINOR, servicePackage.price().minor());
        columns.put(Packages.CURRENCY, servicePackage.price().currency().getCurrencyCode());
        columns.put(Packages.DURATION_MINUTES, servicePackage.durationMinutes());
        columns.put(Packages.FEATURES, servicePackage.features().toArray(String[]::new));
        columns.put(Packages.UPDATED_AT, servicePackage.updatedAt());
        return columns;
    }

    @Override
    public Optional<ServicePackage> servicePackage(String id) {
        return sql.run(dsl -> dsl.select(Packages.ALL).from(Packages.TABLE).where(Packages.ID.eq(id))
                .fetchOptional(PostgresCatalog::servicePackage));
    }

    @Override
    public boolean deletePackage(String id) {
        return sql.run(dsl -> dsl.deleteFrom(Packages.TABLE).where(Packages.ID.eq(id)).execute()) == 1;
    }

    @Override
    public List<ServicePackage> packagesOf(String serviceId) {
        return sql.run(dsl -> dsl.select(Packages.ALL).from(Packages.TABLE).where(Packages.SERVICE_ID.eq(serviceId))
                .orderBy(Packages.PRICE_MINOR, Packages.ID).fetch(PostgresCatalog::servicePackage));
    }

    private Service service(Record r) {
        List<DetailField> schema = CatalogTables.fromJson(json, r.get(Services.DETAILS_SCHEMA), SCHEMA).stream()
                .map(field -> new DetailField((String) field.get("name"), FieldType.fromWireName((String) field.get("type")).orElseThrow(),
                        Boolean.TRUE.equals(field.get("required")), choices(field.get("choices"))))
                .toList();
        return new Service(r.get(Services.ID), r.get(Services.NAME), r.get(Services.DESCRIPTION), r.get(Services.IMAGE_FILE_ID),
                r.get(Services.CATEGORY), ServiceStatus.fromWireName(r.get(Services.STATUS)).orElseThrow(), schema,
                r.get(Services.CREATED_AT), r.get(Services.UPDATED_AT));
    }

    private static List<String> choices(Object stored) {
        return stored instanceof List<?> list ? list.stream().map(String.class::cast).toList() : List.of();
    }

    private static ServicePackage servicePackage(Record r) {
        return new ServicePackage(r.get(Packages.ID), r.get(Packages.SERVICE_ID), r.get(Packages.NAME), r.get(Packages.DESCRIPTION),
                Money.ofMinor(r.get(Packages.PRICE_MINOR), r.get(Packages.CURRENCY).trim()), r.get(Packages.DURATION_MINUTES),
                Arrays.asList(r.get(Packages.FEATURES)), r.get(Packages.CREATED_AT), r.get(Packages.UPDATED_AT));
    }
}

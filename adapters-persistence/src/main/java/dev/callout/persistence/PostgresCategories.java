package dev.callout.persistence;

import static dev.callout.persistence.Tables.Categories.*;

import dev.callout.application.port.Categories;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PricingPolicy;
import jakarta.inject.Singleton;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jooq.Record;

/** The category catalogue and tariffs, seeded by the migrations and replaced by a deployment's starter catalogue. */
@Singleton
public final class PostgresCategories implements Categories {

    private final Sql sql;

    PostgresCategories(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Category> byCode(String code) {
        return sql.run(dsl -> dsl.select(CODE, NAME, CURRENCY, BASE_FARE_MINOR, PER_KM_MINOR, IMMEDIATE_SURCHARGE_BPS,
                PLATFORM_FEE_BPS, REQUIRES_VEHICLE).from(TABLE).where(CODE.eq(code)).fetchOptional(PostgresCategories::toCategory));
    }

    @Override
    public List<Category> all() {
        return sql.run(dsl -> dsl.select(CODE, NAME, CURRENCY, BASE_FARE_MINOR, PER_KM_MINOR, IMMEDIATE_SURCHARGE_BPS,
                PLATFORM_FEE_BPS, REQUIRES_VEHICLE).from(TABLE).orderBy(CODE).fetch(PostgresCategories::toCategory));
    }

    @Override
    public void save(Category category) {
        PricingPolicy pricing = category.pricing();
        sql.run(dsl -> dsl.insertInto(TABLE).set(CODE, category.code()).set(NAME, category.name())
                .set(CURRENCY, pricing.currency().getCurrencyCode()).set(BASE_FARE_MINOR, pricing.baseFare().minor())
                .set(PER_KM_MINOR, pricing.perKm().minor()).set(IMMEDIATE_SURCHARGE_BPS, pricing.immediateSurchargeBps())
                .set(PLATFORM_FEE_BPS, pricing.platformFee().basisPoints()).set(REQUIRES_VEHICLE, category.requiresVehicle())
                .onConflict(CODE).doUpdate()
                .set(NAME, category.name()).set(CURRENCY, pricing.currency().getCurrencyCode())
                .set(BASE_FARE_MINOR, pricing.baseFare().minor()).set(PER_KM_MINOR, pricing.perKm().minor())
                .set(IMMEDIATE_SURCHARGE_BPS, pricing.immediateSurchargeBps())
                .set(PLATFORM_FEE_BPS, pricing.platformFee().basisPoints()).set(REQUIRES_VEHICLE, category.requiresVehicle())
                .execute());
    }

    private static Category toCategory(Record r) {
        Currency currency = Currency.getInstance(r.get(CURRENCY).trim());
        PricingPolicy pricing = new PricingPolicy(new Money(r.get(BASE_FARE_MINOR), currency),
                new Money(r.get(PER_KM_MINOR), currency), r.get(IMMEDIATE_SURCHARGE_BPS), new FeeRate(r.get(PLATFORM_FEE_BPS)));
        return new Category(r.get(CODE), r.get(NAME), pricing, r.get(REQUIRES_VEHICLE));
    }
}

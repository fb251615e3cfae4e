package dev.callout.persistence;

import static dev.callout.persistence.TrustTables.Favorites.*;

import dev.callout.application.port.Favorites;
import dev.callout.domain.favorite.Favorite;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.jooq.Record;

/** The favorites table; the unique (customer, provider) constraint refuses duplicates under races. */
@Singleton
public final class PostgresFavorites implements Favorites {

    private final Sql sql;

    PostgresFavorites(Sql sql) {
        this.sql = sql;
    }

    @Override
    public AddResult add(Favorite favorite) {
        int added = sql.run(dsl -> dsl.insertInto(TABLE).set(ID, favorite.id()).set(CUSTOMER_ID, favorite.customerId().value())
                .set(PROVIDER_ID, favorite.providerId().value()).set(NOTE, favorite.note()).set(CREATED_AT, favorite.createdAt())
                .onConflict(CUSTOMER_ID, PROVIDER_ID).doNothing().execute());
        return added == 1 ? AddResult.ADDED : AddResult.DUPLICATE;
    }

    @Override
    public Optional<Favorite> byId(String id) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(ID.eq(id)).fetchOptional(PostgresFavorites::favorite));
    }

    @Override
    public boolean delete(String id) {
        return sql.run(dsl -> dsl.deleteFrom(TABLE).where(ID.eq(id)).execute()) == 1;
    }

    @Override
    public List<Favorite> of(UserId customer) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(CUSTOMER_ID.eq(customer.value()))
                .orderBy(CREATED_AT.desc(), ID.desc()).fetch(PostgresFavorites::favorite));
    }

    private static Favorite favorite(Record row) {
        return new Favorite(row.get(ID), new UserId(row.get(CUSTOMER_ID)), new UserId(row.get(PROVIDER_ID)), row.get(NOTE),
                row.get(CREATED_AT));
    }
}

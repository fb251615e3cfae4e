package dev.callout.persistence;

import static dev.callout.persistence.IdentityTables.UserDetails.*;
import static dev.callout.persistence.IdentityTables.UserProfile.*;
import static dev.callout.persistence.Tables.Users.*;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Users;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Profile;
import dev.callout.domain.user.ProviderDetails;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Accounts in PostgreSQL. Email and phone are unique in the table; an insert that would clash does
 * nothing ({@code ON CONFLICT DO NOTHING}) and an update is checked first, then run behind a
 * savepoint for the writer that takes the address meanwhile, so no failed statement poisons the
 * caller's transaction, and the store then says which of the two was taken.
 */
@Singleton
public final class PostgresUsers implements Users {

    private static final Field<?>[] ALL = {ID, ROLE, NAME, EMAIL, PHONE, PASSWORD_HASH, CATEGORIES, STATUS, CREATED_AT,
            VEHICLE_TYPE, LICENCE_CATEGORY, LICENCE_NUMBER, LICENCE_EXPIRY, VEHICLE_REGISTRATION, DELETED_AT, BIO, ADDRESS_TEXT,
            PROFILE_IMAGE_FILE_ID};

    private static final String UNIQUE_VIOLATION = "23505";

    private static final Field<Instant> NOW = DSL.field("now()", org.jooq.impl.SQLDataType.INSTANT);

    private final Sql sql;

    PostgresUsers(Sql sql) {
        this.sql = sql;
    }

    @Override
    public AddResult add(User user) {
        return sql.run(dsl -> {
            int inserted = dsl.insertInto(TABLE)
                    .set(ID, user.id().value())
                    .set(ROLE, user.role().wireName())
                    .set(changeableColumns(user))
                    .set(CREATED_AT, user.createdAt())
                    .set(UPDATED_AT, user.createdAt())
                    .onConflictDoNothing()
                    .execute();
            if (inserted == 1) {
                return AddResult.ADDED;
            }
            AddResult clash = clash(dsl, user);
            if (clash != AddResult.ADDED) {
                return clash;
            }
            throw new IllegalStateException("user " + user.id() + " exists");
        });
    }

    @Override
    public UpdateResult update(User user) {
        return sql.run(dsl -> {
            AddResult clash = clash(dsl, user);
            if (clash != AddResult.ADDED) {
                return clash == AddResult.EMAIL_TAKEN ? UpdateResult.EMAIL_TAKEN : UpdateResult.PHONE_TAKEN;
            }
            return dsl.connectionResult(connection -> {
                // a concurrent writer may take the address after the check: its unique violation rolls back this statement alone
                Savepoint beforeUpdate = connection.getAutoCommit() ? null : connection.setSavepoint();
                try {
                    int updated = dsl.update(TABLE)
                            .set(changeableColumns(user))
                            .set(UPDATED_AT, NOW)
                            .where(ID.eq(user.id().value()))
                            .execute();
                    return updated == 1 ? UpdateResult.UPDATED : UpdateResult.NOT_FOUND;
                } catch (DataAccessException e) {
                    if (!UNIQUE_VIOLATION.equals(e.sqlState())) {
                        throw e;
                    }
                    if (beforeUpdate != null) {
                        connection.rollback(beforeUpdate);
                    }
                    return clash(dsl, user) == AddResult.PHONE_TAKEN ? UpdateResult.PHONE_TAKEN : UpdateResult.EMAIL_TAKEN;
                }
            });
        });
    }

    /** Every column an account's owner or an admin can change: written the same way on insert and update. */
    private static Map<Field<?>, Object> changeableColumns(User user) {
        ProviderDetails details = user.providerDetails();
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(NAME, user.name());
        columns.put(EMAIL, user.email());
        columns.put(PHONE, user.phone());
        columns.put(PASSWORD_HASH, user.passwordHash());
        columns.put(STATUS, user.status().wireName());
        columns.put(CATEGORIES, user.categories().stream().sorted().toArray(String[]::new));
        columns.put(VEHICLE_TYPE, details == null ? null : details.vehicleType());
        columns.put(LICENCE_CATEGORY, details == null ? null : details.licenceCategory());
        columns.put(LICENCE_NUMBER, details == null ? null : details.licenceNumber());
        columns.put(LICENCE_EXPIRY, details == null ? null : details.licenceExpiry());
        columns.put(VEHICLE_REGISTRATION, details == null ? null : details.vehicleRegistration());
        columns.put(DELETED_AT, user.deletedAt());
        columns.put(BIO, user.profile().bio());
        columns.put(ADDRESS_TEXT, user.profile().addressText());
        columns.put(PROFILE_IMAGE_FILE_ID, user.profile().imageFileId());
        return columns;
    }

    /** Whether another account holds the user's email or phone (ADDED: neither). */
    private static AddResult clash(DSLContext dsl, User user) {
        Condition others = ID.ne(user.id().value());
        if (user.email() != null && exists(dsl, EMAIL.eq(user.email()).and(others))) {
            return AddResult.EMAIL_TAKEN;
        }
        if (user.phone() != null && exists(dsl, PHONE.eq(user.phone()).and(others))) {
            return AddResult.PHONE_TAKEN;
        }
        return AddResult.ADDED;
    }

    private static boolean exists(DSLContext dsl, Condition condition) {
        return dsl.fetchExists(DSL.selectOne().from(TABLE).where(condition));
    }

    @Override
    public Optional<User> byId(UserId id) {
        return one(ID.eq(id.value()));
    }

    @Override
    public Optional<User> byEmail(String email) {
        return email == null ? Optional.empty() : one(EMAIL.eq(email));
    }

    @Override
    public Optional<User> byPhone(String phone) {
        return phone == null ? Optional.empty() : one(PHONE.eq(phone));
    }

    @Override
    public Page<User> list(Role role, AccountStatus status, PageRequest page) {
        Condition condition = DSL.noCondition();
        if (role != null) {
            condition = condition.and(ROLE.eq(role.wireName()));
        }
        if (status != null) {
            condition = condition.and(STATUS.eq(status.wireName()));
        }
        Condition where = condition;
        return sql.run(dsl -> {
            List<User> items = dsl.select(ALL).from(TABLE).where(where).orderBy(CREATED_AT.asc(), ID.asc())
                    .limit(page.limit()).offset(page.offset()).fetch(PostgresUsers::toUser);
            int total = dsl.fetchCount(TABLE, where);
            return new Page<>(items, page, total);
        });
    }

    @Override
    public List<User> deletedBefore(Instant cutoff, int limit) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE)
                .where(STATUS.eq(AccountStatus.DELETED.wireName()).and(DELETED_AT.lt(cutoff))
                        .and(EMAIL.isNotNull().or(PHONE.isNotNull())))
                .orderBy(DELETED_AT.asc()).limit(limit).fetch(PostgresUsers::toUser));
    }

    @Override
    public boolean anyAdmin() {
        return sql.run(dsl -> exists(dsl, ROLE.eq(Role.ADMIN.wireName())));
    }

    private Optional<User> one(Condition condition) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(condition).fetchOptional(PostgresUsers::toUser));
    }

    private static User toUser(Record r) {
        ProviderDetails details = r.get(VEHICLE_TYPE) == null ? null : new ProviderDetails(r.get(VEHICLE_TYPE),
                r.get(LICENCE_CATEGORY), r.get(LICENCE_NUMBER), r.get(LICENCE_EXPIRY), r.get(VEHICLE_REGISTRATION));
        return new User(new UserId(r.get(ID)), Role.valueOf(JobMapper.upper(r.get(ROLE))), r.get(NAME), r.get(EMAIL),
                r.get(PHONE), r.get(PASSWORD_HASH), Set.of(r.get(CATEGORIES)),
                AccountStatus.valueOf(JobMapper.upper(r.get(STATUS))), r.get(CREATED_AT), details, r.get(DELETED_AT),
                new Profile(r.get(BIO), r.get(ADDRESS_TEXT), r.get(PROFILE_IMAGE_FILE_ID)));
    }
}

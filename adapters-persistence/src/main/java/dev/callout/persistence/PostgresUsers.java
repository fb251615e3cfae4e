package dev.callout.persistence;

import static dev.callout.persistence.Tables.Users.*;

import dev.callout.application.port.Users;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Accounts in PostgreSQL. Email and phone are unique in the table; an insert that clashes does
 * nothing ({@code ON CONFLICT DO NOTHING}, so no failed statement poisons the caller's
 * transaction), and the store then looks up which of the two was taken.
 */
@Singleton
public final class PostgresUsers implements Users {

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
                    .set(NAME, user.name())
                    .set(EMAIL, user.email())
                    .set(PHONE, user.phone())
                    .set(PASSWORD_HASH, user.passwordHash())
                    .set(STATUS, user.status().wireName())
                    .set(CATEGORIES, user.categories().stream().sorted().toArray(String[]::new))
                    .set(CREATED_AT, user.createdAt())
                    .set(UPDATED_AT, user.createdAt())
                    .onConflictDoNothing()
                    .execute();
            if (inserted == 1) {
                return AddResult.ADDED;
            }
            if (user.email() != null && exists(dsl, EMAIL.eq(user.email()))) {
                return AddResult.EMAIL_TAKEN;
            }
            if (user.phone() != null && exists(dsl, PHONE.eq(user.phone()))) {
                return AddResult.PHONE_TAKEN;
            }
            throw new IllegalStateException("user " + user.id() + " exists");
        });
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

    private Optional<User> one(Condition condition) {
        return sql.run(dsl -> dsl.select(ID, ROLE, NAME, EMAIL, PHONE, PASSWORD_HASH, CATEGORIES, STATUS, CREATED_AT)
                .from(TABLE).where(condition).fetchOptional(PostgresUsers::toUser));
    }

    private static User toUser(Record r) {
        return new User(new UserId(r.get(ID)), Role.valueOf(JobMapper.upper(r.get(ROLE))), r.get(NAME), r.get(EMAIL),
                r.get(PHONE), r.get(PASSWORD_HASH), Set.of(r.get(CATEGORIES)),
                AccountStatus.valueOf(JobMapper.upper(r.get(STATUS))), r.get(CREATED_AT));
    }
}

package dev.callout.persistence;

import static dev.callout.persistence.IdentityTables.Codes.*;

import dev.callout.application.port.VerificationCodes;
import dev.callout.domain.user.Channel;
import dev.callout.domain.user.UserId;
import dev.callout.domain.user.VerificationCode;
import dev.callout.domain.user.VerificationCode.Purpose;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Record;

/** One-time code hashes; a guess is stored only if no other guess at the same code was stored first. */
@Singleton
public final class PostgresVerificationCodes implements VerificationCodes {

    private final Sql sql;

    PostgresVerificationCodes(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void issue(VerificationCode code) {
        sql.run(dsl -> {
            dsl.update(TABLE).set(RETIRED, true)
                    .where(DESTINATION.eq(code.destination()).and(PURPOSE.eq(wire(code.purpose())))
                            .and(CONSUMED_AT.isNull()).and(RETIRED.isFalse()))
                    .execute();
            return dsl.insertInto(TABLE)
                    .set(ID, code.id()).set(USER_ID, code.userId().value()).set(PURPOSE, wire(code.purpose()))
                    .set(CHANNEL, code.channel().wireName()).set(DESTINATION, code.destination())
                    .set(CODE_HASH, code.codeHash()).set(CREATED_AT, code.createdAt()).set(EXPIRES_AT, code.expiresAt())
                    .set(ATTEMPTS, code.attempts()).set(CONSUMED_AT, code.consumedAt())
                    .execute();
        });
    }

    @Override
    public Optional<VerificationCode> latest(String destination, Purpose purpose) {
        return sql.run(dsl -> dsl.select(ID, USER_ID, PURPOSE, CHANNEL, DESTINATION, CODE_HASH, CREATED_AT, EXPIRES_AT,
                        ATTEMPTS, CONSUMED_AT)
                .from(TABLE)
                .where(DESTINATION.eq(destination).and(PURPOSE.eq(wire(purpose))).and(CONSUMED_AT.isNull())
                        .and(RETIRED.isFalse()))
                .orderBy(CREATED_AT.desc(), ID.desc()).limit(1)
                .fetchOptional(PostgresVerificationCodes::toCode));
    }

    @Override
    public boolean recordGuess(VerificationCode code) {
        return sql.run(dsl -> dsl.update(TABLE).set(ATTEMPTS, code.attempts()).set(CONSUMED_AT, code.consumedAt())
                .where(ID.eq(code.id()).and(ATTEMPTS.eq(code.attempts() - 1)).and(CONSUMED_AT.isNull())
                        .and(RETIRED.isFalse()))
                .execute()) == 1;
    }

    private static String wire(Purpose purpose) {
        return purpose.name().toLowerCase(Locale.ROOT);
    }

    private static VerificationCode toCode(Record r) {
        return new VerificationCode(r.get(ID), new UserId(r.get(USER_ID)),
                Purpose.valueOf(r.get(PURPOSE).toUpperCase(Locale.ROOT)), Channel.valueOf(r.get(CHANNEL).toUpperCase(Locale.ROOT)),
                r.get(DESTINATION), r.get(CODE_HASH), r.get(CREATED_AT), r.get(EXPIRES_AT), r.get(ATTEMPTS), r.get(CONSUMED_AT));
    }
}

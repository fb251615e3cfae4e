package dev.callout.persistence;

import static dev.callout.persistence.IdentityTables.RefreshTokens;
import static dev.callout.persistence.IdentityTables.Sessions.*;

import dev.callout.application.port.Sessions;
import dev.callout.domain.user.RefreshToken;
import dev.callout.domain.user.Session;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import org.jooq.Record;

/** Sessions and their refresh-token hashes; rotation is one conditional UPDATE, so only one exchange wins. */
@Singleton
public final class PostgresSessions implements Sessions {

    private final Sql sql;

    PostgresSessions(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void start(Session session, RefreshToken first) {
        sql.run(dsl -> {
            dsl.insertInto(TABLE).set(ID, session.id()).set(USER_ID, session.userId().value())
                    .set(STARTED_AT, session.startedAt()).set(REVOKED_AT, session.revokedAt())
                    .set(REVOKED_REASON, session.revokedReason()).execute();
            return insert(dsl, first);
        });
    }

    private static int insert(org.jooq.DSLContext dsl, RefreshToken token) {
        return dsl.insertInto(RefreshTokens.TABLE)
                .set(RefreshTokens.HASH, token.hash())
                .set(RefreshTokens.SESSION_ID, token.sessionId())
                .set(RefreshTokens.ISSUED_AT, token.issuedAt())
                .set(RefreshTokens.EXPIRES_AT, token.expiresAt())
                .set(RefreshTokens.USED_AT, token.usedAt())
                .execute();
    }

    @Override
    public Optional<Session> byId(String sessionId) {
        return sql.run(dsl -> dsl.select(ID, USER_ID, STARTED_AT, REVOKED_AT, REVOKED_REASON).from(TABLE)
                .where(ID.eq(sessionId)).fetchOptional(PostgresSessions::toSession));
    }

    @Override
    public Optional<RefreshToken> refreshToken(String hash) {
        return sql.run(dsl -> dsl.select(RefreshTokens.HASH, RefreshTokens.SESSION_ID, RefreshTokens.ISSUED_AT,
                        RefreshTokens.EXPIRES_AT, RefreshTokens.USED_AT)
                .from(RefreshTokens.TABLE).where(RefreshTokens.HASH.eq(hash))
                .fetchOptional(r -> new RefreshToken(r.get(RefreshTokens.HASH), r.get(RefreshTokens.SESSION_ID),
                        r.get(RefreshTokens.ISSUED_AT), r.get(RefreshTokens.EXPIRES_AT), r.get(RefreshTokens.USED_AT))));
    }

    @Override
    public boolean rotate(String usedHash, Instant usedAt, RefreshToken next) {
        return sql.run(dsl -> {
            int marked = dsl.update(RefreshTokens.TABLE).set(RefreshTokens.USED_AT, usedAt)
                    .where(RefreshTokens.HASH.eq(usedHash).and(RefreshTokens.USED_AT.isNull())).execute();
            if (marked == 0) {
                return false;
            }
            insert(dsl, next);
            return true;
        });
    }

    @Override
    public void revoke(String sessionId, Instant at, String reason) {
        sql.run(dsl -> dsl.update(TABLE).set(REVOKED_AT, at).set(REVOKED_REASON, reason)
                .where(ID.eq(sessionId).and(REVOKED_AT.isNull())).execute());
    }

    @Override
    public int revokeAll(UserId userId, Instant at, String reason) {
        return sql.run(dsl -> dsl.update(TABLE).set(REVOKED_AT, at).set(REVOKED_REASON, reason)
                .where(USER_ID.eq(userId.value()).and(REVOKED_AT.isNull())).execute());
    }

    private static Session toSession(Record r) {
        return new Session(r.get(ID), new UserId(r.get(USER_ID)), r.get(STARTED_AT), r.get(REVOKED_AT), r.get(REVOKED_REASON));
    }
}

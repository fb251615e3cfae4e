package dev.callout.persistence;

import static dev.callout.persistence.IdentityTables.SentCodes.*;

import dev.callout.application.port.CodeSender;
import dev.callout.domain.user.Channel;
import dev.callout.domain.user.VerificationCode.Purpose;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development code sender: it sends nothing, but logs each code and keeps it in
 * {@code sent_codes} so a developer, a demo or a test can read it. A deployment that texts and
 * emails people replaces this bean with a real {@link CodeSender}.
 */
@Singleton
public final class RecordedCodes implements CodeSender {

    private static final Logger LOG = LoggerFactory.getLogger("callout.codes");

    private final Sql sql;

    RecordedCodes(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void send(Channel channel, String destination, Purpose purpose, String code) {
        sql.run(dsl -> dsl.insertInto(TABLE).set(CHANNEL, channel.wireName()).set(DESTINATION, destination)
                .set(PURPOSE, purpose.name().toLowerCase(Locale.ROOT)).set(CODE, code).set(SENT_AT, org.jooq.impl.DSL.field("now()", org.jooq.impl.SQLDataType.INSTANT))
                .execute());
        LOG.info("{} code for {} by {}: {}", purpose.name().toLowerCase(Locale.ROOT), destination, channel.wireName(), code);
    }

    /** The last code recorded for the address. */
    public Optional<String> lastCode(String destination) {
        return sql.run(dsl -> dsl.select(CODE).from(TABLE).where(DESTINATION.eq(destination)).orderBy(ID.desc()).limit(1)
                .fetchOptional(CODE));
    }
}

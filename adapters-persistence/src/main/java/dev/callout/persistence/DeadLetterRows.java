package dev.callout.persistence;

import static dev.callout.persistence.DispatchTables.DeadLetters.*;

import dev.callout.application.port.DeadLetter;
import dev.callout.application.port.Timer;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Rows of {@code dead_letters}: a parked timer with what it was, or one handler's delivery of an outbox row. */
final class DeadLetterRows {

    private DeadLetterRows() {
    }

    static void insertTimer(DSLContext dsl, DeadLetter deadLetter, Timer timer) {
        dsl.insertInto(TABLE)
                .set(ID, deadLetter.id())
                .set(KIND, deadLetter.kind().wireName())
                .set(WORK, deadLetter.work())
                .set(SUBJECT_ID, deadLetter.subjectId())
                .set(TIMER_WAVE, timer.wave())
                .set(TIMER_STEP, timer.step())
                .set(TIMER_DUE_AT, timer.dueAt())
                .set(ATTEMPTS, deadLetter.attempts())
                .set(LAST_ERROR, deadLetter.lastError())
                .set(PARKED_AT, deadLetter.parkedAt())
                .execute();
    }

    static void insertEvent(DSLContext dsl, DeadLetter deadLetter, long outboxId) {
        dsl.insertInto(TABLE)
                .set(ID, deadLetter.id())
                .set(KIND, deadLetter.kind().wireName())
                .set(WORK, deadLetter.work())
                .set(SUBJECT_ID, deadLetter.subjectId())
                .set(HANDLER, deadLetter.handler())
                .set(OUTBOX_ID, outboxId)
                .set(ATTEMPTS, deadLetter.attempts())
                .set(LAST_ERROR, deadLetter.lastError())
                .set(PARKED_AT, deadLetter.parkedAt())
                .execute();
    }

    static DeadLetter toDeadLetter(Record row) {
        return new DeadLetter(row.get(ID), DeadLetter.Kind.valueOf(row.get(KIND).toUpperCase(Locale.ROOT)), row.get(WORK),
                row.get(SUBJECT_ID), row.get(HANDLER), row.get(ATTEMPTS), row.get(LAST_ERROR), row.get(PARKED_AT));
    }
}

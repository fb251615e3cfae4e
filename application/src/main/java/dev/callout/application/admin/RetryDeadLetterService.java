package dev.callout.application.admin;

import dev.callout.application.port.AuditLog;
import dev.callout.application.port.DeadLetter;
import dev.callout.application.port.DeadLetters;
import dev.callout.application.port.Transactions;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.AuditEntry;
import dev.callout.domain.user.Role;
import java.time.Clock;
import java.time.Instant;

public final class RetryDeadLetterService implements RetryDeadLetterUseCase {

    static final String ACTION = "dead_letter.retried";
    private static final int MAX_NOTE_LENGTH = ChangeAccountStatusUseCase.MAX_NOTE_LENGTH;

    private final DeadLetters deadLetters;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    public RetryDeadLetterService(DeadLetters deadLetters, AuditLog audit, Transactions transactions, Clock clock,
                                  IdGenerator ids) {
        this.deadLetters = deadLetters;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public RetryResult retry(Actor admin, String deadLetterId) {
        if (!admin.is(Role.ADMIN)) {
            return new RetryResult.Forbidden();
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            return deadLetters.retry(deadLetterId, now).<RetryResult>map(retried -> {
                audit.record(new AuditEntry(ids.next(AuditEntry.PREFIX), admin.id(), ACTION, retried.id(), note(retried), now));
                return new RetryResult.Retried(retried);
            }).orElseGet(RetryResult.NotFound::new);
        });
    }

    private static String note(DeadLetter retried) {
        String note = retried.kind().wireName() + " " + retried.work() + " of " + retried.subjectId()
                + (retried.handler() == null ? "" : " for " + retried.handler()) + " after " + retried.attempts()
                + " attempts: " + retried.lastError();
        return note.length() > MAX_NOTE_LENGTH ? note.substring(0, MAX_NOTE_LENGTH) : note;
    }
}

package dev.callout.rest.payment;

import dev.callout.domain.payment.EntryKind;
import dev.callout.domain.payment.LedgerEntry;
import dev.callout.rest.body.MoneyBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Serdeable
@Schema(name = "EarningEntry")
record EarningEntryBody(String jobId, String paymentId, @Schema(allowableValues = {"earning", "reversal"}) String type,
                        MoneyBody amount, String method, Instant paidAt) {
    static EarningEntryBody of(LedgerEntry entry) {
        return new EarningEntryBody(entry.jobId().value(), entry.paymentId().value(),
                entry.kind() == EntryKind.PROVIDER_EARNING ? "earning" : "reversal", MoneyBody.of(entry.amount()),
                entry.method().wireName(), entry.at());
    }
}

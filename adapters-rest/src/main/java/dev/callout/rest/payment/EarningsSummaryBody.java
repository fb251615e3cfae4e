package dev.callout.rest.payment;

import dev.callout.application.port.Ledger.EarningsSummary;
import dev.callout.rest.body.MoneyBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "EarningsSummary", description = "pending_payout: owed to the provider now; negative when they owe fees on cash")
record EarningsSummaryBody(String currency, MoneyBody totalEarned, MoneyBody pendingPayout) {
    static EarningsSummaryBody of(EarningsSummary summary) {
        return new EarningsSummaryBody(summary.totalEarned().currency().getCurrencyCode(),
                MoneyBody.of(summary.totalEarned()), MoneyBody.of(summary.pendingPayout()));
    }
}

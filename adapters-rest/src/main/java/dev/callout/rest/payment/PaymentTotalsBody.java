package dev.callout.rest.payment;

import dev.callout.application.payment.ListPaymentsUseCase.Totals;
import dev.callout.rest.body.MoneyBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "PaymentTotals", description = "paid: as a customer, net of refunds; received: earned as a provider net of "
        + "reversals, for admins the platform's fees")
record PaymentTotalsBody(String currency, MoneyBody paid, MoneyBody received) {
    static PaymentTotalsBody of(Totals totals) {
        return new PaymentTotalsBody(totals.paid().currency().getCurrencyCode(), MoneyBody.of(totals.paid()),
                MoneyBody.of(totals.received()));
    }
}

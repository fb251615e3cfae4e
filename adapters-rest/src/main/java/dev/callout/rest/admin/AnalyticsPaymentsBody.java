package dev.callout.rest.admin;

import dev.callout.application.analytics.Figures;
import dev.callout.application.analytics.PaymentFigures;
import dev.callout.rest.body.MoneyBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "AnalyticsPayments", description = "the payments opened in the period, as they stand now. total_volume: "
        + "what the main currency's payments captured (refunded money included), refunded: their refunds that "
        + "succeeded, net_volume: the difference; all three null with no payments")
record AnalyticsPaymentsBody(@Nullable MoneyBody totalVolume,
                             @Nullable @Schema(description = "the main currency: the one with the most payments (ties by code)",
                                     example = "PHP") String currency,
                             @Nullable @Schema(description = "captured / (attempted - unsettled) over every currency; " + AnalyticsRate.DESCRIPTION,
                                     example = "0.9800") String successRate,
                             long attempted, long captured,
                             @Schema(description = "pending or authorised: no outcome yet") long unsettled,
                             @Nullable MoneyBody refunded, @Nullable MoneyBody netVolume,
                             @Schema(description = "every currency, the main one first") List<AnalyticsCurrencyPaymentsBody> byCurrency) {

    static AnalyticsPaymentsBody of(Figures figures) {
        PaymentFigures main = figures.mainCurrency().orElse(null);
        return new AnalyticsPaymentsBody(main == null ? null : MoneyBody.of(main.volume()),
                main == null ? null : main.currency().getCurrencyCode(), AnalyticsRate.of(figures.paymentSuccessRate()),
                figures.paymentsAttempted(), figures.paymentsCaptured(), figures.paymentsUnsettled(),
                main == null ? null : MoneyBody.of(main.refunded()), main == null ? null : MoneyBody.of(main.netVolume()),
                AnalyticsCurrencyPaymentsBody.of(figures.payments()));
    }
}

package dev.callout.rest.admin;

import dev.callout.application.analytics.PaymentFigures;
import dev.callout.rest.body.MoneyBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "AnalyticsCurrencyPayments", description = "one currency's payments. total_volume: what they captured "
        + "(refunded money included), refunded: their refunds that succeeded, net_volume: the difference")
record AnalyticsCurrencyPaymentsBody(String currency, MoneyBody totalVolume, MoneyBody refunded, MoneyBody netVolume,
                                     long attempted, long captured, long unsettled,
                                     @Nullable @Schema(description = "captured / (attempted - unsettled); " + AnalyticsRate.DESCRIPTION) String successRate) {

    static List<AnalyticsCurrencyPaymentsBody> of(List<PaymentFigures> payments) {
        return payments.stream().map(figures -> new AnalyticsCurrencyPaymentsBody(figures.currency().getCurrencyCode(),
                MoneyBody.of(figures.volume()), MoneyBody.of(figures.refunded()), MoneyBody.of(figures.netVolume()),
                figures.attempted(), figures.captured(), figures.unsettled(), AnalyticsRate.of(figures.successRate()))).toList();
    }
}

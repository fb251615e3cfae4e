package dev.callout.rest.job;

import dev.callout.domain.pricing.PriceQuote;
import dev.callout.rest.body.MoneyBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A price and how it was made. */
@Serdeable
@Schema(name = "Price")
public record PriceBody(@Schema(allowableValues = {"tariff", "budget", "package"}) String basis,
                        MoneyBody total, MoneyBody platformFee, MoneyBody providerNet, String platformFeeRate,
                        MoneyBody baseFare, MoneyBody distanceCharge, MoneyBody urgencySurcharge, String distanceKm) {

    public static PriceBody of(PriceQuote quote) {
        return new PriceBody(quote.basis().wireName(), MoneyBody.of(quote.total()), MoneyBody.of(quote.platformFee()),
                MoneyBody.of(quote.providerNet()),
                java.math.BigDecimal.valueOf(quote.feeBps()).movePointLeft(4).stripTrailingZeros().toPlainString(),
                MoneyBody.of(quote.baseFare()), MoneyBody.of(quote.distanceCharge()),
                MoneyBody.of(quote.urgencySurcharge()), quote.distanceKm().toPlainString());
    }
}

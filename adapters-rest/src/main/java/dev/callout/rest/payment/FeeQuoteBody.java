package dev.callout.rest.payment;

import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.FeeSplit;
import dev.callout.rest.body.MoneyBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "FeeQuote")
record FeeQuoteBody(MoneyBody amount, @Schema(example = "0.05") String feeRate, MoneyBody fee, MoneyBody net) {
    static FeeQuoteBody of(FeeRate rate, FeeSplit split) {
        return new FeeQuoteBody(MoneyBody.of(split.amount()), rate.fraction().toPlainString(), MoneyBody.of(split.fee()),
                MoneyBody.of(split.net()));
    }
}

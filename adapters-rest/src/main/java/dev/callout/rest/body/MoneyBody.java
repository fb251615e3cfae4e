package dev.callout.rest.body;

import dev.callout.domain.money.Money;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Money on the wire: a decimal string with the currency's minor-unit digits, never a float. */
@Serdeable
@Schema(name = "Money", example = "{\"amount\": \"850.00\", \"currency\": \"PHP\"}")
public record MoneyBody(@Schema(example = "850.00") String amount, @Schema(example = "PHP") String currency) {

    public static MoneyBody of(Money money) {
        return money == null ? null : new MoneyBody(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }
}

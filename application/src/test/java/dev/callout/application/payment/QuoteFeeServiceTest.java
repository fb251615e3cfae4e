package dev.callout.application.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.inmemory.InMemoryCategories;
import dev.callout.application.payment.QuoteFeeUseCase.FeeQuote;
import dev.callout.application.payment.QuoteFeeUseCase.QuoteFeeCommand;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PricingPolicy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fees round half-up to each currency's minor unit, and fee + net is always the amount. */
class QuoteFeeServiceTest {

    private static final Category CLEANING = new Category("cleaning", "Home cleaning",
            new PricingPolicy(Money.parse("900.00", "PHP"), Money.parse("0.00", "PHP"), 0, new FeeRate(1_000)), false);
    private final QuoteFeeService fees = new QuoteFeeService(new InMemoryCategories(List.of(CLEANING)), FeeRate.DEFAULT);

    private FeeQuote.Quoted quote(String amount, String currency, String category) {
        FeeQuote quote = fees.quote(new QuoteFeeCommand(new BigDecimal(amount), currency, category));
        assertThat(quote).isInstanceOf(FeeQuote.Quoted.class);
        return (FeeQuote.Quoted) quote;
    }

    @ParameterizedTest(name = "{0} {1}: fee {2}, net {3}")
    @CsvSource({
            "1500.00, THB, 75.00, 1425.00",   // Chayenity's example
            "850.00, PHP, 42.50, 807.50",
            "0.10, USD, 0.01, 0.09",          // 0.5 cent rounds up
            "0.09, USD, 0.00, 0.09",          // 0.45 cent rounds down
            "1999, JPY, 100, 1899",           // no minor unit: 99.95 yen -> 100
            "1989, JPY, 99, 1890",            // 99.45 yen -> 99
            "1.235, KWD, 0.062, 1.173",       // three decimals: 61.75 fils -> 62
            "0, PHP, 0.00, 0.00"})
    void theDefaultFivePercentRoundsHalfUpInEachCurrency(String amount, String currency, String fee, String net) {
        FeeQuote.Quoted quoted = quote(amount, currency, null);
        assertThat(quoted.rate()).isEqualTo(FeeRate.DEFAULT);
        assertThat(quoted.split().fee()).isEqualTo(Money.parse(fee, currency));
        assertThat(quoted.split().net()).isEqualTo(Money.parse(net, currency));
        assertThat(quoted.split().fee().plus(quoted.split().net())).isEqualTo(Money.parse(amount, currency));
    }

    @Test
    void aCategoryBringsItsOwnRateAndCurrency() {
        FeeQuote.Quoted quoted = quote("1000.00", null, "cleaning");
        assertThat(quoted.rate().basisPoints()).isEqualTo(1_000);
        assertThat(quoted.split().fee()).isEqualTo(Money.parse("100.00", "PHP"));
    }

    @Test
    void badInputNamesTheField() {
        assertThat(fees.quote(new QuoteFeeCommand(new BigDecimal("10.001"), "PHP", null)))
                .isInstanceOfSatisfying(FeeQuote.Invalid.class, i -> assertThat(i.fields()).containsKey("amount"));
        assertThat(fees.quote(new QuoteFeeCommand(new BigDecimal("10.5"), "JPY", null)))
                .isInstanceOfSatisfying(FeeQuote.Invalid.class, i -> assertThat(i.fields()).containsKey("amount"));
        assertThat(fees.quote(new QuoteFeeCommand(new BigDecimal("-1"), "PHP", null)))
                .isInstanceOfSatisfying(FeeQuote.Invalid.class, i -> assertThat(i.fields()).containsKey("amount"));
        assertThat(fees.quote(new QuoteFeeCommand(BigDecimal.TEN, "XYZ", null)))
                .isInstanceOfSatisfying(FeeQuote.Invalid.class, i -> assertThat(i.fields()).containsKey("currency"));
        assertThat(fees.quote(new QuoteFeeCommand(BigDecimal.TEN, null, "welding")))
                .isInstanceOfSatisfying(FeeQuote.Invalid.class, i -> assertThat(i.fields()).containsKey("category"));
        assertThatThrownBy(() -> new QuoteFeeCommand(BigDecimal.TEN, null, null)).isInstanceOf(InvalidCommandException.class);
    }
}

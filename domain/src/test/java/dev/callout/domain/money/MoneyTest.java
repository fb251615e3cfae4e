package dev.callout.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Currency PHP = Currency.getInstance("PHP");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency BHD = Currency.getInstance("BHD");

    @ParameterizedTest
    @CsvSource({
            "850.00, PHP, 85000, 2",
            "0.01, PHP, 1, 2",
            "1500, JPY, 1500, 0",
            "1.234, BHD, 1234, 3",
            "0.000, BHD, 0, 3",
    })
    void parsesIntoMinorUnitsAndPrintsBack(String amount, String code, long minor, int digits) {
        Money money = Money.parse(amount, code);

        assertThat(money.minor()).isEqualTo(minor);
        assertThat(money.fractionDigits()).isEqualTo(digits);
        assertThat(money.amount().toPlainString()).isEqualTo(amount);
        assertThat(money.amount().scale()).isEqualTo(digits);
        assertThat(Money.of(money.amount(), money.currency())).isEqualTo(money);
    }

    @Test
    void amountAlwaysHasTheCurrencysDigits() {
        assertThat(Money.parse("850", "PHP").amount().toPlainString()).isEqualTo("850.00");
        assertThat(Money.parse("850.5", "PHP").minor()).isEqualTo(85050);
        assertThat(Money.parse("1E+3", "PHP").minor()).isEqualTo(100000);
        assertThat(Money.ofMinor(7, "BHD").amount().toPlainString()).isEqualTo("0.007");
        assertThat(Money.zero(JPY).amount().toPlainString()).isEqualTo("0");
        assertThat(Money.parse("850.00", "PHP")).hasToString("850.00 PHP");
    }

    @ParameterizedTest
    @CsvSource({"850.001, PHP", "1.5, JPY", "1.2345, BHD"})
    void exactConversionRefusesTooManyDecimals(String amount, String code) {
        assertThatThrownBy(() -> Money.parse(amount, code)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(new BigDecimal(amount), Currency.getInstance(code), RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void explicitRoundingOnConversion() {
        assertThat(Money.of(new BigDecimal("850.005"), PHP, RoundingMode.HALF_UP).minor()).isEqualTo(85001);
        assertThat(Money.of(new BigDecimal("850.005"), PHP, RoundingMode.HALF_EVEN).minor()).isEqualTo(85000);
        assertThat(Money.of(new BigDecimal("2.5"), JPY, RoundingMode.HALF_UP).minor()).isEqualTo(3);
        assertThat(Money.of(new BigDecimal("2.5"), JPY, RoundingMode.HALF_EVEN).minor()).isEqualTo(2);
    }

    @Test
    void conversionBeyondALongFails() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("1E+30"), PHP)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void addsAndSubtractsInOneCurrency() {
        Money a = Money.parse("850.00", "PHP");
        Money b = Money.parse("0.50", "PHP");

        assertThat(a.plus(b)).isEqualTo(Money.parse("850.50", "PHP"));
        assertThat(a.minus(b)).isEqualTo(Money.parse("849.50", "PHP"));
        assertThat(b.minus(a).isNegative()).isTrue();
        assertThat(a.compareTo(b)).isPositive();
    }

    @Test
    void currencyMismatchFails() {
        Money php = Money.parse("1.00", "PHP");
        Money usd = Money.parse("1.00", "USD");

        assertThatThrownBy(() -> php.plus(usd)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> php.minus(usd)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> php.compareTo(usd)).isInstanceOf(IllegalArgumentException.class);
        assertThat(php.sameCurrencyAs(usd)).isFalse();
        assertThat(php).isNotEqualTo(usd);
    }

    @Test
    void overflowFailsInsteadOfWrapping() {
        Money max = Money.ofMinor(Long.MAX_VALUE, "PHP");
        Money min = Money.ofMinor(Long.MIN_VALUE, "PHP");
        Money one = Money.ofMinor(1, "PHP");

        assertThatThrownBy(() -> max.plus(one)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> min.minus(one)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(new BigDecimal("2"), RoundingMode.HALF_UP))
                .isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest
    @CsvSource({
            // minor, factor, HALF_UP, HALF_EVEN
            "5, 0.5, 3, 2",
            "15, 0.5, 8, 8",
            "25, 0.5, 13, 12",
            "-5, 0.5, -3, -2",
            "3, 0.5, 2, 2",
            "1000, 0.0004, 0, 0",
            "1000, 0.0005, 1, 0",
            "1000, 0.0015, 2, 2",
    })
    void timesRoundsWithTheNamedMode(long minor, String factor, long halfUp, long halfEven) {
        Money money = Money.ofMinor(minor, "PHP");

        assertThat(money.times(new BigDecimal(factor), RoundingMode.HALF_UP).minor()).isEqualTo(halfUp);
        assertThat(money.times(new BigDecimal(factor), RoundingMode.HALF_EVEN).minor()).isEqualTo(halfEven);
    }

    @ParameterizedTest
    @CsvSource({
            // minor, bps, HALF_UP, HALF_EVEN
            "50, 500, 3, 2",      // 2.5
            "150, 500, 8, 8",     // 7.5
            "999, 500, 50, 50",   // 49.95
            "10, 5000, 5, 5",     // exact
            "1, 5000, 1, 0",      // 0.5
            "123, 0, 0, 0",
            "123, 10000, 123, 123",
    })
    void basisPointsRoundWithTheNamedMode(long minor, int bps, long halfUp, long halfEven) {
        Money money = Money.ofMinor(minor, "JPY");

        assertThat(money.basisPoints(bps, RoundingMode.HALF_UP)).isEqualTo(Money.ofMinor(halfUp, "JPY"));
        assertThat(money.basisPoints(bps, RoundingMode.HALF_EVEN)).isEqualTo(Money.ofMinor(halfEven, "JPY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XAU", "XXX", "XDR"})
    void currenciesWithoutMinorUnitAreRejected(String code) {
        Currency currency = Currency.getInstance(code);
        assertThat(currency.getDefaultFractionDigits()).isNegative();

        assertThatThrownBy(() -> new Money(1, currency)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofMinor(100, code)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.zero(currency)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("10", code)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void nullCurrencyIsRejected() {
        assertThatThrownBy(() -> new Money(1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void signPredicates() {
        assertThat(Money.ofMinor(0, "PHP").isZero()).isTrue();
        assertThat(Money.ofMinor(1, "PHP").isPositive()).isTrue();
        assertThat(Money.ofMinor(-1, "PHP").isNegative()).isTrue();
        assertThat(Money.ofMinor(0, "PHP").isPositive()).isFalse();
    }
}

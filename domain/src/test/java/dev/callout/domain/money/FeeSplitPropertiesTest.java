package dev.callout.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class FeeSplitPropertiesTest {

    /** Every currency the JDK knows that has a minor unit (so not XAU, XXX, ...). */
    static List<Currency> currenciesWithMinorUnit() {
        return Currency.getAvailableCurrencies().stream()
                .filter(currency -> currency.getDefaultFractionDigits() >= 0)
                .sorted(Comparator.comparing(Currency::getCurrencyCode))
                .toList();
    }

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of(currenciesWithMinorUnit());
    }

    @Provide
    Arbitrary<Long> amounts() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 10_000_000L),
                Arbitraries.longs().between(0, Long.MAX_VALUE),
                Arbitraries.of(0L, 1L, 9L, 10L, 19L, 20L, 199L, Long.MAX_VALUE));
    }

    @Property
    void feePlusNetIsTheAmount(@ForAll("amounts") long minor, @ForAll("currencies") Currency currency,
                               @ForAll @IntRange(min = 0, max = 10_000) int bps) {
        Money amount = new Money(minor, currency);

        FeeSplit split = new FeeRate(bps).split(amount);

        assertThat(split.amount()).isEqualTo(amount);
        assertThat(split.fee().plus(split.net())).isEqualTo(amount);
        assertThat(split.fee().currency()).isEqualTo(currency);
        assertThat(split.net().currency()).isEqualTo(currency);
    }

    @Property
    void feeIsNeverNegativeNorAboveTheAmount(@ForAll("amounts") long minor, @ForAll("currencies") Currency currency,
                                              @ForAll @IntRange(min = 0, max = 10_000) int bps) {
        Money amount = new Money(minor, currency);

        FeeSplit split = new FeeRate(bps).split(amount);

        assertThat(split.fee().isNegative()).isFalse();
        assertThat(split.net().isNegative()).isFalse();
        assertThat(split.fee().compareTo(amount)).isLessThanOrEqualTo(0);
    }

    @Property
    void feeIsTheExactShareRoundedHalfUp(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long minor,
                                         @ForAll @IntRange(min = 0, max = 10_000) int bps) {
        FeeSplit split = new FeeRate(bps).split(Money.ofMinor(minor, "PHP"));

        BigDecimal exact = BigDecimal.valueOf(minor).multiply(BigDecimal.valueOf(bps)).divide(BigDecimal.valueOf(10_000));
        assertThat(split.fee().minor()).isEqualTo(exact.setScale(0, RoundingMode.HALF_UP).longValueExact());
        assertThat(BigDecimal.valueOf(split.fee().minor()).subtract(exact).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.5"));
    }

    @Property
    void aHigherRateNeverTakesASmallerFee(@ForAll("amounts") long minor, @ForAll @IntRange(min = 0, max = 9_999) int bps) {
        Money amount = Money.ofMinor(minor, "JPY");

        assertThat(new FeeRate(bps + 1).split(amount).fee().minor())
                .isGreaterThanOrEqualTo(new FeeRate(bps).split(amount).fee().minor());
    }
}

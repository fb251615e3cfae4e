package dev.callout.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeeRateTest {

    @Test
    void fivePercentOfFifteenHundredPesos() {
        FeeSplit split = FeeRate.DEFAULT.split(Money.parse("1500.00", "PHP"));

        assertThat(split.amount()).isEqualTo(Money.parse("1500.00", "PHP"));
        assertThat(split.fee()).isEqualTo(Money.parse("75.00", "PHP"));
        assertThat(split.net()).isEqualTo(Money.parse("1425.00", "PHP"));
    }

    @ParameterizedTest
    @CsvSource({
            // amount, currency, bps, fee, net
            "999, JPY, 500, 50, 949",            // 49.95 rounds half up
            "990, JPY, 500, 50, 940",            // 49.5 rounds half up
            "989, JPY, 500, 49, 940",            // 49.45
            "1.010, BHD, 500, 0.051, 0.959",     // 0.0505
            "12.345, BHD, 500, 0.617, 11.728",   // 0.61725
            "0.01, PHP, 500, 0.00, 0.01",        // 0.0005
            "0.10, PHP, 500, 0.01, 0.09",        // 0.005 rounds half up
            "850.00, PHP, 0, 0.00, 850.00",
            "850.00, PHP, 10000, 850.00, 0.00",
            "0.00, PHP, 500, 0.00, 0.00",
    })
    void splitsWithTheFeeRoundedHalfUp(String amount, String code, int bps, String fee, String net) {
        FeeSplit split = new FeeRate(bps).split(Money.parse(amount, code));

        assertThat(split.fee()).isEqualTo(Money.parse(fee, code));
        assertThat(split.net()).isEqualTo(Money.parse(net, code));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10_001, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void rateOutsideZeroToHundredPercentIsRejected(int bps) {
        assertThatThrownBy(() -> new FeeRate(bps)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noFeeFromANegativeAmount() {
        assertThatThrownBy(() -> FeeRate.DEFAULT.split(Money.ofMinor(-1, "PHP")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fractionIsTheRateAsADecimal() {
        assertThat(FeeRate.DEFAULT.fraction()).isEqualByComparingTo(new BigDecimal("0.05"));
        assertThat(new FeeRate(1234).fraction()).isEqualByComparingTo(new BigDecimal("0.1234"));
        assertThat(new FeeRate(10_000).fraction()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void aSplitThatDoesNotAddUpIsRejected() {
        Money amount = Money.parse("10.00", "PHP");
        assertThatThrownBy(() -> new FeeSplit(amount, Money.parse("1.00", "PHP"), Money.parse("8.00", "PHP")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeeSplit(amount, Money.parse("1.00", "PHP"), Money.parse("9.00", "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

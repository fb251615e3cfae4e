package dev.callout.application.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.domain.money.Money;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic every adapter's counts go through. */
class FiguresTest {

    private static final Currency PHP = Currency.getInstance("PHP");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void ratesHaveFourDecimalsRoundedHalfUpAndAreNullWithNothingToDivide() {
        assertThat(new JobFigures(420, 380, 25, 15, 0, 0, 0).completionRate()).isEqualByComparingTo("0.9048");
        assertThat(new JobFigures(8, 1, 7, 0, 0, 0, 0).completionRate()).hasToString("0.1250");
        assertThat(new JobFigures(6, 2, 0, 0, 4, 0, 0).completionRate()).hasToString("0.3333");
        assertThat(new JobFigures(3, 0, 0, 0, 0, 0, 0).completionRate()).isNull();
        assertThat(new JobFigures(2, 2, 0, 0, 0, 0, 0).completionRate()).hasToString("1.0000");
    }

    @Test
    void theMeanAcceptanceTimeIsInWholeSecondsRoundedHalfUp() {
        assertThat(new JobFigures(2, 0, 0, 0, 0, 2, 283_000_000).averageAcceptanceSeconds()).isEqualTo(142);
        assertThat(new JobFigures(2, 0, 0, 0, 0, 2, 284_999_999).averageAcceptanceSeconds()).isEqualTo(142);
        assertThat(new JobFigures(2, 0, 0, 0, 0, 2, 285_000_000).averageAcceptanceSeconds()).isEqualTo(143);
        assertThat(new JobFigures(2, 0, 0, 0, 0, 0, 0).averageAcceptanceSeconds()).isNull();
    }

    @Test
    void successCountsSettledPaymentsOnlyAndNetIsVolumeLessRefunds() {
        PaymentFigures php = new PaymentFigures(PHP, 10, 6, 2, Money.ofMinor(600_000, "PHP"), Money.ofMinor(50_025, "PHP"));

        assertThat(php.settled()).isEqualTo(8);
        assertThat(php.successRate()).hasToString("0.7500");
        assertThat(php.netVolume()).isEqualTo(Money.ofMinor(549_975, "PHP"));
        assertThat(new PaymentFigures(PHP, 2, 0, 2, Money.zero(PHP), Money.zero(PHP)).successRate()).isNull();
    }

    @Test
    void theMainCurrencyHasTheMostPaymentsAndSuccessSpansEveryCurrency() {
        PaymentFigures yen = new PaymentFigures(JPY, 3, 3, 0, Money.ofMinor(9_000, "JPY"), Money.zero(JPY));
        PaymentFigures pesos = new PaymentFigures(PHP, 5, 1, 1, Money.ofMinor(10_000, "PHP"), Money.zero(PHP));

        Figures figures = new Figures(JobFigures.NONE, new UserFigures(0, 0, 0), List.of(yen, pesos));

        assertThat(figures.payments()).containsExactly(pesos, yen);
        assertThat(figures.mainCurrency()).contains(pesos);
        assertThat(figures.paymentsAttempted()).isEqualTo(8);
        assertThat(figures.paymentSuccessRate()).hasToString("0.5714"); // 4 of 7 settled
        assertThat(new Figures(JobFigures.NONE, new UserFigures(0, 0, 0), List.of()).mainCurrency()).isEmpty();
    }
}

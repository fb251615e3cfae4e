package dev.callout.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PricingTest {

    private static final GeoPoint MANILA = new GeoPoint(14.5995, 120.9842);
    private static final GeoPoint MAKATI = new GeoPoint(14.5547, 121.0244); // 6.598 km away
    private static final PricingPolicy TOWING = new PricingPolicy(Money.parse("500.00", "PHP"),
            Money.parse("50.00", "PHP"), 2_000, FeeRate.DEFAULT);

    private static Money php(String amount) {
        return Money.parse(amount, "PHP");
    }

    @Test
    void tariffWithoutDropoffIsTheBaseFare() {
        PriceQuote quote = Pricing.quote(TOWING, new PriceRequest(MANILA, null, Urgency.SCHEDULED, null, null));

        assertThat(quote.basis()).isEqualTo(PriceBasis.TARIFF);
        assertThat(quote.distanceKm()).isEqualByComparingTo("0").hasScaleOf(3);
        assertThat(quote.baseFare()).isEqualTo(php("500.00"));
        assertThat(quote.distanceCharge()).isEqualTo(php("0.00"));
        assertThat(quote.urgencySurcharge()).isEqualTo(php("0.00"));
        assertThat(quote.total()).isEqualTo(php("500.00"));
        assertThat(quote.platformFee()).isEqualTo(php("25.00"));
        assertThat(quote.providerNet()).isEqualTo(php("475.00"));
        assertThat(quote.feeBps()).isEqualTo(500);
    }

    @Test
    void immediateJobsPayTheSurcharge() {
        PriceQuote quote = Pricing.quote(TOWING, new PriceRequest(MANILA, null, Urgency.IMMEDIATE, null, null));

        assertThat(quote.urgencySurcharge()).isEqualTo(php("100.00"));
        assertThat(quote.total()).isEqualTo(php("600.00"));
        assertThat(quote.platformFee()).isEqualTo(php("30.00"));
        assertThat(quote.providerNet()).isEqualTo(php("570.00"));
    }

    @Test
    void tariffWithDropoffChargesPerKilometreRoundedToMetres() {
        PriceQuote scheduled = Pricing.quote(TOWING, new PriceRequest(MANILA, MAKATI, Urgency.SCHEDULED, null, null));

        assertThat(scheduled.distanceKm()).isEqualTo(new BigDecimal("6.598"));
        assertThat(scheduled.distanceCharge()).isEqualTo(php("329.90")); // 50.00 x 6.598
        assertThat(scheduled.urgencySurcharge()).isEqualTo(php("0.00"));
        assertThat(scheduled.total()).isEqualTo(php("829.90"));

        PriceQuote immediate = Pricing.quote(TOWING, new PriceRequest(MANILA, MAKATI, Urgency.IMMEDIATE, null, null));
        assertThat(immediate.distanceCharge()).isEqualTo(php("329.90"));
        assertThat(immediate.urgencySurcharge()).isEqualTo(php("165.98")); // 20% of 829.90
        assertThat(immediate.total()).isEqualTo(php("995.88"));
        assertThat(immediate.platformFee()).isEqualTo(php("49.79"));      // 49.794
        assertThat(immediate.providerNet()).isEqualTo(php("946.09"));
    }

    @Test
    void distanceChargeRoundsHalfUp() {
        // 0.0009 degrees of latitude is 100.075 m, so 0.100 km; 0.05 PHP x 0.100 = 0.5 centavo
        GeoPoint from = new GeoPoint(0, 0);
        GeoPoint to = new GeoPoint(0.0009, 0);
        PricingPolicy cheap = new PricingPolicy(php("0.00"), php("0.05"), 0, FeeRate.DEFAULT);

        PriceQuote quote = Pricing.quote(cheap, new PriceRequest(from, to, Urgency.SCHEDULED, null, null));

        assertThat(quote.distanceKm()).isEqualTo(new BigDecimal("0.100"));
        assertThat(quote.distanceCharge()).isEqualTo(php("0.01"));
        assertThat(quote.total()).isEqualTo(php("0.01"));
        assertThat(quote.platformFee()).isEqualTo(php("0.00"));
    }

    @Test
    void surchargeRoundsHalfUp() {
        // 12.5% of 0.04 = 0.5 centavo
        PricingPolicy policy = new PricingPolicy(php("0.04"), php("0.00"), 1_250, FeeRate.DEFAULT);

        PriceQuote quote = Pricing.quote(policy, new PriceRequest(MANILA, null, Urgency.IMMEDIATE, null, null));

        assertThat(quote.urgencySurcharge()).isEqualTo(php("0.01"));
        assertThat(quote.total()).isEqualTo(php("0.05"));
    }

    @Test
    void zeroDecimalCurrencyTariff() {
        PricingPolicy yen = new PricingPolicy(Money.parse("3000", "JPY"), Money.parse("100", "JPY"), 1_500, FeeRate.DEFAULT);

        PriceQuote quote = Pricing.quote(yen, new PriceRequest(MANILA, MAKATI, Urgency.IMMEDIATE, null, null));

        assertThat(quote.distanceCharge()).isEqualTo(Money.parse("660", "JPY"));     // 659.8
        assertThat(quote.urgencySurcharge()).isEqualTo(Money.parse("549", "JPY"));   // 15% of 3660
        assertThat(quote.total()).isEqualTo(Money.parse("4209", "JPY"));
        assertThat(quote.platformFee()).isEqualTo(Money.parse("210", "JPY"));        // 210.45
        assertThat(quote.providerNet()).isEqualTo(Money.parse("3999", "JPY"));
    }

    @Test
    void aBudgetWinsOverTheTariff() {
        PriceQuote quote = Pricing.quote(TOWING, new PriceRequest(MANILA, MAKATI, Urgency.IMMEDIATE, php("1200.00"), null));

        assertThat(quote.basis()).isEqualTo(PriceBasis.BUDGET);
        assertThat(quote.total()).isEqualTo(php("1200.00"));
        assertThat(quote.baseFare()).isEqualTo(php("0.00"));
        assertThat(quote.distanceCharge()).isEqualTo(php("0.00"));
        assertThat(quote.urgencySurcharge()).isEqualTo(php("0.00"));
        assertThat(quote.platformFee()).isEqualTo(php("60.00"));
        assertThat(quote.providerNet()).isEqualTo(php("1140.00"));
        assertThat(quote.distanceKm()).isEqualTo(new BigDecimal("6.598"));
    }

    @Test
    void aPackagePriceWinsOverTheBudget() {
        PriceQuote quote = Pricing.quote(TOWING,
                new PriceRequest(MANILA, null, Urgency.IMMEDIATE, php("1200.00"), php("999.00")));

        assertThat(quote.basis()).isEqualTo(PriceBasis.PACKAGE);
        assertThat(quote.total()).isEqualTo(php("999.00"));
        assertThat(quote.platformFee()).isEqualTo(php("49.95"));
        assertThat(quote.providerNet()).isEqualTo(php("949.05"));
        assertThat(quote.urgencySurcharge()).isEqualTo(php("0.00"));
    }

    @Test
    void aBudgetOrPackageInAnotherCurrencyFails() {
        Money usd = Money.parse("20.00", "USD");
        assertThatThrownBy(() -> Pricing.quote(TOWING, new PriceRequest(MANILA, null, Urgency.IMMEDIATE, usd, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pricing.quote(TOWING, new PriceRequest(MANILA, null, Urgency.IMMEDIATE, null, usd)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestsAndPoliciesValidateThemselves() {
        assertThatThrownBy(() -> new PriceRequest(MANILA, null, Urgency.IMMEDIATE, php("0.00"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriceRequest(MANILA, null, Urgency.IMMEDIATE, php("-1.00"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriceRequest(MANILA, null, Urgency.IMMEDIATE, null, php("-1.00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriceRequest(null, null, Urgency.IMMEDIATE, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PricingPolicy(php("1.00"), Money.parse("1", "JPY"), 0, FeeRate.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PricingPolicy(php("-1.00"), php("1.00"), 0, FeeRate.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PricingPolicy(php("1.00"), php("1.00"), -1, FeeRate.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PricingPolicy(php("1.00"), php("1.00"), 100_001, FeeRate.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.callout.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class PricingPropertiesTest {

    @Provide
    Arbitrary<PricingPolicy> policies() {
        Arbitrary<Currency> currency = Arbitraries.of(Currency.getAvailableCurrencies().stream()
                .filter(c -> c.getDefaultFractionDigits() >= 0)
                .sorted(Comparator.comparing(Currency::getCurrencyCode)).toList());
        return Combinators.combine(currency,
                        Arbitraries.longs().between(0, 1_000_000_000L),
                        Arbitraries.longs().between(0, 10_000_000L),
                        Arbitraries.integers().between(0, 100_000),
                        Arbitraries.integers().between(0, 10_000))
                .as((c, base, perKm, surcharge, fee) ->
                        new PricingPolicy(new Money(base, c), new Money(perKm, c), surcharge, new FeeRate(fee)));
    }

    @Provide
    Arbitrary<GeoPoint> points() {
        return Combinators.combine(Arbitraries.doubles().between(-90, 90), Arbitraries.doubles().between(-180, 180))
                .as(GeoPoint::new);
    }

    @Property
    void tariffPricesAreNeverNegativeAndAddUp(@ForAll("policies") PricingPolicy policy, @ForAll("points") GeoPoint pickup,
                                              @ForAll("points") GeoPoint dropoff, @ForAll boolean withDropoff,
                                              @ForAll Urgency urgency) {
        PriceRequest request = new PriceRequest(pickup, withDropoff ? dropoff : null, urgency, null, null);

        PriceQuote quote = Pricing.quote(policy, request);

        assertThat(quote.basis()).isEqualTo(PriceBasis.TARIFF);
        assertThat(quote.total().isNegative()).isFalse();
        assertThat(quote.distanceCharge().isNegative()).isFalse();
        assertThat(quote.urgencySurcharge().isNegative()).isFalse();
        assertThat(quote.platformFee().isNegative()).isFalse();
        assertThat(quote.providerNet().isNegative()).isFalse();
        assertThat(quote.baseFare().plus(quote.distanceCharge()).plus(quote.urgencySurcharge())).isEqualTo(quote.total());
        assertThat(quote.platformFee().plus(quote.providerNet())).isEqualTo(quote.total());
        assertThat(quote.total().currency()).isEqualTo(policy.currency());
        assertThat(quote.baseFare()).isEqualTo(policy.baseFare());
        assertThat(quote.feeBps()).isEqualTo(policy.platformFee().basisPoints());
        assertThat(quote.distanceKm().scale()).isEqualTo(3);
        BigDecimal expectedKm = withDropoff
                ? BigDecimal.valueOf(pickup.distanceKm(dropoff)).setScale(3, RoundingMode.HALF_UP)
                : BigDecimal.ZERO.setScale(3);
        assertThat(quote.distanceKm()).isEqualTo(expectedKm);
        assertThat(quote.distanceCharge()).isEqualTo(policy.perKm().times(expectedKm, RoundingMode.HALF_UP));
        if (urgency == Urgency.SCHEDULED) {
            assertThat(quote.urgencySurcharge().isZero()).isTrue();
        } else {
            assertThat(quote.urgencySurcharge()).isEqualTo(policy.baseFare().plus(quote.distanceCharge())
                    .basisPoints(policy.immediateSurchargeBps(), RoundingMode.HALF_UP));
        }
    }

    @Property
    void quotingIsDeterministic(@ForAll("policies") PricingPolicy policy, @ForAll("points") GeoPoint pickup,
                                @ForAll("points") GeoPoint dropoff, @ForAll Urgency urgency) {
        PriceRequest request = new PriceRequest(pickup, dropoff, urgency, null, null);
        PriceRequest same = new PriceRequest(new GeoPoint(pickup.lat(), pickup.lng()),
                new GeoPoint(dropoff.lat(), dropoff.lng()), urgency, null, null);

        assertThat(Pricing.quote(policy, same)).isEqualTo(Pricing.quote(policy, request));
    }

    @Property
    void aBudgetIsThePriceAndSplitsExactly(@ForAll("policies") PricingPolicy policy, @ForAll("points") GeoPoint pickup,
                                           @ForAll Urgency urgency,
                                           @ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 2) long budgetMinor) {
        Money budget = new Money(budgetMinor, policy.currency());

        PriceQuote quote = Pricing.quote(policy, new PriceRequest(pickup, null, urgency, budget, null));

        assertThat(quote.basis()).isEqualTo(PriceBasis.BUDGET);
        assertThat(quote.total()).isEqualTo(budget);
        assertThat(quote.platformFee().isNegative()).isFalse();
        assertThat(quote.providerNet().isNegative()).isFalse();
        assertThat(quote.platformFee().plus(quote.providerNet())).isEqualTo(budget);
        assertThat(quote).isEqualTo(Pricing.quote(policy, new PriceRequest(pickup, null, urgency, budget, null)));
    }
}

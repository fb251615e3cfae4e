package dev.callout.domain.pricing;

import dev.callout.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one price function: a quote before posting and the price of the job are the same call.
 * A service package's price wins, then a customer's budget, else the category tariff.
 * Distances are rounded to whole metres, money half-up to the minor unit.
 */
public final class Pricing {

    private Pricing() {
    }

    public static PriceQuote quote(PricingPolicy policy, PriceRequest request) {
        Money zero = Money.zero(policy.currency());
        BigDecimal distanceKm = request.dropoff() == null
                ? BigDecimal.ZERO.setScale(3)
                : BigDecimal.valueOf(request.pickup().distanceKm(request.dropoff())).setScale(3, RoundingMode.HALF_UP);

        if (request.packagePrice() != null) {
            requireCurrency(policy, request.packagePrice());
            return new PriceQuote(PriceBasis.PACKAGE, distanceKm, zero, zero, zero,
                    policy.platformFee().split(request.packagePrice()), policy.platformFee().basisPoints());
        }
        if (request.budget() != null) {
            requireCurrency(policy, request.budget());
            return new PriceQuote(PriceBasis.BUDGET, distanceKm, zero, zero, zero,
                    policy.platformFee().split(request.budget()), policy.platformFee().basisPoints());
        }
        Money distanceCharge = policy.perKm().times(distanceKm, RoundingMode.HALF_UP);
        Money beforeSurcharge = policy.baseFare().plus(distanceCharge);
        Money surcharge = request.urgency() == Urgency.IMMEDIATE
                ? beforeSurcharge.basisPoints(policy.immediateSurchargeBps(), RoundingMode.HALF_UP)
                : zero;
        Money total = beforeSurcharge.plus(surcharge);
        return new PriceQuote(PriceBasis.TARIFF, distanceKm, policy.baseFare(), distanceCharge, surcharge,
                policy.platformFee().split(total), policy.platformFee().basisPoints());
    }

    private static void requireCurrency(PricingPolicy policy, Money money) {
        if (!money.currency().equals(policy.currency())) {
            throw new IllegalArgumentException("price in " + money.currency() + " but the category is priced in " + policy.currency());
        }
    }
}

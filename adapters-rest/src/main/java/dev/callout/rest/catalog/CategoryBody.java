package dev.callout.rest.catalog;

import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PricingPolicy;
import dev.callout.rest.body.MoneyBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** A service category and its tariff. */
@Serdeable
@Schema(name = "Category")
public record CategoryBody(String code, String name, boolean requiresVehicle, MoneyBody baseFare, MoneyBody perKm,
                           String immediateSurchargeRate, String platformFeeRate) {

    public static CategoryBody of(Category category) {
        PricingPolicy pricing = category.pricing();
        return new CategoryBody(category.code(), category.name(), category.requiresVehicle(),
                MoneyBody.of(pricing.baseFare()), MoneyBody.of(pricing.perKm()),
                rate(pricing.immediateSurchargeBps()), rate(pricing.platformFee().basisPoints()));
    }

    private static String rate(int basisPoints) {
        return BigDecimal.valueOf(basisPoints).movePointLeft(4).stripTrailingZeros().toPlainString();
    }
}

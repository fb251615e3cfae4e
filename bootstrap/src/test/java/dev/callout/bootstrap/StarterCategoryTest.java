package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Category;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StarterCategoryTest {

    private static StarterCategory towing(String perKm) {
        StarterCategory towing = new StarterCategory();
        towing.setCode("towing");
        towing.setName("Towing");
        towing.setCurrency("DZD");
        towing.setPerKm(new BigDecimal(perKm));
        towing.setRequiresVehicle(true);
        return towing;
    }

    @Test
    void amountsAreTakenExactlyInTheCurrencysMajorUnitWithNoBaseFareUnlessGiven() {
        Category category = towing("150.25").category();

        assertThat(category.pricing().perKm()).isEqualTo(Money.parse("150.25", "DZD"));
        assertThat(category.pricing().baseFare()).isEqualTo(Money.parse("0.00", "DZD"));
        assertThat(category.pricing().immediateSurchargeBps()).isZero();
        assertThat(category.requiresVehicle()).isTrue();
    }

    @Test
    void anAmountFinerThanTheMinorUnitStopsTheStart() {
        assertThatThrownBy(() -> towing("150.255").category()).isInstanceOf(ArithmeticException.class);
    }
}

package dev.callout.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.catalog.TariffedCategories.Fare;
import dev.callout.application.inmemory.InMemoryCategories;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PricingPolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TariffedCategoriesTest {

    private static final Category TOWING = new Category("towing", "Towing",
            new PricingPolicy(Money.ofMinor(150_000, "PHP"), Money.ofMinor(8_000, "PHP"), 2_000, new FeeRate(500)), true);
    private static final Category PLUMBER = new Category("plumber", "Plumber",
            new PricingPolicy(Money.ofMinor(70_000, "PHP"), Money.ofMinor(0, "PHP"), 2_000, new FeeRate(500)), false);

    private final TariffedCategories categories = new TariffedCategories(new InMemoryCategories(List.of(TOWING, PLUMBER)),
            Map.of("towing", new Fare(Money.ofMinor(7_500, "GBP"), Money.ofMinor(250, "GBP")), "unknown",
                    new Fare(Money.ofMinor(1, "GBP"), Money.ofMinor(1, "GBP"))));

    @Test
    void aDeploymentsFareReplacesTheStoredOneAndKeepsTheRest() {
        Category towing = categories.byCode("towing").orElseThrow();

        assertThat(towing.pricing()).isEqualTo(new PricingPolicy(Money.ofMinor(7_500, "GBP"), Money.ofMinor(250, "GBP"), 2_000,
                new FeeRate(500)));
        assertThat(towing.name()).isEqualTo("Towing");
        assertThat(towing.requiresVehicle()).isTrue();
    }

    @Test
    void categoriesWithoutAFareAreAsStoredAndAFareAloneMakesNoCategory() {
        assertThat(categories.byCode("plumber")).contains(PLUMBER);
        assertThat(categories.byCode("unknown")).isEmpty();
        assertThat(categories.all()).extracting(Category::code).containsExactly("plumber", "towing");
        assertThat(categories.all()).filteredOn(category -> category.code().equals("towing"))
                .singleElement().satisfies(towing -> assertThat(towing.pricing().currency().getCurrencyCode()).isEqualTo("GBP"));
    }
}

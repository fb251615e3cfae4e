package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.inmemory.InMemoryCategories;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PricingPolicy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StarterCatalogTest {

    private static final Category TOWING = new Category("towing", "Towing",
            new PricingPolicy(Money.ofMinor(150_000, "PHP"), Money.ofMinor(8_000, "PHP"), 2_000, new FeeRate(500)), true);
    private static final Category PLUMBER = new Category("plumber", "Plumber",
            new PricingPolicy(Money.ofMinor(70_000, "PHP"), Money.ofMinor(0, "PHP"), 2_000, new FeeRate(500)), false);

    private final InMemoryCategories categories = new InMemoryCategories(List.of(TOWING, PLUMBER));

    /** ART's towing, as application-art.yml sets it. */
    private static StarterCategory towingInPounds() {
        StarterCategory towing = new StarterCategory();
        towing.setCode("towing");
        towing.setName("Towing");
        towing.setCurrency("GBP");
        towing.setBaseFare(new BigDecimal("75.00"));
        towing.setPerKm(new BigDecimal("2.50"));
        towing.setImmediateSurchargeBps(2_000);
        towing.setRequiresVehicle(true);
        return towing;
    }

    @Test
    void aDeploymentsStarterCategoryReplacesTheStoredTariffOfItsCode() {
        new StarterCatalog(categories, List.of(towingInPounds())).write();

        assertThat(categories.byCode("towing")).contains(new Category("towing", "Towing",
                new PricingPolicy(Money.ofMinor(7_500, "GBP"), Money.ofMinor(250, "GBP"), 2_000, new FeeRate(500)), true));
    }

    @Test
    void categoriesWithoutAStarterStayAsStored() {
        new StarterCatalog(categories, List.of(towingInPounds())).write();

        assertThat(categories.byCode("plumber")).contains(PLUMBER);
        assertThat(categories.all()).extracting(Category::code).containsExactly("plumber", "towing");
    }

    @Test
    void noStarterCatalogueChangesNothing() {
        new StarterCatalog(categories, List.of()).write();

        assertThat(categories.all()).containsExactly(PLUMBER, TOWING);
    }
}

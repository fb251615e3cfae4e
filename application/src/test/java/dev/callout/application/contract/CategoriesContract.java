package dev.callout.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.Categories;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PricingPolicy;
import org.junit.jupiter.api.Test;

/** What every {@link Categories} store must do: a saved category is read back whole, and saving its code again replaces it. */
public abstract class CategoriesContract {

    protected abstract Categories categories();

    private static Category category(String code, String perKm, boolean requiresVehicle) {
        return new Category(code, "Towing " + code, new PricingPolicy(Money.parse("0.00", "DZD"), Money.parse(perKm, "DZD"), 0,
                new FeeRate(250)), requiresVehicle);
    }

    @Test
    void a_saved_category_is_read_back_whole_and_listed() {
        Category saved = category("tow_" + ContractFixtures.unique().toLowerCase(), "150.00", true);

        categories().save(saved);

        assertThat(categories().byCode(saved.code())).contains(saved);
        assertThat(categories().all()).contains(saved);
    }

    @Test
    void saving_a_code_again_replaces_its_name_and_tariff() {
        String code = "tow_" + ContractFixtures.unique().toLowerCase();
        categories().save(category(code, "150.00", true));
        Category replaced = category(code, "175.50", false);

        categories().save(replaced);

        assertThat(categories().byCode(code)).contains(replaced);
        assertThat(categories().all()).filteredOn(category -> category.code().equals(code)).containsExactly(replaced);
    }
}

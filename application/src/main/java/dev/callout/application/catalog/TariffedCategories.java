package dev.callout.application.catalog;

import dev.callout.application.port.Categories;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PricingPolicy;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stored categories with the deployment's own fares where it sets them (a profile's currency,
 * base fare and rate per kilometre): a category keeps its code, name, vehicle rule, immediate
 * surcharge and platform fee. A category without a fare of the deployment's is as stored.
 */
public final class TariffedCategories implements Categories {

    /** A deployment's fare for one category: its base fare and its rate per kilometre, in one currency. */
    public record Fare(Money baseFare, Money perKm) {
        public Fare {
            Objects.requireNonNull(baseFare, "baseFare");
            Objects.requireNonNull(perKm, "perKm");
        }
    }

    private final Categories stored;
    private final Map<String, Fare> fares;

    public TariffedCategories(Categories stored, Map<String, Fare> fares) {
        this.stored = Objects.requireNonNull(stored, "stored");
        this.fares = Map.copyOf(fares);
    }

    @Override
    public Optional<Category> byCode(String code) {
        return stored.byCode(code).map(this::tariffed);
    }

    @Override
    public List<Category> all() {
        return stored.all().stream().map(this::tariffed).toList();
    }

    private Category tariffed(Category category) {
        Fare fare = fares.get(category.code());
        if (fare == null) {
            return category;
        }
        PricingPolicy stored = category.pricing();
        return new Category(category.code(), category.name(),
                new PricingPolicy(fare.baseFare(), fare.perKm(), stored.immediateSurchargeBps(), stored.platformFee()),
                category.requiresVehicle());
    }
}

package dev.callout.application.job;

import dev.callout.application.port.Categories;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PriceQuote;
import dev.callout.domain.pricing.PriceRequest;
import dev.callout.domain.pricing.Pricing;
import java.util.Map;
import java.util.Optional;

/** Prices a job request with its category's tariff; shared by quoting and posting. */
final class JobPricing {

    private final Categories categories;
    private final JobRules rules;

    JobPricing(Categories categories) {
        this(categories, JobRules.DEFAULT);
    }

    JobPricing(Categories categories, JobRules rules) {
        this.categories = categories;
        this.rules = rules;
    }

    sealed interface Priced {
        record Ok(Category category, PriceQuote quote) implements Priced {
        }

        record Invalid(Map<String, String> fields) implements Priced {
        }
    }

    Priced price(JobRequest request) {
        return price(request, null);
    }

    /** With a package's price (null: none), which wins over budget and tariff. */
    Priced price(JobRequest request, Money packagePrice) {
        String code = rules.categoryOf(request.category());
        if (code == null) {
            return new Priced.Invalid(Map.of("category", "is required"));
        }
        Optional<Category> found = categories.byCode(code);
        if (found.isEmpty()) {
            return new Priced.Invalid(Map.of("category", "unknown category '" + code + "'"));
        }
        Category category = found.get();
        Money budget = null;
        if (request.budget() != null) {
            MoneyInput.Converted converted = request.budget().in(category.pricing().currency(), "budget");
            if (converted.value().isEmpty()) {
                return new Priced.Invalid(converted.problem());
            }
            budget = converted.money();
        }
        PriceRequest priceRequest = new PriceRequest(request.location().point(),
                request.dropoff() == null ? null : request.dropoff().point(), request.urgency(), budget, packagePrice);
        return new Priced.Ok(category, Pricing.quote(category.pricing(), priceRequest));
    }
}

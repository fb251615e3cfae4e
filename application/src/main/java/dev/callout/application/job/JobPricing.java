package dev.callout.application.job;

import dev.callout.application.port.Categories;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PriceQuote;
import dev.callout.domain.pricing.PriceRequest;
import dev.callout.domain.pricing.Pricing;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/** Prices a job request with its category's tariff; shared by quoting and posting. */
final class JobPricing {

    private final Categories categories;

    JobPricing(Categories categories) {
        this.categories = categories;
    }

    sealed interface Priced {
        record Ok(Category category, PriceQuote quote) implements Priced {
        }

        record Invalid(Map<String, String> fields) implements Priced {
        }
    }

    Priced price(JobRequest request) {
        Optional<Category> found = categories.byCode(request.category());
        if (found.isEmpty()) {
            return new Priced.Invalid(Map.of("category", "unknown category '" + request.category() + "'"));
        }
        Category category = found.get();
        Money budget = null;
        if (request.budget() != null) {
            Currency currency = category.pricing().currency();
            String given = request.budget().currency();
            if (given != null && !given.equals(currency.getCurrencyCode())) {
                return new Priced.Invalid(Map.of("budget.currency", "must be " + currency.getCurrencyCode() + " for this category"));
            }
            if (request.budget().amount().stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                return new Priced.Invalid(Map.of("budget.amount", "has more than " + currency.getDefaultFractionDigits() + " decimals"));
            }
            try {
                budget = Money.of(request.budget().amount(), currency);
            } catch (ArithmeticException tooLarge) {
                return new Priced.Invalid(Map.of("budget.amount", "is too large"));
            }
        }
        PriceRequest priceRequest = new PriceRequest(request.location().point(),
                request.dropoff() == null ? null : request.dropoff().point(), request.urgency(), budget, null);
        return new Priced.Ok(category, Pricing.quote(category.pricing(), priceRequest));
    }
}

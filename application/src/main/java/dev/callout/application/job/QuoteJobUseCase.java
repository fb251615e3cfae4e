package dev.callout.application.job;

import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PriceQuote;
import dev.callout.domain.user.Actor;
import java.util.Map;

/** Prices a would-be job without posting it. */
public interface QuoteJobUseCase {

    QuoteResult quote(Actor customer, JobRequest request);

    sealed interface QuoteResult {
        record Quoted(Category category, PriceQuote quote) implements QuoteResult {
        }

        record Invalid(Map<String, String> fields) implements QuoteResult {
        }
    }
}

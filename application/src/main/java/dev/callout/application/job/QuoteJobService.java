package dev.callout.application.job;

import dev.callout.application.port.Categories;
import dev.callout.domain.user.Actor;

public final class QuoteJobService implements QuoteJobUseCase {

    private final JobPricing pricing;

    public QuoteJobService(Categories categories) {
        this(categories, JobRules.DEFAULT);
    }

    public QuoteJobService(Categories categories, JobRules rules) {
        this.pricing = new JobPricing(categories, rules);
    }

    @Override
    public QuoteResult quote(Actor customer, JobRequest request) {
        return switch (pricing.price(request)) {
            case JobPricing.Priced.Ok ok -> new QuoteResult.Quoted(ok.category(), ok.quote());
            case JobPricing.Priced.Invalid invalid -> new QuoteResult.Invalid(invalid.fields());
        };
    }
}

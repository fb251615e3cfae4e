package dev.callout.application.payment;

import dev.callout.application.job.MoneyInput;
import dev.callout.application.port.Categories;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.pricing.Category;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

public final class QuoteFeeService implements QuoteFeeUseCase {

    private final Categories categories;
    private final FeeRate defaultRate;

    public QuoteFeeService(Categories categories, FeeRate defaultRate) {
        this.categories = categories;
        this.defaultRate = defaultRate;
    }

    @Override
    public FeeQuote quote(QuoteFeeCommand command) {
        FeeRate rate = defaultRate;
        Currency currency = null;
        if (command.category() != null) {
            Optional<Category> category = categories.byCode(command.category());
            if (category.isEmpty()) {
                return new FeeQuote.Invalid(Map.of("category", "unknown category '" + command.category() + "'"));
            }
            rate = category.get().pricing().platformFee();
            currency = category.get().pricing().currency();
        }
        if (command.currency() != null) {
            Optional<Currency> named = PaymentInputs.currency(command.currency());
            if (named.isEmpty()) {
                return new FeeQuote.Invalid(Map.of("currency", "unknown currency '" + command.currency() + "'"));
            }
            currency = named.get();
        }
        PaymentInputs.Result amount = PaymentInputs.money(new MoneyInput(command.amount(), null), currency, "amount");
        if (amount.money() == null) {
            return new FeeQuote.Invalid(Map.of("amount", amount.problems().values().iterator().next()));
        }
        return new FeeQuote.Quoted(rate, rate.split(amount.money()));
    }
}

package dev.callout.application.payment;

import dev.callout.application.FieldErrors;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.FeeSplit;
import dev.callout.domain.pricing.Category;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The platform's fee and the provider's net for an amount: the category's rate when one is
 * named (and its currency unless another is given), else the deployment's default rate (5%).
 * The fee is rounded half-up to the currency's minor unit; the net is the rest.
 */
public interface QuoteFeeUseCase {

    FeeQuote quote(QuoteFeeCommand command);

    record QuoteFeeCommand(BigDecimal amount, String currency, String category) {
        public QuoteFeeCommand {
            new FieldErrors().require(amount != null, "amount", "is required")
                    .require(currency != null || category != null, "currency", "is required unless a category is given")
                    .singleLine(currency, 3, "currency")
                    .singleLine(category, Category.MAX_CODE_LENGTH, "category")
                    .throwIfAny();
        }
    }

    sealed interface FeeQuote {
        record Quoted(FeeRate rate, FeeSplit split) implements FeeQuote {
        }

        record Invalid(Map<String, String> fields) implements FeeQuote {
            public Invalid {
                fields = Map.copyOf(fields);
            }
        }
    }
}

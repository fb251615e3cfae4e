package dev.callout.rest.payment;

import dev.callout.domain.payment.PayoutAccount;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Serdeable
@Schema(name = "PayoutAccount")
public record PayoutAccountBody(String providerId, String stripeAccountId,
                                @Schema(description = "when the provider first linked an account") Instant createdAt,
                                @Schema(description = "when the linked account last changed") Instant updatedAt) {
    static PayoutAccountBody of(PayoutAccount account) {
        return new PayoutAccountBody(account.providerId().value(), account.accountId(), account.createdAt(),
                account.updatedAt());
    }
}

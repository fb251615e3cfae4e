package dev.callout.application.payment;

import dev.callout.application.FieldErrors;
import dev.callout.domain.payment.PayoutAccount;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.UserId;
import java.util.Objects;

/**
 * A provider links, reads and unlinks the connected account their card payments pay out to;
 * admins read any provider's. The gateway is asked, outside any transaction, whether the account
 * exists and can receive transfers before it is stored. Payments keep the routing they were
 * opened with: linking or unlinking changes only those opened afterwards.
 */
public interface PayoutAccountUseCase {

    LinkResult link(LinkPayoutAccountCommand command);

    ReadResult read(Actor actor, UserId provider);

    UnlinkResult unlink(Actor provider);

    record LinkPayoutAccountCommand(Actor actor, String stripeAccountId) {
        public LinkPayoutAccountCommand {
            Objects.requireNonNull(actor, "actor");
            new FieldErrors().notBlank(stripeAccountId, "stripe_account_id")
                    .require(stripeAccountId == null || stripeAccountId.isBlank() || PayoutAccount.isWellFormed(stripeAccountId),
                            "stripe_account_id", "must be a Stripe connected account id: acct_ followed by letters and digits")
                    .throwIfAny();
        }
    }

    sealed interface LinkResult {
        record Linked(PayoutAccount account) implements LinkResult {
        }

        record NotAProvider() implements LinkResult {
        }

        /** The gateway has no such account for the platform, or it cannot receive transfers yet. */
        record Invalid(String reason) implements LinkResult {
        }

        /** The gateway did not answer; nothing was stored. */
        record GatewayUnavailable(String message) implements LinkResult {
        }
    }

    sealed interface ReadResult {
        record Found(PayoutAccount account) implements ReadResult {
        }

        /** The provider has no connected account. */
        record NoAccount() implements ReadResult {
        }

        /** No provider with that id that the caller may see. */
        record NoSuchProvider() implements ReadResult {
        }
    }

    enum UnlinkResult {
        UNLINKED, NO_ACCOUNT, NOT_A_PROVIDER
    }
}

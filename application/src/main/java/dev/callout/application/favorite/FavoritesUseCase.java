package dev.callout.application.favorite;

import dev.callout.application.FieldErrors;
import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.favorite.Favorite;
import dev.callout.domain.review.RatingSummary;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.util.Objects;

/**
 * A customer's favourite providers (Chayenity's buddies): add with a note (no duplicates), list,
 * optionally only those online now, remove. Only the customer sees their list.
 */
public interface FavoritesUseCase {

    AddResult add(AddFavoriteCommand command);

    Page<FavoriteView> list(Actor actor, boolean availableOnly, PageRequest page);

    /** False when there is no such favourite of the caller's. */
    boolean remove(Actor actor, String favoriteId);

    record AddFavoriteCommand(Actor actor, UserId providerId, String note) {
        public AddFavoriteCommand {
            Objects.requireNonNull(actor, "actor");
            new FieldErrors().require(providerId != null, "provider_id", "is required")
                    .freeText(note, Favorite.MAX_NOTE_LENGTH, "note").throwIfAny();
        }
    }

    /** A favourite with what the customer wants to know about the provider now. */
    record FavoriteView(Favorite favorite, User provider, Availability availability, RatingSummary rating) {
    }

    sealed interface AddResult {
        record Added(FavoriteView favorite) implements AddResult {
        }

        /** Only customers keep favourites. */
        record NotACustomer() implements AddResult {
        }

        /** No active provider with that id. */
        record ProviderNotFound() implements AddResult {
        }

        record AlreadyFavorite() implements AddResult {
        }
    }
}

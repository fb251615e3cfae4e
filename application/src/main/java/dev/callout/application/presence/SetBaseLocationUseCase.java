package dev.callout.application.presence;

import dev.callout.application.FieldErrors;
import dev.callout.application.presence.SetAvailabilityUseCase.PresenceResult;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Place;
import dev.callout.domain.user.Actor;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider sets the fixed place they work from (a gig helper's address) or clears it. While they
 * are online it counts for matching whenever they have no fresh live position; a fresh one wins.
 */
public interface SetBaseLocationUseCase {

    /** {@link PresenceResult.Updated} with the presence now based there (or nowhere). */
    PresenceResult set(SetBaseLocationCommand command);

    /** The provider's base location, if they set one. */
    Optional<Place> baseLocation(Actor provider);

    /** {@code base} null clears it. */
    record SetBaseLocationCommand(Actor provider, Place base) {
        public SetBaseLocationCommand {
            Objects.requireNonNull(provider, "provider");
        }

        /**
         * From raw input: missing or out-of-range coordinates and an address breaking the text rules
         * are field errors; a blank address is none.
         */
        public static SetBaseLocationCommand of(Actor provider, Double lat, Double lng, String address) {
            new FieldErrors()
                    .require(lat != null && GeoPoint.isValid(lat, 0), "lat", "must be between -90 and 90")
                    .require(lng != null && GeoPoint.isValid(0, lng), "lng", "must be between -180 and 180")
                    .singleLine(address, Place.MAX_ADDRESS_LENGTH, "address")
                    .throwIfAny();
            String trimmed = address == null || address.isBlank() ? null : address.strip();
            return new SetBaseLocationCommand(provider, new Place(new GeoPoint(lat, lng), trimmed));
        }
    }
}

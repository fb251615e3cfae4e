package dev.callout.domain.favorite;

import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** A provider a customer wants to work with again, with the customer's note. */
public record Favorite(String id, UserId customerId, UserId providerId, String note, Instant createdAt) {

    public static final String PREFIX = "fav";
    public static final int MAX_NOTE_LENGTH = 500;

    public Favorite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(createdAt, "createdAt");
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("note longer than " + MAX_NOTE_LENGTH);
        }
    }

    public static String nextId(IdGenerator ids) {
        return ids.next(PREFIX);
    }
}

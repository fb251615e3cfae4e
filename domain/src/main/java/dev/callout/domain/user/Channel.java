package dev.callout.domain.user;

import java.util.Optional;

/** Where a verification or reset code goes. */
public enum Channel {
    EMAIL, PHONE;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The channel and normalised destination of an email address or phone number, if it is either. */
    public static Optional<Destination> of(String raw) {
        return Identifier.email(raw).map(email -> new Destination(EMAIL, email))
                .or(() -> Identifier.phone(raw).map(phone -> new Destination(PHONE, phone)));
    }

    public record Destination(Channel channel, String address) {
    }
}

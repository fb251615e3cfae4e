package dev.callout.rest.security;

import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.util.Optional;

/**
 * The account of a caller whose session {@code sessionId} was just found live: the server may
 * answer it from what it remembers of that session, no older than the session check itself.
 */
@FunctionalInterface
public interface SessionAccounts {

    Optional<User> of(UserId userId, String sessionId);
}

package dev.callout.application.account;

import dev.callout.domain.user.User;
import java.time.Instant;

/** A new or refreshed sign-in: the account, its session (the {@code sid} of access tokens) and the refresh token to hand out. */
public record SignedIn(User user, String sessionId, String refreshToken, Instant refreshExpiresAt) {
}

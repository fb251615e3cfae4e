package dev.callout.application.account;

import dev.callout.application.FieldErrors;

/**
 * Exchanges a refresh token for a new access token and a new refresh token (rotation). A token
 * presented a second time revokes its whole session: one of the two presenters stole it.
 * Without rotation ({@code callout.accounts.refresh-token-rotation=false}) the refresh token stays
 * the same for its whole life and is only good together with an access token of its own session.
 */
public interface RefreshSessionUseCase {

    RefreshResult refresh(RefreshCommand command);

    /**
     * {@code accessTokenSession}: the session ({@code sid}) of a signed access token presented with
     * the refresh token, expired or not, whose signature the caller checked; null when none was.
     * When given it must be the refresh token's session.
     */
    record RefreshCommand(String refreshToken, String accessTokenSession) {
        public RefreshCommand {
            new FieldErrors().notBlank(refreshToken, "refresh_token").singleLine(refreshToken, 256, "refresh_token")
                    .throwIfAny();
        }

        public RefreshCommand(String refreshToken) {
            this(refreshToken, null);
        }
    }

    sealed interface RefreshResult {
        record Refreshed(SignedIn signedIn) implements RefreshResult {
        }

        /**
         * Unknown, expired, already used (the session is now revoked), its session or account ended, or
         * not the session of the access token presented with it (also when, without rotation, none was).
         */
        record Invalid() implements RefreshResult {
        }
    }
}

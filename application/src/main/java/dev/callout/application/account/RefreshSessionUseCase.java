package dev.callout.application.account;

import dev.callout.application.FieldErrors;

/**
 * Exchanges a refresh token for a new access token and a new refresh token (rotation). A token
 * presented a second time revokes its whole session: one of the two presenters stole it.
 */
public interface RefreshSessionUseCase {

    RefreshResult refresh(RefreshCommand command);

    record RefreshCommand(String refreshToken) {
        public RefreshCommand {
            new FieldErrors().notBlank(refreshToken, "refresh_token").singleLine(refreshToken, 256, "refresh_token")
                    .throwIfAny();
        }
    }

    sealed interface RefreshResult {
        record Refreshed(SignedIn signedIn) implements RefreshResult {
        }

        /** Unknown, expired, already used (the session is now revoked), or its session or account ended. */
        record Invalid() implements RefreshResult {
        }
    }
}

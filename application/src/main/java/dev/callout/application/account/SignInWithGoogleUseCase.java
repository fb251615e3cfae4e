package dev.callout.application.account;

import dev.callout.application.FieldErrors;
import dev.callout.application.account.LogInUseCase.LogInResult;

/**
 * Signs in with a Google ID token: the account with the token's verified email, or a new active
 * customer account with it (Google has verified the email).
 */
public interface SignInWithGoogleUseCase {

    LogInResult signIn(GoogleSignInCommand command);

    record GoogleSignInCommand(String idToken) {
        public GoogleSignInCommand {
            new FieldErrors().notBlank(idToken, "id_token").singleLine(idToken, 8192, "id_token").throwIfAny();
        }
    }
}

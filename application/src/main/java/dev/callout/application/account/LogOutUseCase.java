package dev.callout.application.account;

import dev.callout.domain.user.UserId;

/** Ends the caller's session: its refresh tokens and its access tokens stop working at once. */
public interface LogOutUseCase {

    void logOut(UserId userId, String sessionId);
}

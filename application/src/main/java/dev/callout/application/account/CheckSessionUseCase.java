package dev.callout.application.account;

import dev.callout.domain.user.UserId;

/** Whether an access token's session is still live: asked on every authenticated request. */
public interface CheckSessionUseCase {

    boolean isLive(UserId userId, String sessionId);
}

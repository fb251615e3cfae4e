package dev.callout.bootstrap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.callout.application.account.CheckSessionUseCase;
import dev.callout.application.account.SessionsRevoked;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.Outbox;
import dev.callout.domain.user.UserId;
import java.time.Duration;

/**
 * The sessions this node found live within the last {@link #MAX_AGE}, so that most authenticated
 * requests run no session query (the check runs in the security filter, on the event loop). A
 * revocation is forgotten at once on the node that records it (every one goes through the outbox
 * {@link #watching} returns) and on every other node when its {@link SessionsRevoked} arrives
 * through the live events. Since no entry outlives {@link #MAX_AGE}, a revoked session also dies
 * within a second on a node whose listening connection is down, or that found it live just before
 * the revocation committed.
 */
final class LiveSessionCache {

    static final Duration MAX_AGE = Duration.ofSeconds(1);

    /** Live session id -> its user. */
    private final Cache<String, UserId> live;

    LiveSessionCache(LiveEvents events, Ticker ticker) {
        this.live = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(MAX_AGE).ticker(ticker).build();
        events.listen(event -> {
            if (SessionsRevoked.TYPE.equals(event.type())) {
                forget(SessionsRevoked.of(event.fields()));
            }
        });
    }

    /** {@code sessions}' answers, a live one remembered. */
    CheckSessionUseCase checking(CheckSessionUseCase sessions) {
        return (userId, sessionId) -> {
            if (sessionId != null && userId.equals(live.getIfPresent(sessionId))) {
                return true;
            }
            boolean found = sessions.isLive(userId, sessionId);
            if (found) {
                live.put(sessionId, userId);
            }
            return found;
        };
    }

    /** The outbox revocations are recorded through: it forgets each revoked session as it is recorded. */
    Outbox watching(Outbox outbox) {
        return events -> {
            outbox.record(events);
            events.stream().filter(SessionsRevoked.class::isInstance).map(SessionsRevoked.class::cast).forEach(this::forget);
        };
    }

    private void forget(SessionsRevoked revoked) {
        if (revoked.sessionId() != null) {
            live.invalidate(revoked.sessionId());
        } else {
            live.asMap().values().removeIf(revoked.userId()::equals);
        }
    }
}

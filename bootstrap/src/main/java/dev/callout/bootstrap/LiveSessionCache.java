package dev.callout.bootstrap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.account.CheckSessionUseCase;
import dev.callout.application.account.GetUserUseCase;
import dev.callout.application.account.SessionsRevoked;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Users;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.security.SessionAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sessions this node found live within the last {@link #MAX_AGE}, each with its account once
 * a request asked for it, so that most authenticated requests run neither the session query (the
 * check runs in the security filter, on the event loop) nor the account's. A revocation is
 * forgotten at once on the node that records it (every one goes through the outbox
 * {@link #watching(Outbox)} returns) and on every other node when its {@link SessionsRevoked}
 * arrives through the live events; an account changed through the {@link Users} that
 * {@link #watching(Users)} returns is forgotten at once on this node. Since no entry outlives
 * {@link #MAX_AGE} from its session check (remembering the account does not extend it), a revoked
 * session or a changed account also shows within a second on every other node, and on a node
 * whose listening connection is down.
 */
final class LiveSessionCache {

    static final Duration MAX_AGE = Duration.ofSeconds(1);

    /** A live session's user and, once asked for, their account. */
    private record Live(UserId userId, User account) {
    }

    /** Live session id -> its user. */
    private final Cache<String, Live> live;

    LiveSessionCache(LiveEvents events, Ticker ticker) {
        this.live = Caffeine.newBuilder().maximumSize(100_000).expireAfter(Expiry.<String, Live>creating((id, entry) -> MAX_AGE))
                .ticker(ticker).build();
        events.listen(event -> {
            if (SessionsRevoked.TYPE.equals(event.type())) {
                forget(SessionsRevoked.of(event.fields()));
            }
        });
    }

    /** {@code sessions}' answers, a live one remembered. */
    CheckSessionUseCase checking(CheckSessionUseCase sessions) {
        return (userId, sessionId) -> {
            if (sessionId != null && isLive(userId, live.getIfPresent(sessionId))) {
                return true;
            }
            boolean found = sessions.isLive(userId, sessionId);
            if (found) {
                live.put(sessionId, new Live(userId, null));
            }
            return found;
        };
    }

    /** Whether this node found {@code sessionId} live within {@link #MAX_AGE}: memory alone answers. */
    boolean knownLive(UserId userId, String sessionId) {
        return isLive(userId, live.getIfPresent(sessionId));
    }

    /** {@code users}' accounts, a live session's remembered with it. */
    SessionAccounts accounts(GetUserUseCase users) {
        return (userId, sessionId) -> {
            Live entry = live.getIfPresent(sessionId);
            if (!isLive(userId, entry)) {
                return users.byId(userId);
            }
            if (entry.account() != null) {
                return Optional.of(entry.account());
            }
            Optional<User> account = users.byId(userId);
            account.ifPresent(found -> live.asMap().replace(sessionId, entry, new Live(userId, found)));
            return account;
        };
    }

    /** The outbox revocations are recorded through: it forgets each revoked session as it is recorded. */
    Outbox watching(Outbox outbox) {
        return events -> {
            outbox.record(events);
            events.stream().filter(SessionsRevoked.class::isInstance).map(SessionsRevoked.class::cast).forEach(this::forget);
        };
    }

    /** The accounts changes are stored through: it forgets a changed account's remembered copies. */
    Users watching(Users users) {
        return new Users() {
            @Override
            public AddResult add(User user) {
                return users.add(user);
            }

            @Override
            public UpdateResult update(User user) {
                live.asMap().replaceAll((id, entry) -> entry.userId().equals(user.id()) ? new Live(entry.userId(), null) : entry);
                return users.update(user);
            }

            @Override
            public Optional<User> byId(UserId id) {
                return users.byId(id);
            }

            @Override
            public Optional<User> byEmail(String email) {
                return users.byEmail(email);
            }

            @Override
            public Optional<User> byPhone(String phone) {
                return users.byPhone(phone);
            }

            @Override
            public Page<User> list(Role role, AccountStatus status, PageRequest page) {
                return users.list(role, status, page);
            }

            @Override
            public List<User> deletedBefore(Instant cutoff, int limit) {
                return users.deletedBefore(cutoff, limit);
            }

            @Override
            public boolean anyAdmin() {
                return users.anyAdmin();
            }
        };
    }

    private static boolean isLive(UserId userId, Live entry) {
        return entry != null && entry.userId().equals(userId);
    }

    private void forget(SessionsRevoked revoked) {
        if (revoked.sessionId() != null) {
            live.invalidate(revoked.sessionId());
        } else {
            live.asMap().values().removeIf(entry -> entry.userId().equals(revoked.userId()));
        }
    }
}

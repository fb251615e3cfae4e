package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.account.CheckSessionUseCase;
import dev.callout.application.account.SessionsRevoked;
import dev.callout.application.inmemory.InMemoryLiveEvents;
import dev.callout.application.inmemory.InMemoryUsers;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.application.port.Users;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.security.SessionAccounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The session cache answers sessions and their accounts from memory until a revocation (from this
 * node or another), an account change on this node, or its age ends an entry.
 */
class LiveSessionCacheTest {

    private static final UserId MARIA = new UserId("usr_01JMARIA");
    private static final UserId JUAN = new UserId("usr_01JJUAN");

    private final Set<String> liveInStore = new HashSet<>(Set.of("ses_a", "ses_b", "ses_c"));
    private final List<String> lookups = new ArrayList<>();
    private final CheckSessionUseCase store = (userId, sessionId) -> {
        lookups.add(sessionId);
        return liveInStore.contains(sessionId);
    };
    private final InMemoryLiveEvents events = new InMemoryLiveEvents();
    private final AtomicLong nanos = new AtomicLong();
    private final LiveSessionCache cache = new LiveSessionCache(events, nanos::get);
    private final CheckSessionUseCase checks = cache.checking(store);

    @Test
    void aLiveSessionIsLookedUpOnceWithinItsMaximumAgeAndAgainAfter() {
        assertThat(checks.isLive(MARIA, "ses_a")).isTrue();
        assertThat(checks.isLive(MARIA, "ses_a")).isTrue();
        assertThat(lookups).containsExactly("ses_a");

        nanos.addAndGet(LiveSessionCache.MAX_AGE.toNanos() + 1);
        liveInStore.remove("ses_a");

        assertThat(checks.isLive(MARIA, "ses_a")).as("revoked where this node heard nothing of it").isFalse();
    }

    @Test
    void aSessionIsNeverTakenForAnotherUsersAndDeadOnesAreAskedEachTime() {
        checks.isLive(MARIA, "ses_a");
        checks.isLive(JUAN, "ses_a");
        assertThat(checks.isLive(MARIA, "ses_unknown")).isFalse();
        assertThat(checks.isLive(MARIA, "ses_unknown")).isFalse();
        assertThat(checks.isLive(MARIA, null)).isFalse();

        assertThat(lookups).containsExactly("ses_a", "ses_a", "ses_unknown", "ses_unknown", null);
    }

    @Test
    void aRevocationRecordedOnThisNodeIsForgottenAtOnceAndStillRecorded() {
        List<DomainEvent> recorded = new ArrayList<>();
        checks.isLive(MARIA, "ses_a");
        liveInStore.remove("ses_a");

        cache.watching(recorded::addAll).record(List.of(new SessionsRevoked(MARIA, "ses_a", "logged out", Instant.EPOCH)));

        assertThat(recorded).hasSize(1);
        assertThat(checks.isLive(MARIA, "ses_a")).isFalse();
    }

    @Test
    void aRevocationFromAnotherNodeForgetsTheSessionOrEveryOneOfTheUser() {
        checks.isLive(MARIA, "ses_a");
        checks.isLive(MARIA, "ses_b");
        checks.isLive(JUAN, "ses_c");
        liveInStore.clear();

        events.publish(new LiveEvent(SessionsRevoked.TYPE, new SessionsRevoked(MARIA, "ses_a", "logged out", Instant.EPOCH).fields()));
        assertThat(checks.isLive(MARIA, "ses_a")).isFalse();
        assertThat(checks.isLive(MARIA, "ses_b")).isTrue();

        events.publish(new LiveEvent(SessionsRevoked.TYPE, new SessionsRevoked(MARIA, null, "suspended", Instant.EPOCH).fields()));
        assertThat(checks.isLive(MARIA, "ses_b")).isFalse();
        assertThat(checks.isLive(JUAN, "ses_c")).as("another user's session is kept").isTrue();
    }

    @Test
    void aLiveSessionsAccountIsReadOnceUntilItChangesAndNeverOutlivesTheSessionCheck() {
        InMemoryUsers stored = new InMemoryUsers();
        User maria = account(MARIA, "maria");
        stored.add(maria);
        List<UserId> reads = new ArrayList<>();
        SessionAccounts accounts = cache.accounts(id -> {
            reads.add(id);
            return stored.byId(id);
        });
        Users changes = cache.watching(stored);
        liveInStore.add("ses_m");

        assertThat(accounts.of(maria.id(), "ses_m")).as("not yet found live: read, not remembered").contains(maria);
        checks.isLive(maria.id(), "ses_m");
        nanos.addAndGet(LiveSessionCache.MAX_AGE.toNanos() / 2);
        assertThat(accounts.of(maria.id(), "ses_m")).contains(maria);
        assertThat(accounts.of(maria.id(), "ses_m")).contains(maria);
        assertThat(reads).hasSize(2);

        User renamed = maria.withName("Maria Cruz");
        changes.update(renamed);
        assertThat(accounts.of(maria.id(), "ses_m")).as("changed on this node: read again").contains(renamed);
        assertThat(accounts.of(maria.id(), "ses_m")).contains(renamed);
        assertThat(reads).hasSize(3);

        nanos.addAndGet(LiveSessionCache.MAX_AGE.toNanos() / 2 + 1);
        assertThat(checks.isLive(maria.id(), "ses_m")).as("the account's read did not extend the session's check").isTrue();
        assertThat(lookups).containsExactly("ses_m", "ses_m");
    }

    @Test
    void anAccountIsNeverAnsweredForAnotherUsersSessionOrARevokedOne() {
        InMemoryUsers stored = new InMemoryUsers();
        User maria = account(MARIA, "maria");
        User juan = account(JUAN, "juan");
        stored.add(maria);
        stored.add(juan);
        SessionAccounts accounts = cache.accounts(stored::byId);
        checks.isLive(maria.id(), "ses_a");
        accounts.of(maria.id(), "ses_a");

        assertThat(accounts.of(juan.id(), "ses_a")).contains(juan);

        events.publish(new LiveEvent(SessionsRevoked.TYPE, new SessionsRevoked(maria.id(), null, "suspended", Instant.EPOCH).fields()));
        stored.update(maria.withName("Renamed elsewhere"));
        assertThat(accounts.of(maria.id(), "ses_a")).map(User::name).contains("Renamed elsewhere");
    }

    private static User account(UserId id, String name) {
        return new User(id, Role.CUSTOMER, name, name + "@example.ph", null, User.NO_PASSWORD, Set.of(), AccountStatus.ACTIVE,
                Instant.EPOCH);
    }
}

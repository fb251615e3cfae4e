package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.account.CheckSessionUseCase;
import dev.callout.application.account.SessionsRevoked;
import dev.callout.application.inmemory.InMemoryLiveEvents;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The session cache answers from memory until a revocation, from this node or another, or its age ends an entry. */
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
}

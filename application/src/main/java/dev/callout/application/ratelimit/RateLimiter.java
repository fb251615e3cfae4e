package dev.callout.application.ratelimit;

import dev.callout.application.port.RateLimitCounters;
import dev.callout.application.port.RateLimitCounters.Reservation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per key against limits shared by every node. The shared counters
 * ({@link RateLimitCounters}) hand out slices of each window's budget; this node spends its slice
 * in memory and asks for the next one only when it is used up, so most requests cost no database
 * round trip and a key whose window is used up is refused from memory until the window ends.
 * Across nodes the total never passes the limit; a node may refuse while another still holds an
 * unspent slice, so together they allow at least {@code limit - (nodes - 1) * slice} per window.
 */
public final class RateLimiter {

    /** What the X-RateLimit-* headers say after a request was counted or refused. */
    public record Decision(boolean allowed, int limit, int remaining, Duration reset) {

        /** How long a refused caller should wait: until the window ends. */
        public Duration retryAfter() {
            return allowed ? Duration.ZERO : reset;
        }

        /** A refusal over an allowance, else the one with fewer requests left. */
        public Decision stricter(Decision other) {
            if (allowed != other.allowed) {
                return allowed ? other : this;
            }
            return other.remaining < remaining ? other : this;
        }
    }

    /** Keys longer than this are stored as their SHA-256, so a hostile identifier cannot bloat the table. */
    static final int MAX_KEY_LENGTH = 200;
    private static final int DELETE_BATCH = 5_000;

    /** This node's view of one key's window. */
    private static final class Window {
        private Instant endsAt = Instant.MIN;
        private int unreserved;
        private int left;

        /** A decision from memory, or null when a slice must be reserved first. */
        private Decision takeLocally(RateLimit limit, Instant now) {
            if (!now.isBefore(endsAt) || (left == 0 && unreserved > 0)) {
                return null;
            }
            boolean allowed = left > 0;
            if (allowed) {
                left--;
            }
            return new Decision(allowed, limit.limit(), unreserved + left, Duration.between(now, endsAt));
        }

        private void add(Reservation reservation, RateLimit limit) {
            if (reservation.windowEndsAt().isBefore(endsAt)) {
                return; // a slice of a window that has already ended here
            }
            if (reservation.windowEndsAt().isAfter(endsAt)) {
                endsAt = reservation.windowEndsAt();
                left = 0;
                unreserved = limit.limit();
            }
            left += reservation.granted();
            unreserved = Math.min(unreserved, Math.max(0, limit.limit() - reservation.taken()));
        }
    }

    private final RateLimitCounters counters;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(RateLimitCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    /** Counts one request from this node's slice, or empty when that needs a database round trip ({@link #take}). */
    public Optional<Decision> takeLocally(RateLimit limit, String key) {
        Window window = windows.computeIfAbsent(storedKey(limit, key), k -> new Window());
        synchronized (window) {
            return Optional.ofNullable(window.takeLocally(limit, clock.instant()));
        }
    }

    /** Counts one request, reserving the next slice of the shared budget when this node's is used up. */
    public Decision take(RateLimit limit, String key) {
        String stored = storedKey(limit, key);
        Window window = windows.computeIfAbsent(stored, k -> new Window());
        while (true) {
            Instant now = clock.instant();
            synchronized (window) {
                Decision local = window.takeLocally(limit, now);
                if (local != null) {
                    return local;
                }
            }
            // outside the lock, so requests of this key that this node can answer from memory never wait on the database
            Reservation reservation = counters.reserve(stored, limit.slice(), limit.limit(), limit.period(), now);
            synchronized (window) {
                window.add(reservation, limit);
            }
        }
    }

    /** Forgets the windows that have ended, here and in the shared counters; how many shared ones it removed. */
    public int forgetEnded() {
        Instant now = clock.instant();
        windows.values().removeIf(window -> {
            synchronized (window) {
                return !now.isBefore(window.endsAt);
            }
        });
        int total = 0;
        int deleted;
        do {
            deleted = counters.deleteEnded(now, DELETE_BATCH);
            total += deleted;
        } while (deleted == DELETE_BATCH);
        return total;
    }

    static String storedKey(RateLimit limit, String key) {
        String stored = limit.name() + ":" + key;
        return stored.length() <= MAX_KEY_LENGTH ? stored : limit.name() + ":sha256:" + sha256(key);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

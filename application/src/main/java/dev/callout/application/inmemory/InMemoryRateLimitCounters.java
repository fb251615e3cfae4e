package dev.callout.application.inmemory;

import dev.callout.application.port.RateLimitCounters;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** Rate-limit windows in a map. */
public final class InMemoryRateLimitCounters implements RateLimitCounters {

    private record Window(int taken, Instant endsAt) {
    }

    private final Map<String, Window> windows = new HashMap<>();

    @Override
    public synchronized Reservation reserve(String key, int wanted, int limit, Duration period, Instant now) {
        Window window = windows.get(key);
        if (window == null || !window.endsAt().isAfter(now)) {
            window = new Window(0, now.plus(period));
        }
        int granted = Math.min(wanted, Math.max(0, limit - window.taken()));
        Window after = new Window(window.taken() + granted, window.endsAt());
        windows.put(key, after);
        return new Reservation(granted, after.taken(), after.endsAt());
    }

    @Override
    public synchronized int deleteEnded(Instant now, int batch) {
        int deleted = 0;
        for (Iterator<Window> it = windows.values().iterator(); it.hasNext() && deleted < batch; ) {
            if (it.next().endsAt().isBefore(now)) {
                it.remove();
                deleted++;
            }
        }
        return deleted;
    }
}

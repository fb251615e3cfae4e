package dev.callout.domain.dispatch;

import dev.callout.domain.geo.GeoPoint;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a provider counts as being when matched: their live position while it is fresh, else the
 * base location they set (a gig helper's fixed address; they need not stream GPS).
 */
public record MatchPosition(GeoPoint point, Source source) {

    public enum Source {
        LIVE, BASE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public MatchPosition {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(source, "source");
    }
}

package dev.callout.domain.dispatch;

/** An eligible provider, where they count as being, and how far that is, in kilometres. */
public record Match(Candidate candidate, MatchPosition position, double distanceKm) {
}

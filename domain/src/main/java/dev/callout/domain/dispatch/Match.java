package dev.callout.domain.dispatch;

/** An eligible provider and how far they are, in kilometres. */
public record Match(Candidate candidate, double distanceKm) {
}

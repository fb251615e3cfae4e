package dev.callout.rest.profile.chayenity;

import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Chayenity's gig shapes: a gig is a job posted without a category, priced at its budget. */
final class GigBodies {

    private GigBodies() {
    }

    @Serdeable
    record Create(@Nullable String title, @Nullable String description, @Nullable Integer durationHours,
                  @Nullable BigDecimal budget, @Nullable Double latitude, @Nullable Double longitude,
                  @Nullable String addressText, @Nullable String startsAt, @Nullable List<String> imageUrls) {
    }

    @Serdeable
    record StatusChange(@Nullable String status) {
    }

    /**
     * A gig in full. The document answers {@code latitude}, {@code longitude} and {@code distance_km}
     * with null outside a search, and so does this.
     */
    @Serdeable
    record Gig(String id, String title, String description, Integer durationHours, BigDecimal budget, String addressText,
               String status, List<String> imageUrls, String createdAt, String updatedAt, String startsAt,
               String completedAt, String seekerId, String helperId, Double latitude, Double longitude,
               Double distanceKm) {

        static Gig of(Job job) {
            return new Gig(Uuids.of(job.id().value()), job.details().title(), job.details().description(),
                    job.details().durationHours(), job.price().total().amount(), job.details().location().address(),
                    wireStatus(job.status()), job.details().imageFileIds().stream().map(Wire::fileUrl).toList(),
                    Wire.time(job.createdAt()), Wire.time(job.updatedAt()), Wire.startTime(job.details().scheduledAt()),
                    Wire.time(job.completedAt()), Uuids.of(job.customerId().value()),
                    job.providerId() == null ? null : Uuids.of(job.providerId().value()), null, null, null);
        }
    }

    /** A gig as a search lists it. */
    @Serdeable
    record Found(String id, String title, String description, Integer durationHours, BigDecimal budget,
                 String addressText, String status, List<String> imageUrls, String createdAt, String startsAt,
                 String seekerId, String helperId, Double distanceKm) {

        static Found of(Job job, Double distanceKm) {
            Gig gig = Gig.of(job);
            return new Found(gig.id(), gig.title(), gig.description(), gig.durationHours(), gig.budget(), gig.addressText(),
                    gig.status(), gig.imageUrls(), gig.createdAt(), gig.startsAt(), gig.seekerId(), gig.helperId(),
                    distanceKm);
        }
    }

    @Serdeable
    record Gigs(List<Found> gigs, long totalCount, boolean hasMore) {
    }

    @Serdeable
    record Accepted(String message, AcceptedGig gig) {
    }

    @Serdeable
    record AcceptedGig(String id, String status, String helperId, String updatedAt) {
    }

    /** Chayenity's five statuses; a job on its way counts as accepted, one nobody took as cancelled. */
    static String wireStatus(JobStatus status) {
        return switch (status) {
            case REQUESTED -> "PENDING";
            case ACCEPTED, EN_ROUTE -> "ACCEPTED";
            case IN_PROGRESS -> "IN_PROGRESS";
            case COMPLETED -> "COMPLETED";
            case CANCELLED, NO_PROVIDER_FOUND -> "CANCELLED";
            case DISPUTED -> "DISPUTED";
        };
    }

    /** The core's status for one of Chayenity's; empty for a word it does not use. */
    static Optional<JobStatus> coreStatus(String word) {
        return Optional.ofNullable(switch (word == null ? "" : word) {
            case "PENDING" -> JobStatus.REQUESTED;
            case "ACCEPTED" -> JobStatus.ACCEPTED;
            case "IN_PROGRESS" -> JobStatus.IN_PROGRESS;
            case "COMPLETED" -> JobStatus.COMPLETED;
            case "CANCELLED" -> JobStatus.CANCELLED;
            default -> null;
        });
    }
}

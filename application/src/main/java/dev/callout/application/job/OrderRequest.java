package dev.callout.application.job;

import dev.callout.application.FieldErrors;
import dev.callout.domain.catalog.ServicePackage;
import dev.callout.domain.job.Place;
import dev.callout.domain.pricing.Urgency;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An order: a job for one package of a service, at the package's price, in the service's category,
 * with the details its schema asks for (checked when it is posted), where and when, and a gig's title,
 * hours and images, as for any job.
 */
public record OrderRequest(String packageId, Map<String, Object> details, String description, Place location,
                           Place dropoff, Urgency urgency, Instant scheduledAt, boolean favoritesFirst, String title,
                           Integer durationHours, List<String> imageFileIds) {

    public static final int MAX_DETAILS = 50;

    public OrderRequest {
        details = details == null ? Map.of() : details;
        new FieldErrors()
                .singleLine(packageId, 64, "package_id")
                .require(packageId == null || packageId.startsWith(ServicePackage.PREFIX + "_"), "package_id", "is not a package id")
                .require(details.size() <= MAX_DETAILS, "details", "at most " + MAX_DETAILS + " details")
                .throwIfAny();
    }

    /** This order, at {@code place} when it names no location of its own. */
    OrderRequest orAt(Place place) {
        return location != null || place == null ? this : new OrderRequest(packageId, details, description, place, dropoff,
                urgency, scheduledAt, favoritesFirst, title, durationHours, imageFileIds);
    }

    /** The job request this order makes in its service's category: checked then, by a plain request's rules. */
    JobRequest inCategory(String category) {
        return new JobRequest(category, description, location, dropoff, urgency, scheduledAt, null, favoritesFirst, title,
                durationHours, imageFileIds);
    }
}

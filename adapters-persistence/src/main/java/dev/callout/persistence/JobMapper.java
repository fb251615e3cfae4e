package dev.callout.persistence;

import static dev.callout.persistence.Tables.Jobs.*;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobDetails;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.money.FeeSplit;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.PriceBasis;
import dev.callout.domain.pricing.PriceQuote;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.UserId;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.Record;

/** Between the domain's {@link Job} and a row of {@code jobs}, both ways; enums are stored by wire name. */
final class JobMapper {

    private JobMapper() {
    }

    /**
     * The one column map of a job: every column a write sets but the version, which the insert
     * and the conditional update each decide. A new column is added here and in {@link Tables.Jobs}.
     */
    static Map<Field<?>, Object> columns(Job job) {
        JobDetails details = job.details();
        Place dropoff = details.dropoff();
        PriceQuote price = job.price();
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(ID, job.id().value());
        columns.put(CUSTOMER_ID, job.customerId().value());
        columns.put(PROVIDER_ID, job.providerId() == null ? null : job.providerId().value());
        columns.put(CATEGORY, details.category());
        columns.put(DESCRIPTION, details.description());
        columns.put(LOCATION_LAT, details.location().point().lat());
        columns.put(LOCATION_LNG, details.location().point().lng());
        columns.put(LOCATION_ADDRESS, details.location().address());
        columns.put(DROPOFF_LAT, dropoff == null ? null : dropoff.point().lat());
        columns.put(DROPOFF_LNG, dropoff == null ? null : dropoff.point().lng());
        columns.put(DROPOFF_ADDRESS, dropoff == null ? null : dropoff.address());
        columns.put(URGENCY, details.urgency().wireName());
        columns.put(SCHEDULED_AT, details.scheduledAt());
        columns.put(FAVORITES_FIRST, details.favoritesFirst());
        columns.put(PRICE_BASIS, price.basis().wireName());
        columns.put(DISTANCE_KM, price.distanceKm());
        columns.put(BASE_FARE_MINOR, minorOrNull(price.baseFare()));
        columns.put(DISTANCE_CHARGE_MINOR, minorOrNull(price.distanceCharge()));
        columns.put(URGENCY_SURCHARGE_MINOR, minorOrNull(price.urgencySurcharge()));
        columns.put(TOTAL_MINOR, price.total().minor());
        columns.put(PLATFORM_FEE_MINOR, price.platformFee().minor());
        columns.put(PROVIDER_NET_MINOR, price.providerNet().minor());
        columns.put(FEE_BPS, price.feeBps());
        columns.put(CURRENCY, price.total().currency().getCurrencyCode());
        columns.put(STATUS, job.status().wireName());
        columns.put(EXCLUDED_PROVIDER_IDS, job.excludedProviders().stream().map(UserId::value).sorted().toArray(String[]::new));
        columns.put(CREATED_AT, job.createdAt());
        columns.put(ACCEPTED_AT, job.acceptedAt());
        columns.put(STARTED_AT, job.startedAt());
        columns.put(COMPLETED_AT, job.completedAt());
        columns.put(CANCELLED_AT, job.cancelledAt());
        columns.put(CANCELLATION_REASON, job.cancellationReason());
        columns.put(UPDATED_AT, job.updatedAt());
        columns.put(TITLE, details.title());
        columns.put(DURATION_HOURS, details.durationHours());
        columns.put(IMAGE_FILE_IDS, details.imageFileIds().toArray(String[]::new));
        return columns;
    }

    static Job toJob(Record r) {
        Currency currency = Currency.getInstance(r.get(CURRENCY).trim());
        Place dropoff = r.get(DROPOFF_LAT) == null ? null
                : new Place(new GeoPoint(r.get(DROPOFF_LAT), r.get(DROPOFF_LNG)), r.get(DROPOFF_ADDRESS));
        JobDetails details = new JobDetails(r.get(CATEGORY), r.get(DESCRIPTION),
                new Place(new GeoPoint(r.get(LOCATION_LAT), r.get(LOCATION_LNG)), r.get(LOCATION_ADDRESS)),
                dropoff, Urgency.valueOf(upper(r.get(URGENCY))), r.get(SCHEDULED_AT), r.get(FAVORITES_FIRST), r.get(TITLE),
                r.get(DURATION_HOURS), List.of(r.get(IMAGE_FILE_IDS)));
        PriceQuote price = new PriceQuote(PriceBasis.valueOf(upper(r.get(PRICE_BASIS))), r.get(DISTANCE_KM),
                moneyOrNull(r.get(BASE_FARE_MINOR), currency), moneyOrNull(r.get(DISTANCE_CHARGE_MINOR), currency),
                moneyOrNull(r.get(URGENCY_SURCHARGE_MINOR), currency),
                new FeeSplit(new Money(r.get(TOTAL_MINOR), currency), new Money(r.get(PLATFORM_FEE_MINOR), currency),
                        new Money(r.get(PROVIDER_NET_MINOR), currency)),
                r.get(FEE_BPS));
        String provider = r.get(PROVIDER_ID);
        return Job.builder(new JobId(r.get(ID)), new UserId(r.get(CUSTOMER_ID)), details, price)
                .providerId(provider == null ? null : new UserId(provider))
                .status(JobStatus.valueOf(upper(r.get(STATUS))))
                .excludedProviders(Arrays.stream(r.get(EXCLUDED_PROVIDER_IDS)).map(UserId::new).collect(Collectors.toSet()))
                .createdAt(r.get(CREATED_AT)).acceptedAt(r.get(ACCEPTED_AT)).startedAt(r.get(STARTED_AT))
                .completedAt(r.get(COMPLETED_AT)).cancelledAt(r.get(CANCELLED_AT))
                .cancellationReason(r.get(CANCELLATION_REASON)).updatedAt(r.get(UPDATED_AT)).version(r.get(VERSION))
                .build();
    }

    private static Long minorOrNull(Money money) {
        return money == null ? null : money.minor();
    }

    private static Money moneyOrNull(Long minor, Currency currency) {
        return minor == null ? null : new Money(minor, currency);
    }

    static String upper(String wireName) {
        return wireName.toUpperCase(Locale.ROOT);
    }
}

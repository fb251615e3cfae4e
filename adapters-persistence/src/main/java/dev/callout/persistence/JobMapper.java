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
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jooq.Record;

/** Between the domain's {@link Job} and the flat {@link JobRow}; enums are stored by wire name. */
final class JobMapper {

    private JobMapper() {
    }

    /** The row for {@code job} as it will be stored with {@code version}. */
    static JobRow toRow(Job job, long version) {
        JobDetails details = job.details();
        Place dropoff = details.dropoff();
        PriceQuote price = job.price();
        return new JobRow(
                job.id().value(),
                job.customerId().value(),
                job.providerId() == null ? null : job.providerId().value(),
                details.category(),
                details.description(),
                details.location().point().lat(),
                details.location().point().lng(),
                details.location().address(),
                dropoff == null ? null : dropoff.point().lat(),
                dropoff == null ? null : dropoff.point().lng(),
                dropoff == null ? null : dropoff.address(),
                details.urgency().wireName(),
                details.scheduledAt(),
                details.favoritesFirst(),
                price.basis().wireName(),
                price.distanceKm(),
                minorOrNull(price.baseFare()),
                minorOrNull(price.distanceCharge()),
                minorOrNull(price.urgencySurcharge()),
                price.total().minor(),
                price.platformFee().minor(),
                price.providerNet().minor(),
                price.feeBps(),
                price.total().currency().getCurrencyCode(),
                job.status().wireName(),
                job.excludedProviders().stream().map(UserId::value).sorted().toArray(String[]::new),
                job.createdAt(),
                job.acceptedAt(),
                job.startedAt(),
                job.completedAt(),
                job.cancelledAt(),
                job.cancellationReason(),
                job.updatedAt(),
                version,
                details.title(),
                details.durationHours(),
                details.imageFileIds().toArray(String[]::new));
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
        return new Job(new JobId(r.get(ID)), new UserId(r.get(CUSTOMER_ID)), provider == null ? null : new UserId(provider),
                details, price, JobStatus.valueOf(upper(r.get(STATUS))),
                Arrays.stream(r.get(EXCLUDED_PROVIDER_IDS)).map(UserId::new).collect(Collectors.toSet()),
                r.get(CREATED_AT), r.get(ACCEPTED_AT), r.get(STARTED_AT), r.get(COMPLETED_AT), r.get(CANCELLED_AT),
                r.get(CANCELLATION_REASON), r.get(UPDATED_AT), r.get(VERSION));
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

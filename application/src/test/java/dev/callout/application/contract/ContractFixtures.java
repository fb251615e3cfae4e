package dev.callout.application.contract;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobDetails;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.PriceBasis;
import dev.callout.domain.pricing.PriceQuote;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Valid users and jobs for the store contracts: PHP money, places in Metro Manila, instants at
 * microsecond precision (what PostgreSQL keeps). Every id, email and phone is fresh, so tests
 * sharing one database never collide.
 */
public final class ContractFixtures {

    /** A fixed moment with microseconds, so a store that drops them is caught. */
    public static final Instant T0 = Instant.parse("2025-03-01T08:15:30.123456Z");

    public static final Place MAKATI = new Place(new GeoPoint(14.5547, 121.0244), "Ayala Ave, Makati City");
    public static final Place BGC = new Place(new GeoPoint(14.5509, 121.0503), "5th Ave, Bonifacio Global City, Taguig");

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final String RUN = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36).toUpperCase();

    private ContractFixtures() {
    }

    /** Unique and increasing within a run, so ids sort in creation order. */
    public static String unique() {
        return RUN + String.format("%08d", SEQUENCE.incrementAndGet());
    }

    public static Instant at(long secondsAfterT0) {
        return T0.plusSeconds(secondsAfterT0);
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    // ---- users

    public static User customer() {
        String n = unique();
        return new User(new UserId("usr_c" + n), Role.CUSTOMER, "Maria Santos " + n, "maria." + n.toLowerCase() + "@example.ph",
                phone(), "pbkdf2-sha256$1000$c2FsdA$aGFzaA", Set.of(), AccountStatus.ACTIVE, T0);
    }

    public static User provider(Set<String> categories) {
        String n = unique();
        return new User(new UserId("usr_p" + n), Role.PROVIDER, "Jose Reyes " + n, "jose." + n.toLowerCase() + "@example.ph",
                phone(), "pbkdf2-sha256$1000$c2FsdA$aGFzaA", categories, AccountStatus.ACTIVE, T0.plusSeconds(1));
    }

    public static User admin() {
        String n = unique();
        return new User(new UserId("usr_a" + n), Role.ADMIN, "Operations " + n, "ops." + n.toLowerCase() + "@example.ph",
                null, "pbkdf2-sha256$1000$c2FsdA$aGFzaA", Set.of(), AccountStatus.ACTIVE, T0.plusSeconds(2));
    }

    /** A Philippine mobile number, unique in this run. */
    public static String phone() {
        return "+639" + String.format("%09d", Math.floorMod(RUN.hashCode() * 1_000_003L + SEQUENCE.incrementAndGet(), 1_000_000_000L));
    }

    // ---- prices

    /** Towing by tariff: PHP 1500 base + 80/km over 4.321 km, 20% immediate surcharge, 5% platform fee. */
    public static PriceQuote tariffQuote() {
        Money base = php(150_000);
        Money distance = php(34_568); // 8000 * 4.321 = 34568
        Money surcharge = php(36_914); // 20% of 184568 = 36913.6 -> 36914
        Money total = base.plus(distance).plus(surcharge); // 221482
        return new PriceQuote(PriceBasis.TARIFF, new BigDecimal("4.321"), base, distance, surcharge,
                FeeRate.DEFAULT.split(total), 500);
    }

    /** A customer's own budget of PHP 950.50. */
    public static PriceQuote budgetQuote() {
        Money zero = php(0);
        return new PriceQuote(PriceBasis.BUDGET, new BigDecimal("0.000"), zero, zero, zero,
                new FeeRate(750).split(php(95_050)), 750);
    }

    public static Money php(long minor) {
        return Money.ofMinor(minor, "PHP");
    }

    // ---- jobs

    public static JobId jobId() {
        return new JobId("job_" + unique());
    }

    public static JobDetails details(String category) {
        return new JobDetails(category, "Car will not start, parked at the basement", MAKATI, null, Urgency.IMMEDIATE, null);
    }

    /** A freshly posted job (version 0, as {@code Job.post} makes it). */
    public static Job requested(UserId customer, String category, Instant createdAt) {
        return requested(jobId(), customer, category, createdAt);
    }

    public static Job requested(JobId id, UserId customer, String category, Instant createdAt) {
        return Job.builder(id, customer, details(category), budgetQuote()).createdAt(createdAt).updatedAt(createdAt)
                .build();
    }

    public static Job requestedExcluding(UserId customer, String category, Instant createdAt, Set<UserId> excluded) {
        return Job.builder(jobId(), customer, details(category), budgetQuote()).excludedProviders(excluded)
                .createdAt(createdAt).updatedAt(createdAt).build();
    }

    public static Job accepted(UserId customer, UserId provider, String category, Instant createdAt) {
        Instant acceptedAt = createdAt.plusSeconds(30);
        return Job.builder(jobId(), customer, details(category), budgetQuote()).providerId(provider)
                .status(JobStatus.ACCEPTED).createdAt(createdAt).acceptedAt(acceptedAt).updatedAt(acceptedAt).build();
    }

    public static Job completed(UserId customer, UserId provider, String category, Instant createdAt) {
        return Job.builder(jobId(), customer, details(category), tariffQuote()).providerId(provider)
                .status(JobStatus.COMPLETED).createdAt(createdAt).acceptedAt(createdAt.plusSeconds(30))
                .startedAt(createdAt.plusSeconds(900)).completedAt(createdAt.plusSeconds(4_000))
                .updatedAt(createdAt.plusSeconds(4_000)).build();
    }

    /** The same job with another stored version. */
    public static Job withVersion(Job job, long version) {
        return job.withVersion(version);
    }

    /** The job taken by a provider at {@code at}, keeping the version it was read at. */
    public static Job acceptedBy(Job job, UserId provider, Instant at) {
        return Job.builder(job.id(), job.customerId(), job.details(), job.price()).providerId(provider)
                .status(JobStatus.ACCEPTED).excludedProviders(job.excludedProviders()).createdAt(job.createdAt())
                .acceptedAt(at).updatedAt(at).version(job.version()).build();
    }
}

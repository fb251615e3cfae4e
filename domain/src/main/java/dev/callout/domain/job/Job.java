package dev.callout.domain.job;

import dev.callout.domain.job.JobEvent.JobAccepted;
import dev.callout.domain.job.JobEvent.JobPosted;
import dev.callout.domain.job.JobEvent.JobStatusChanged;
import dev.callout.domain.job.JobEvent.ProviderWithdrew;
import dev.callout.domain.job.TransitionOutcome.Rejected;
import dev.callout.domain.job.TransitionOutcome.Transitioned;
import dev.callout.domain.pricing.PriceQuote;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A customer's request for help and its life: requested, accepted, en route, in progress,
 * completed; or cancelled, or disputed. Immutable: every command returns a new job and the
 * events it caused, or the reason it was refused. {@code version} is the stored version this
 * job was read at; stores use it to refuse a write that lost a race.
 */
public record Job(JobId id, UserId customerId, UserId providerId, JobDetails details, PriceQuote price,
                  JobStatus status, Set<UserId> excludedProviders, Instant createdAt, Instant acceptedAt,
                  Instant startedAt, Instant completedAt, Instant cancelledAt, String cancellationReason,
                  Instant updatedAt, long version) {

    public static final int MAX_REASON_LENGTH = 500;
    static final String NO_PROVIDER_REASON = "no provider accepted the job in time";

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        excludedProviders = Set.copyOf(excludedProviders);
        check(!status.requiresProvider() || providerId != null, "a provider is required when " + status);
        check(status != JobStatus.REQUESTED || (providerId == null && acceptedAt == null && startedAt == null),
                "a requested job has no provider");
        check(providerId == null || acceptedAt != null, "an assigned job has an acceptance time");
        check(providerId == null || !excludedProviders.contains(providerId), "an excluded provider is assigned");
        check(!(status == JobStatus.IN_PROGRESS || status == JobStatus.COMPLETED) || startedAt != null,
                "a started job has a start time");
        check(status != JobStatus.COMPLETED || completedAt != null, "a completed job has a completion time");
        check(status != JobStatus.CANCELLED || cancelledAt != null, "a cancelled job has a cancellation time");
        check(status == JobStatus.CANCELLED || cancelledAt == null, "only a cancelled job has a cancellation time");
        check(completedAt == null || status == JobStatus.COMPLETED || status == JobStatus.DISPUTED,
                "only a completed or disputed job has a completion time");
        check(customerId.equals(providerId) == false, "a customer cannot serve their own job");
    }

    private static void check(boolean condition, String invariant) {
        if (!condition) {
            throw new IllegalStateException("job invariant broken: " + invariant);
        }
    }

    /** A customer posts a job at an agreed price. */
    public static TransitionOutcome post(JobId id, Actor customer, JobDetails details, PriceQuote price, Instant now) {
        return post(id, customer, details, price, now, Posters.CUSTOMERS);
    }

    /** Someone {@code posters} allows posts a job at an agreed price; they are its customer. */
    public static TransitionOutcome post(JobId id, Actor customer, JobDetails details, PriceQuote price, Instant now,
                                         Posters posters) {
        if (!posters.mayPost(customer)) {
            return new Rejected(Rejection.ROLE_NOT_ALLOWED);
        }
        if (details.urgency() == Urgency.SCHEDULED && !details.scheduledAt().isAfter(now)) {
            return new Rejected(Rejection.SCHEDULED_TIME_INVALID);
        }
        Job job = new Job(id, customer.id(), null, details, price, JobStatus.REQUESTED, Set.of(), now,
                null, null, null, null, null, now, 0);
        return new Transitioned(job, List.of(new JobPosted(id, customer.id(), details.category(), details.location(),
                details.urgency(), details.scheduledAt(), now)));
    }

    public boolean isParty(Actor actor) {
        return actor.id().equals(customerId) || actor.id().equals(providerId);
    }

    /** An open job that this provider could take. */
    public boolean isOpenTo(Actor actor) {
        return actor.is(Role.PROVIDER) && !actor.id().equals(customerId) && status == JobStatus.REQUESTED
                && actor.categories().contains(details.category()) && !excludedProviders.contains(actor.id());
    }

    /** Parties and admins see a job; providers also see open jobs they could take. */
    public boolean isVisibleTo(Actor actor) {
        return actor.is(Role.ADMIN) || isParty(actor) || isOpenTo(actor);
    }

    /** A provider takes the job. Whether another provider won a race is the store's to decide. */
    public TransitionOutcome accept(Actor provider, Instant now) {
        if (!provider.is(Role.PROVIDER) || provider.id().equals(customerId)) {
            return new Rejected(provider.is(Role.ADMIN) || isParty(provider) ? Rejection.ROLE_NOT_ALLOWED : Rejection.NOT_A_PARTY);
        }
        if (status != JobStatus.REQUESTED) {
            if (provider.id().equals(providerId) || status == JobStatus.CANCELLED || status == JobStatus.NO_PROVIDER_FOUND) {
                return new Rejected(Rejection.INVALID_TRANSITION);
            }
            return new Rejected(Rejection.ALREADY_TAKEN);
        }
        if (!provider.categories().contains(details.category())) {
            return new Rejected(Rejection.CATEGORY_NOT_SERVED);
        }
        if (excludedProviders.contains(provider.id())) {
            return new Rejected(Rejection.PROVIDER_EXCLUDED);
        }
        Job accepted = copy(now, next -> {
            next.status = JobStatus.ACCEPTED;
            next.providerId = provider.id();
            next.acceptedAt = now;
        });
        return new Transitioned(accepted, List.of(new JobAccepted(id, customerId, provider.id(), now)));
    }

    /**
     * Moves the job to {@code target} on behalf of {@code actor}: the assigned provider drives
     * the work forward; the customer cancels (within the window once accepted); the assigned
     * provider withdrawing before the work starts reopens the job without them; an admin may
     * cancel any unfinished job; either party may dispute work that started.
     */
    public TransitionOutcome changeStatus(Actor actor, JobStatus target, String reason, Instant now,
                                          CancellationPolicy cancellation) {
        if (target == JobStatus.ACCEPTED) {
            return accept(actor, now);
        }
        if (!actor.is(Role.ADMIN) && !isParty(actor)) {
            return new Rejected(Rejection.NOT_A_PARTY);
        }
        // a party acts as the side it holds on this job (an account may post some jobs and take others)
        boolean admin = actor.is(Role.ADMIN);
        boolean customer = !admin && actor.id().equals(customerId);
        boolean provider = !admin && actor.id().equals(providerId);
        return switch (target) {
            case EN_ROUTE -> !provider ? rejected(Rejection.ROLE_NOT_ALLOWED)
                    : status != JobStatus.ACCEPTED ? rejected(Rejection.INVALID_TRANSITION)
                    : moved(actor, target, reason, now);
            case IN_PROGRESS -> !provider ? rejected(Rejection.ROLE_NOT_ALLOWED)
                    : status != JobStatus.ACCEPTED && status != JobStatus.EN_ROUTE ? rejected(Rejection.INVALID_TRANSITION)
                    : moved(actor, target, reason, now);
            case COMPLETED -> !provider ? rejected(Rejection.ROLE_NOT_ALLOWED)
                    : status != JobStatus.IN_PROGRESS ? rejected(Rejection.INVALID_TRANSITION)
                    : moved(actor, target, reason, now);
            case DISPUTED -> admin ? rejected(Rejection.ROLE_NOT_ALLOWED)
                    : status != JobStatus.IN_PROGRESS && status != JobStatus.COMPLETED ? rejected(Rejection.INVALID_TRANSITION)
                    : moved(actor, target, reason, now);
            case CANCELLED -> customer ? cancelByCustomer(actor, reason, now, cancellation)
                    : provider ? withdraw(actor, reason, now)
                    : cancelByAdmin(actor, reason, now);
            case REQUESTED, ACCEPTED, NO_PROVIDER_FOUND -> rejected(Rejection.INVALID_TRANSITION);
        };
    }

    /**
     * Dispatch gave up: nobody accepted the open job within the widest radius. The system makes
     * this move, not a user, so the event's {@code changedBy} is null.
     */
    public TransitionOutcome expire(Instant now) {
        if (status != JobStatus.REQUESTED) {
            return rejected(Rejection.INVALID_TRANSITION);
        }
        Job expired = copy(now, next -> next.status = JobStatus.NO_PROVIDER_FOUND);
        return new Transitioned(expired, List.of(new JobStatusChanged(id, customerId, null, status,
                JobStatus.NO_PROVIDER_FOUND, null, NO_PROVIDER_REASON, now)));
    }

    private TransitionOutcome cancelByCustomer(Actor actor, String reason, Instant now, CancellationPolicy cancellation) {
        if (status == JobStatus.REQUESTED) {
            return moved(actor, JobStatus.CANCELLED, reason, now);
        }
        if (status != JobStatus.ACCEPTED) {
            return rejected(Rejection.INVALID_TRANSITION);
        }
        if (!cancellation.customerMayCancel(acceptedAt, now)) {
            return rejected(Rejection.CANCELLATION_WINDOW_EXPIRED);
        }
        return moved(actor, JobStatus.CANCELLED, reason, now);
    }

    private TransitionOutcome withdraw(Actor provider, String reason, Instant now) {
        if (status != JobStatus.ACCEPTED && status != JobStatus.EN_ROUTE) {
            return rejected(Rejection.INVALID_TRANSITION);
        }
        Job reopened = copy(now, next -> {
            next.status = JobStatus.REQUESTED;
            next.excludedProviders.add(provider.id());
            next.providerId = null;
            next.acceptedAt = null;
        });
        return new Transitioned(reopened, List.of(new ProviderWithdrew(id, customerId, provider.id(), reason, now)));
    }

    private TransitionOutcome cancelByAdmin(Actor admin, String reason, Instant now) {
        return switch (status) {
            case REQUESTED, ACCEPTED, EN_ROUTE, IN_PROGRESS -> moved(admin, JobStatus.CANCELLED, reason, now);
            case COMPLETED, CANCELLED, DISPUTED, NO_PROVIDER_FOUND -> rejected(Rejection.INVALID_TRANSITION);
        };
    }

    private TransitionOutcome moved(Actor actor, JobStatus target, String reason, Instant now) {
        Job moved = copy(now, next -> {
            next.status = target;
            switch (target) {
                case IN_PROGRESS -> next.startedAt = now;
                case COMPLETED -> next.completedAt = now;
                case CANCELLED -> {
                    next.cancelledAt = now;
                    next.cancellationReason = reason;
                }
                default -> {
                }
            }
        });
        Role side = actor.is(Role.ADMIN) ? Role.ADMIN : actor.id().equals(customerId) ? Role.CUSTOMER : Role.PROVIDER;
        return new Transitioned(moved, List.of(new JobStatusChanged(id, customerId, providerId, status, target,
                side, reason, now)));
    }

    /** This job as stored at {@code storedVersion}. */
    public Job withVersion(long storedVersion) {
        return toBuilder().version(storedVersion).build();
    }

    /**
     * A job with every field named, for a store reading one back and for tests: requested, with no
     * exclusions, updated when created and at version 0 unless set otherwise.
     */
    public static JobBuilder builder(JobId id, UserId customerId, JobDetails details, PriceQuote price) {
        return new JobBuilder(id, customerId, details, price);
    }

    /** This job's fields, to change some and build another. */
    public JobBuilder toBuilder() {
        return new JobBuilder(id, customerId, details, price).providerId(providerId).status(status)
                .excludedProviders(excludedProviders).createdAt(createdAt).acceptedAt(acceptedAt).startedAt(startedAt)
                .completedAt(completedAt).cancelledAt(cancelledAt).cancellationReason(cancellationReason)
                .updatedAt(updatedAt).version(version);
    }

    /** The one positional construction outside the moves, for {@link JobBuilder#build()}. */
    static Job built(JobBuilder b) {
        return new Job(b.id, b.customerId, b.providerId, b.details, b.price, b.status, b.excludedProviders, b.createdAt,
                b.acceptedAt, b.startedAt, b.completedAt, b.cancelledAt, b.cancellationReason,
                b.updatedAt == null ? b.createdAt : b.updatedAt, b.version);
    }

    /** The one copy step: the fields a move may set, on a copy of this job changed at {@code now}. */
    private Job copy(Instant now, Consumer<Next> change) {
        Next next = new Next(this);
        change.accept(next);
        return new Job(id, customerId, next.providerId, details, price, next.status, next.excludedProviders, createdAt,
                next.acceptedAt, next.startedAt, next.completedAt, next.cancelledAt, next.cancellationReason, now, version);
    }

    private static final class Next {
        JobStatus status;
        UserId providerId;
        final Set<UserId> excludedProviders;
        Instant acceptedAt;
        Instant startedAt;
        Instant completedAt;
        Instant cancelledAt;
        String cancellationReason;

        Next(Job job) {
            status = job.status;
            providerId = job.providerId;
            excludedProviders = new HashSet<>(job.excludedProviders);
            acceptedAt = job.acceptedAt;
            startedAt = job.startedAt;
            completedAt = job.completedAt;
            cancelledAt = job.cancelledAt;
            cancellationReason = job.cancellationReason;
        }
    }

    private static TransitionOutcome rejected(Rejection reason) {
        return new Rejected(reason);
    }
}

package dev.callout.application.dispatch;

import dev.callout.application.event.EventHandler;
import dev.callout.application.port.DispatchRounds;
import dev.callout.application.port.EtaEstimator;
import dev.callout.application.job.JobTransitions;
import dev.callout.application.port.Favorites;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Timer;
import dev.callout.application.port.Timers;
import dev.callout.application.port.Transactions;
import dev.callout.domain.dispatch.DispatchEvent;
import dev.callout.domain.dispatch.DispatchPolicy;
import dev.callout.domain.dispatch.DispatchRound;
import dev.callout.domain.dispatch.DispatchStep;
import dev.callout.domain.dispatch.FavoritesSearch;
import dev.callout.domain.dispatch.Match;
import dev.callout.domain.dispatch.Matching;
import dev.callout.domain.dispatch.NearbySearch;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.favorite.Favorite;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.TransitionOutcome;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Offers open jobs to providers. A posted immediate job (or a scheduled one, its lead time
 * before) is offered to the best {@code batchSize} eligible providers within the first radius;
 * each step stands for the offer timeout, then the next step offers the next batch within the
 * next radius; after the last step the job expires as no_provider_found (or, when the policy keeps
 * untaken jobs open, stays open for any provider to take). A job posted
 * favourites-first is offered to the customer's available favourites (wherever they are) for one
 * step before that, a step skipped at once when none is available. A provider withdrawing
 * starts a new wave without them. When the job is taken, cancelled or expires, the offers still
 * out are withdrawn. Every change happens in one transaction with its events and timers, and
 * repeated deliveries of an event change nothing twice.
 */
public final class Dispatcher implements EventHandler {

    private static final Set<String> TYPES = Set.of(JobEvent.POSTED, JobEvent.ACCEPTED, JobEvent.STATUS_CHANGED,
            JobEvent.PROVIDER_WITHDREW);

    private final Jobs jobs;
    private final ProviderPresences presences;
    private final Favorites favorites;
    private final DispatchRounds rounds;
    private final Timers timers;
    private final Outbox outbox;
    private final JobTransitions transitions;
    private final EtaEstimator etas;
    private final Transactions transactions;
    private final Clock clock;
    private final DispatchPolicy policy;

    public Dispatcher(Jobs jobs, ProviderPresences presences, Favorites favorites, DispatchRounds rounds, Timers timers,
                      Outbox outbox, JobTimeline timeline, EtaEstimator etas, Transactions transactions, Clock clock,
                      DispatchPolicy policy) {
        this.jobs = jobs;
        this.presences = presences;
        this.favorites = favorites;
        this.rounds = rounds;
        this.timers = timers;
        this.outbox = outbox;
        this.transitions = new JobTransitions(jobs, outbox, timeline, transactions, clock);
        this.etas = etas;
        this.transactions = transactions;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public boolean handles(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public String name() {
        return "dispatch";
    }

    @Override
    public void handle(DomainEvent event) {
        switch (event) {
            case JobEvent.JobPosted posted when posted.urgency() == Urgency.SCHEDULED -> transactions.inTransaction(() -> {
                Instant start = posted.scheduledAt().minus(policy.scheduledLead());
                timers.schedule(new Timer(Timer.Kind.START_DISPATCH, posted.jobId(), 0, 0,
                        start.isBefore(posted.occurredAt()) ? posted.occurredAt() : start));
                return null;
            });
            case JobEvent.JobPosted posted -> open(posted.jobId(), posted.occurredAt());
            case JobEvent.ProviderWithdrew withdrew -> open(withdrew.jobId(), withdrew.occurredAt());
            case JobEvent.JobAccepted accepted -> withdrawOffers(accepted.jobId(), accepted.providerId(), "taken");
            case JobEvent.JobStatusChanged changed when changed.to() == JobStatus.CANCELLED
                    || changed.to() == JobStatus.NO_PROVIDER_FOUND ->
                    withdrawOffers(changed.jobId(), null, changed.to().wireName());
            default -> {
            }
        }
    }

    /** A timer fired: a scheduled job's dispatch starts, or a step's offers have stood long enough. */
    public void onTimer(Timer timer) {
        switch (timer.kind()) {
            case START_DISPATCH -> open(timer.jobId(), timer.dueAt());
            case STEP_ENDS -> transactions.inTransaction(() -> {
                Optional<DispatchRound> round = rounds.byJob(timer.jobId())
                        .filter(current -> current.isCurrent(timer.wave(), timer.step()));
                Optional<Job> job = jobs.byId(timer.jobId()).filter(found -> found.status() == JobStatus.REQUESTED);
                if (round.isPresent() && job.isPresent()) {
                    if (timer.step() + 1 < policy.plan(job.get().details().favoritesFirst()).size()) {
                        offerStep(job.get(), round.get(), timer.step() + 1);
                    } else if (policy.untakenJobsExpire()) {
                        expire(job.get());
                    }
                }
                return null;
            });
        }
    }

    /**
     * Offers a job whose posting just committed, without waiting for the relay to deliver its job.posted: that
     * delivery then finds the wave started and changes nothing, or starts it if this never ran. A scheduled job is
     * left to its event.
     */
    public void posted(Job job) {
        if (job.details().urgency() != Urgency.SCHEDULED) {
            open(job.id(), job.createdAt());
        }
    }

    /**
     * Starts a wave for a job opened (posted or reopened) at {@code openedAt}, unless one already did. The job is
     * held meanwhile, so two dispatches of one job (the posting's and the relay's, or two nodes') run one after the
     * other and the second finds the first's wave.
     */
    private void open(JobId jobId, Instant openedAt) {
        transactions.inTransaction(() -> {
            Optional<Job> job = jobs.byIdHeld(jobId).filter(found -> found.status() == JobStatus.REQUESTED);
            Optional<DispatchRound> existing = rounds.byJob(jobId);
            if (job.isEmpty() || existing.filter(round -> !round.openedAt().isBefore(openedAt)).isPresent()) {
                return null;
            }
            DispatchRound round = existing.map(previous -> previous.restarted(openedAt))
                    .orElseGet(() -> DispatchRound.first(jobId, openedAt));
            offerStep(job.get(), round, 0);
            return null;
        });
    }

    /** Offers the job as step {@code step} of its plan says; a step that may be skipped and finds nobody is. */
    private void offerStep(Job job, DispatchRound round, int step) {
        List<DispatchStep> plan = policy.plan(job.details().favoritesFirst());
        Instant now = clock.instant();
        Instant until = now.plus(policy.offerTimeout());
        Set<UserId> excluded = new HashSet<>(job.excludedProviders());
        excluded.addAll(round.offered());
        excluded.add(job.customerId());
        List<Match> batch = switch (plan.get(step)) {
            case DispatchStep.Favorites favoritesStep -> availableFavorites(job, excluded, now);
            case DispatchStep.Nearby nearby -> {
                NearbySearch search = new NearbySearch(job.details().location().point(), job.details().category(),
                        nearby.radiusKm(), policy.batchSize(), excluded, now, policy.maxPositionAge());
                yield Matching.rank(presences.near(search), search);
            }
        };
        if (batch.isEmpty() && plan.get(step).skippedWhenEmpty() && step + 1 < plan.size()) {
            offerStep(job, round, step + 1);
            return;
        }
        rounds.save(round.offering(step, batch.stream().map(match -> match.candidate().presence().providerId())
                .collect(Collectors.toSet()), until));
        timers.schedule(new Timer(Timer.Kind.STEP_ENDS, job.id(), round.wave(), step, until));
        outbox.record(batch.stream().map(match -> offer(job, match, now, until)).toList());
    }

    /** The customer's favourites who could take the job now, best first, however far away. */
    private List<Match> availableFavorites(Job job, Set<UserId> excluded, Instant now) {
        List<UserId> chosen = favorites.of(job.customerId()).stream().map(Favorite::providerId).toList();
        if (chosen.isEmpty()) {
            return List.of();
        }
        FavoritesSearch search = new FavoritesSearch(job.details().location().point(), job.details().category(),
                excluded, now, policy.maxPositionAge());
        return Matching.rank(presences.candidates(chosen, now), search);
    }

    private DispatchEvent.JobOffered offer(Job job, Match match, Instant now, Instant until) {
        var details = job.details();
        return new DispatchEvent.JobOffered(job.id(), match.candidate().presence().providerId(), details.category(),
                details.description(), details.location(), details.urgency(), details.scheduledAt(), job.price().total(),
                match.distanceKm(), etas.eta(match.position().point(), details.location().point(),
                details.category()), until, now);
    }

    private void expire(Job job) {
        if (job.expire(clock.instant()) instanceof TransitionOutcome.Transitioned expired) {
            transitions.write(expired, null);
        }
    }

    /** Takes back the offers still out, except from the provider who took the job. */
    private void withdrawOffers(JobId jobId, UserId keep, String reason) {
        transactions.inTransaction(() -> {
            rounds.byJob(jobId).filter(round -> !round.offered().isEmpty()).ifPresent(round -> {
                Instant now = clock.instant();
                rounds.save(round.withdrawn());
                outbox.record(round.offered().stream().filter(provider -> !provider.equals(keep)).sorted(
                                java.util.Comparator.comparing(UserId::value))
                        .map(provider -> new DispatchEvent.OfferWithdrawn(jobId, provider, reason, now)).toList());
            });
            return null;
        });
    }
}

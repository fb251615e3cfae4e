package dev.callout.bootstrap;

import dev.callout.application.admin.ListDeadLettersService;
import dev.callout.application.admin.ListDeadLettersUseCase;
import dev.callout.application.admin.RetryDeadLetterService;
import dev.callout.application.admin.RetryDeadLetterUseCase;
import dev.callout.application.background.FailedWork;
import dev.callout.application.dispatch.Dispatcher;
import dev.callout.application.dispatch.RunDueTimers;
import dev.callout.application.dispatch.SpeedModelEtas;
import dev.callout.application.dispatch.TrackProviderWork;
import dev.callout.application.event.EventHandler;
import dev.callout.application.event.EventRelay;
import dev.callout.application.port.AuditLog;
import dev.callout.application.port.Categories;
import dev.callout.application.port.DeadLetterMetrics;
import dev.callout.application.port.DeadLetters;
import dev.callout.application.port.DispatchRounds;
import dev.callout.application.port.EtaEstimator;
import dev.callout.application.port.EventHistory;
import dev.callout.application.port.Favorites;
import dev.callout.application.port.JobChannels;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.NearbyJobs;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.PendingEvents;
import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Users;
import dev.callout.application.port.Timers;
import dev.callout.application.port.Transactions;
import dev.callout.application.presence.FindNearbyJobsService;
import dev.callout.application.presence.FindNearbyJobsUseCase;
import dev.callout.application.presence.FindNearbyProvidersService;
import dev.callout.application.presence.FindNearbyProvidersUseCase;
import dev.callout.application.presence.ProvidersOnMapService;
import dev.callout.application.presence.ProvidersOnMapUseCase;
import dev.callout.application.presence.SetAvailabilityService;
import dev.callout.application.presence.SetBaseLocationService;
import dev.callout.application.presence.SetBaseLocationUseCase;
import dev.callout.application.presence.SetAvailabilityUseCase;
import dev.callout.application.presence.UpdateLocationService;
import dev.callout.application.presence.UpdateLocationUseCase;
import dev.callout.application.realtime.JobPresenceService;
import dev.callout.application.realtime.JobPresenceUseCase;
import dev.callout.application.realtime.ReplayJobEventsService;
import dev.callout.application.realtime.ReplayJobEventsUseCase;
import dev.callout.domain.dispatch.DispatchPolicy;
import dev.callout.domain.dispatch.SpeedModel;
import dev.callout.domain.id.IdGenerator;
import dev.callout.rest.realtime.RealtimeSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/** Presence, matching, dispatch, the event relay and their dead letters, built from their plain constructors. */
@Factory
class DispatchUseCases {

    @Singleton
    DispatchPolicy dispatchPolicy(DispatchSettings settings) {
        return settings.policy();
    }

    /** The speed model until a routing engine is plugged in behind the port. */
    @Singleton
    EtaEstimator etaEstimator() {
        return new SpeedModelEtas(SpeedModel.METRO_MANILA);
    }

    @Singleton
    SetAvailabilityUseCase setAvailability(ProviderPresences presences, Transactions transactions, Clock clock) {
        return new SetAvailabilityService(presences, transactions, clock);
    }

    @Singleton
    UpdateLocationUseCase updateLocation(ProviderPresences presences, Jobs jobs, LiveEvents live, EtaEstimator etas,
                                         Transactions transactions, Clock clock) {
        return new UpdateLocationService(presences, jobs, live, etas, transactions, clock);
    }

    @Singleton
    ReplayJobEventsUseCase replayJobEvents(Jobs jobs, EventHistory history, RealtimeSettings settings) {
        return new ReplayJobEventsService(jobs, history, settings.getReplayLimit());
    }

    @Singleton
    JobPresenceUseCase jobPresence(JobChannels channels, Jobs jobs, LiveEvents live, Clock clock) {
        return new JobPresenceService(channels, jobs, live, clock);
    }

    @Singleton
    FindNearbyProvidersUseCase findNearbyProviders(ProviderPresences presences, Categories categories, EtaEstimator etas,
                                                   DispatchPolicy policy, Clock clock) {
        return new FindNearbyProvidersService(presences, categories, etas, policy, clock);
    }

    @Singleton
    ProvidersOnMapUseCase providersOnMap(Users users, ProviderPresences presences, Clock clock) {
        return new ProvidersOnMapService(users, presences, clock);
    }

    @Singleton
    FindNearbyJobsUseCase findNearbyJobs(NearbyJobs nearbyJobs, ProviderPresences presences, DispatchPolicy policy,
                                         Clock clock) {
        return new FindNearbyJobsService(nearbyJobs, presences, policy, clock);
    }

    @Singleton
    SetBaseLocationUseCase setBaseLocation(ProviderPresences presences, Transactions transactions, Clock clock) {
        return new SetBaseLocationService(presences, transactions, clock);
    }

    @Singleton
    Dispatcher dispatcher(Jobs jobs, ProviderPresences presences, Favorites favorites, DispatchRounds rounds,
                          Timers timers, Outbox outbox, JobTimeline timeline, EtaEstimator etas, Transactions transactions,
                          Clock clock, DispatchPolicy policy) {
        return new Dispatcher(jobs, presences, favorites, rounds, timers, outbox, timeline, etas, transactions, clock,
                policy);
    }

    @Singleton
    TrackProviderWork trackProviderWork(ProviderPresences presences, Jobs jobs, Transactions transactions, Clock clock) {
        return new TrackProviderWork(presences, jobs, transactions, clock);
    }

    @Singleton
    FailedWork failedWork(BackgroundSettings settings, IdGenerator ids, DeadLetterMetrics metrics) {
        return new FailedWork(settings.retryPolicy(), ids, metrics);
    }

    @Singleton
    RunDueTimers runDueTimers(Timers timers, Dispatcher dispatcher, Transactions transactions, Clock clock,
                              FailedWork failures) {
        return new RunDueTimers(timers, dispatcher, transactions, clock, failures);
    }

    /** Every feature's {@link EventHandler} bean, served by one relay per node. */
    @Singleton
    EventRelay eventRelay(PendingEvents pending, List<EventHandler> handlers, Clock clock, FailedWork failures) {
        return new EventRelay(pending, handlers, clock, EventRelay.Settings.DEFAULT, failures);
    }

    @Singleton
    ListDeadLettersUseCase listDeadLetters(DeadLetters deadLetters) {
        return new ListDeadLettersService(deadLetters);
    }

    @Singleton
    RetryDeadLetterUseCase retryDeadLetter(DeadLetters deadLetters, AuditLog audit, Transactions transactions, Clock clock,
                                           IdGenerator ids) {
        return new RetryDeadLetterService(deadLetters, audit, transactions, clock, ids);
    }
}

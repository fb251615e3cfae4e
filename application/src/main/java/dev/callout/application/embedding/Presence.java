package dev.callout.application.embedding;

import dev.callout.application.dispatch.SpeedModelEtas;
import dev.callout.application.inmemory.InMemoryNearbyJobs;
import dev.callout.application.port.NearbyJobs;
import dev.callout.application.presence.FindNearbyJobsService;
import dev.callout.application.presence.FindNearbyJobsUseCase;
import dev.callout.application.presence.FindNearbyProvidersService;
import dev.callout.application.presence.FindNearbyProvidersUseCase;
import dev.callout.application.presence.ProvidersOnMapService;
import dev.callout.application.presence.ProvidersOnMapUseCase;
import dev.callout.application.presence.SetBaseLocationService;
import dev.callout.application.presence.SetBaseLocationUseCase;
import dev.callout.application.realtime.JobPresenceService;
import dev.callout.application.realtime.JobPresenceUseCase;
import dev.callout.application.realtime.ReplayJobEventsService;
import dev.callout.application.realtime.ReplayJobEventsUseCase;

/**
 * The presence and live use cases of a {@link CalloutCore} besides availability and location (which
 * it offers itself): providers and open jobs near a point, the providers taking work now, a provider's
 * base location, who is on a job's live channel, and the job's events a reconnecting party missed
 * (from the core's events).
 */
public record Presence(FindNearbyProvidersUseCase findNearbyProviders, FindNearbyJobsUseCase findNearbyJobs,
                       ProvidersOnMapUseCase providersOnMap, SetBaseLocationUseCase setBaseLocation,
                       JobPresenceUseCase jobPresence, ReplayJobEventsUseCase replayJobEvents) {

    static Presence over(CalloutPorts p, SpeedModelEtas etas) {
        PresencePorts live = p.presence;
        NearbyJobs nearbyJobs = live.nearbyJobs == null ? new InMemoryNearbyJobs(p.jobs) : live.nearbyJobs;
        return new Presence(
                new FindNearbyProvidersService(p.presences, p.categories, etas, p.dispatch, p.clock),
                new FindNearbyJobsService(nearbyJobs, p.presences, p.dispatch, p.clock),
                new ProvidersOnMapService(p.users, p.presences, p.clock),
                new SetBaseLocationService(p.presences, p.transactions, p.clock),
                new JobPresenceService(live.jobChannels, p.jobs, p.live, p.clock),
                new ReplayJobEventsService(p.jobs, p.outbox, live.replayLimit));
    }
}

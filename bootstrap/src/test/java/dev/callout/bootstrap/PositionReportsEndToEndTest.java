package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.port.EtaEstimator;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Transactions;
import dev.callout.application.presence.UpdateLocationService;
import dev.callout.application.presence.UpdateLocationUseCase.UpdateLocationCommand;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.UserId;
import dev.callout.application.presence.UpdateLocationUseCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Positions reported as a stream are written together against PostgreSQL, and a write that fails never takes the
 * others with it: a report PostgreSQL refuses (a provider with no account: the foreign key) is dropped while the rest
 * of its batch is written; when the first two of a batch fail alone, the rest wait for the next flush. (That the
 * positions sockets report reach nearby search and the job's customer is shown over the socket by
 * {@link BaseLocationEndToEndTest} and {@link RealtimeEndToEndTest}.)
 */
class PositionReportsEndToEndTest {

    private final RunningCallout callout = RunningCallout.get();
    private final ProviderPresences presences = callout.context.getBean(ProviderPresences.class);
    /** A flush of its own, so the node's background flush never takes these reports. */
    private final UpdateLocationService location = new UpdateLocationService(presences, callout.context.getBean(Jobs.class),
            callout.context.getBean(LiveEvents.class), callout.context.getBean(EtaEstimator.class),
            callout.context.getBean(Transactions.class), Clock.systemUTC());

    /** Somewhere of its own (Iloilo). */
    private static final GeoPoint HERE = new GeoPoint(10.7202, 122.5621);

    private static Actor nobody(int n) {
        return Actor.provider(new UserId("usr_00000000000000000000000%03d".formatted(n)), Set.of("repair"));
    }

    private List<Actor> providers(int count) {
        return IntStream.range(0, count).mapToObj(i -> callout.provider("repair"))
                .map(account -> Actor.provider(new UserId(account.id()), Set.of("repair"))).toList();
    }

    private void report(Actor provider, int n) {
        location.report(new UpdateLocationCommand(provider, new GeoPoint(HERE.lat() + n * 0.001, HERE.lng())));
    }

    private GeoPoint stored(Actor provider) {
        return presences.byProvider(provider.id()).map(ProviderPresence::position).orElse(null);
    }

    @Test
    void aRefusedPositionIsDroppedAndTheRestOfItsBatchWritten() {
        List<Actor> providers = providers(3);
        report(nobody(1), 0);
        for (int i = 0; i < providers.size(); i++) {
            report(providers.get(i), i + 1);
        }

        assertThat(location.flushReports()).isEqualTo(3);

        for (int i = 0; i < providers.size(); i++) {
            assertThat(stored(providers.get(i))).isEqualTo(new GeoPoint(HERE.lat() + (i + 1) * 0.001, HERE.lng()));
        }
        assertThat(presences.byProvider(nobody(1).id())).isEmpty();
        assertThat(location.flushReports()).as("nothing is left over").isZero();
    }

    @Test
    void whenTheFirstTwoFailAloneTheRestWaitForTheNextFlush() {
        List<Actor> providers = providers(2);
        report(nobody(2), 0);
        report(nobody(3), 0);
        report(providers.get(0), 1);
        report(providers.get(1), 2);

        assertThatThrownBy(location::flushReports).isInstanceOf(RuntimeException.class);
        assertThat(stored(providers.get(0))).isNull();

        assertThat(location.flushReports()).isEqualTo(2);
        assertThat(stored(providers.get(1))).isEqualTo(new GeoPoint(HERE.lat() + 0.002, HERE.lng()));
    }

    @Test
    void aProvidersLatestReportIsTheOneWrittenAndOnlyProvidersReport() {
        Actor provider = providers(1).getFirst();
        for (int n = 1; n <= 5; n++) {
            report(provider, n);
        }
        assertThat(location.report(new UpdateLocationCommand(Actor.customer(new UserId(callout.customer().id())), HERE)))
                .isInstanceOf(dev.callout.application.presence.UpdateLocationUseCase.LocationResult.NotAProvider.class);

        assertThat(location.flushReports()).isEqualTo(1);
        assertThat(stored(provider)).isEqualTo(new GeoPoint(HERE.lat() + 0.005, HERE.lng()));
    }

    @Test
    void positionsStillHeldWhenANodeStopsAreWrittenBeforeItsDatabaseCloses() throws IOException {
        Path data = Files.createTempDirectory("callout-positions");
        Map<String, Object> hourlyFlush = Map.of("callout.realtime.position-flush-interval", "1h");
        Actor provider;
        try (RunningCallout node = RunningCallout.startOn(data, hourlyFlush)) {
            provider = Actor.provider(new UserId(node.provider("repair").id()), Set.of("repair"));
            node.context.getBean(UpdateLocationUseCase.class).report(new UpdateLocationCommand(provider, HERE));
            assertThat(node.context.getBean(ProviderPresences.class).byProvider(provider.id())).as("not written yet").isEmpty();
        }
        try (RunningCallout next = RunningCallout.startOn(data, hourlyFlush)) {
            assertThat(next.context.getBean(ProviderPresences.class).byProvider(provider.id()))
                    .map(ProviderPresence::position).contains(HERE);
        }
    }
}

package dev.callout.rest.profile.art;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.websocket.WebSocketSession;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EngineSessionTest {

    /** A WebSocket that records what is sent over it. */
    private record Socket(WebSocketSession session, List<String> sent) {

        static Socket named(String id) {
            List<String> sent = new ArrayList<>();
            WebSocketSession session = (WebSocketSession) Proxy.newProxyInstance(EngineSessionTest.class.getClassLoader(),
                    new Class<?>[] {WebSocketSession.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getId" -> id;
                        case "isOpen" -> true;
                        case "sendAsync" -> {
                            synchronized (sent) {
                                sent.add((String) args[0]);
                            }
                            yield CompletableFuture.completedFuture(args[0]);
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
            return new Socket(session, sent);
        }
    }

    private final EngineSession session = new EngineSession(Map.of());

    @Test
    void aPollWaitsForThePacketsAndCarriesThemAll() {
        CompletableFuture<String> poll = session.poll();
        assertThat(poll).isNotDone();

        session.send("42[\"a\"]");

        assertThat(poll).isCompletedWithValue("42[\"a\"]");
        session.send("2");
        session.send("42[\"b\"]");
        assertThat(session.poll()).isCompletedWithValue("2" + EngineSession.SEPARATOR + "42[\"b\"]");
    }

    @Test
    void aPollThatReachesTheServerAfterTheProbeReturnsAtOnceSoTheClientCanPause() {
        CompletableFuture<String> waiting = session.poll();
        Socket probe = Socket.named("probe");

        session.probed(probe.session());

        assertThat(waiting).as("the poll waiting at the probe").isCompletedWithValue(EngineSession.NOOP);
        assertThat(session.poll()).as("a poll already on its way when the client read 3probe")
                .isCompletedWithValue(EngineSession.NOOP);
        session.send("42[\"assigned\"]");
        assertThat(session.poll()).isCompletedWithValue("42[\"assigned\"]");
    }

    @Test
    void theUpgradeSendsWhatWasQueuedFirstThenEverythingOverTheSocket() {
        Socket socket = Socket.named("ws");
        session.probed(socket.session());
        session.send("42[\"first\"]");

        session.upgrade(socket.session());
        session.send("42[\"second\"]");

        assertThat(socket.sent()).containsExactly("42[\"first\"]", "42[\"second\"]");
        assertThat(session.isOn(socket.session())).isTrue();
        assertThat(session.poll()).as("no poll once upgraded").isNull();
    }

    @Test
    void aProbeThatClosesWithoutUpgradingLeavesPollingAsItWas() {
        Socket probe = Socket.named("probe");
        session.probed(probe.session());

        session.probeEnded(Socket.named("another").session());
        assertThat(session.poll()).as("another socket's close changes nothing").isCompletedWithValue(EngineSession.NOOP);
        session.probeEnded(probe.session());

        CompletableFuture<String> poll = session.poll();
        assertThat(poll).isNotDone();
        session.send("2");
        assertThat(poll).isCompletedWithValue("2");
    }

    @Test
    void theClientsMessagesAreReadOneAtATimeInTheOrderTheyCame() throws InterruptedException {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        List<String> read = new ArrayList<>();
        int[] readingNow = {0};
        int[] mostAtOnce = {0};
        try {
            for (int i = 0; i < 2_000; i++) {
                session.read(Integer.toString(i), executor, message -> {
                    synchronized (read) {
                        mostAtOnce[0] = Math.max(mostAtOnce[0], ++readingNow[0]);
                    }
                    try {
                        if (message.equals("7")) {
                            throw new IllegalStateException("a reader that fails on one message");
                        }
                        synchronized (read) {
                            read.add(message);
                        }
                    } finally {
                        synchronized (read) {
                            readingNow[0]--;
                        }
                    }
                });
            }
        } finally {
            executor.shutdown();
            assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            if (i != 7) {
                expected.add(Integer.toString(i));
            }
        }
        assertThat(read).containsExactlyElementsOf(expected);
        assertThat(mostAtOnce[0]).isOne();
    }
}

package dev.callout.rest.profile.art;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.rest.realtime.SocketClient;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class EngineSessionTest {

    /** A WebSocket that records what is sent over it and the close codes it was closed with. */
    private record Socket(WebSocketSession session, List<String> sent, List<Integer> closedWith) {

        static Socket named(String id) {
            return socket(id, true);
        }

        /** A socket whose writes never reach the network: a client that stopped reading. */
        static Socket stalled(String id) {
            return socket(id, false);
        }

        private static Socket socket(String id, boolean writes) {
            List<String> sent = new ArrayList<>();
            List<Integer> closedWith = new ArrayList<>();
            WebSocketSession session = (WebSocketSession) Proxy.newProxyInstance(EngineSessionTest.class.getClassLoader(),
                    new Class<?>[] {WebSocketSession.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getId" -> id;
                        case "isOpen" -> closedWith.isEmpty();
                        case "sendAsync" -> {
                            synchronized (sent) {
                                sent.add((String) args[0]);
                            }
                            yield writes ? CompletableFuture.completedFuture(args[0]) : new CompletableFuture<>();
                        }
                        case "close" -> {
                            closedWith.add(((CloseReason) args[0]).getCode());
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
            return new Socket(session, sent, closedWith);
        }
    }

    private final EngineSession session = new EngineSession(Map.of(), Runnable::run);

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
    void aClientThatLetsTooManyPacketsPileUpUnpolledIsDropped() {
        for (int i = 0; i < SocketClient.MAX_QUEUED; i++) {
            session.send(EngineSession.MESSAGE + i);
        }
        assertThat(session.isClosed()).isFalse();

        session.send(EngineSession.MESSAGE + "one too many");

        assertThat(session.isClosed()).isTrue();
        assertThat(session.poll()).isCompletedWithValue(EngineSession.CLOSE);
    }

    @Test
    void aSocketThatLetsTooManyPacketsPileUpUnwrittenIsClosed() {
        Socket stalled = Socket.stalled("ws-stalled");
        session.probed(stalled.session());
        session.upgrade(stalled.session());
        for (int i = 0; i < SocketClient.MAX_QUEUED; i++) {
            session.send(EngineSession.MESSAGE + i);
        }
        assertThat(stalled.closedWith()).isEmpty();

        session.send(EngineSession.MESSAGE + "one too many");

        assertThat(session.isClosed()).isTrue();
        assertThat(stalled.closedWith()).containsExactly(CloseReason.TRY_AGAIN_LATER.getCode());
    }
}

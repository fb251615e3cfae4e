package dev.callout.rest.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.domain.user.UserId;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SocketClientTest {

    /** A session whose network never takes a frame: every write stays pending. */
    private static final class StalledSession {

        final List<String> written = new CopyOnWriteArrayList<>();
        final List<CloseReason> closes = new CopyOnWriteArrayList<>();
        final WebSocketSession session = (WebSocketSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {WebSocketSession.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "isOpen" -> closes.isEmpty();
                    case "sendAsync" -> {
                        written.add((String) arguments[0]);
                        yield new CompletableFuture<>();
                    }
                    case "close" -> {
                        closes.add((CloseReason) arguments[0]);
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static SocketClient client(StalledSession stalled, SocketDialect dialect) {
        return new SocketClient(stalled.session, new UserId("usr_01J0000000000000000000000A"), "ses_1",
                Instant.now().plusSeconds(60), 20, dialect);
    }

    @Test
    void aClientThatLetsTheQueueFillIsDroppedWhateverItsDialect() {
        SocketDialect product = ending -> Map.of("type", "error");
        for (SocketDialect dialect : List.of(SocketDialect.CANONICAL, product)) {
            StalledSession stalled = new StalledSession();
            SocketClient client = client(stalled, dialect);
            for (int i = 0; i <= SocketClient.MAX_QUEUED; i++) {
                client.send("frame " + i);
            }
            assertThat(stalled.written).as("one frame in flight at a time").containsExactly("frame 0");
            assertThat(stalled.closes).isEmpty();

            client.send("one too many");
            assertThat(stalled.closes).singleElement().satisfies(reason -> {
                assertThat(reason.getCode()).isEqualTo(CloseReason.TRY_AGAIN_LATER.getCode());
                assertThat(reason.getReason()).isEqualTo("too slow");
            });
            client.send("after the drop");
            assertThat(stalled.written).containsExactly("frame 0");
        }
    }
}

package dev.callout.rest.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.contract.WebhookTransportContract;
import dev.callout.application.port.WebhookTransport;
import dev.callout.application.port.WebhookTransport.Outcome;
import dev.callout.application.webhook.WebhookAddresses;
import dev.callout.application.webhook.WebhookAddresses.HostNames;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The socket transport against real receivers on loopback: the contract, then TLS and misbehaving peers. */
class HttpWebhookTransportTest extends WebhookTransportContract {

    private static final WebhookAddresses OPEN = new WebhookAddresses(true, true);
    /** A first TLS handshake in a JVM can take a while on a busy machine. */
    private static final Duration TLS_TIMEOUT = Duration.ofSeconds(10);

    private final List<AutoCloseable> closing = new ArrayList<>();
    private LoopbackReceiver receiver;

    @AfterEach
    void closeEverything() throws Exception {
        for (AutoCloseable closeable : closing.reversed()) {
            closeable.close();
        }
    }

    private <T extends AutoCloseable> T closeLater(T closeable) {
        closing.add(closeable);
        return closeable;
    }

    @Override
    protected WebhookTransport transport(WebhookAddresses rules, HostNames names) {
        return closeLater(new HttpWebhookTransport(rules, names, (SSLSocketFactory) SSLSocketFactory.getDefault()));
    }

    @Override
    protected Receiver receiver() {
        if (receiver == null) {
            receiver = closeLater(LoopbackReceiver.plain());
        }
        return receiver;
    }

    private static HostNames everyNameIs(String... addresses) {
        return host -> {
            List<InetAddress> resolved = new ArrayList<>();
            for (String address : addresses) {
                resolved.add(InetAddress.getByName(address));
            }
            return resolved;
        };
    }

    private HttpWebhookTransport trustingTheReceiver() throws Exception {
        return closeLater(new HttpWebhookTransport(OPEN, everyNameIs("127.0.0.1"), LoopbackReceiver.trustingIt().getSocketFactory()));
    }

    @Test
    void tlsIsVerifiedForTheUrlsNameOverTheCheckedAddress() throws Exception {
        LoopbackReceiver tls = closeLater(LoopbackReceiver.tls());
        tls.answer(201, Map.of());

        Outcome outcome = trustingTheReceiver().post("https://receiver.test:" + tls.port() + "/in", "{}".getBytes(),
                Map.of("Callout-Event-Id", "evt_1"), TLS_TIMEOUT);

        assertThat(outcome).isEqualTo(new Outcome.Answered(201));
        assertThat(tls.received()).singleElement().satisfies(received -> {
            assertThat(received.headers()).containsEntry("host", "receiver.test:" + tls.port());
            assertThat(received.text()).isEqualTo("{}");
        });
    }

    @Test
    void aCertificateForAnotherNameOrFromNobodyTrustedFails() throws Exception {
        LoopbackReceiver tls = closeLater(LoopbackReceiver.tls());

        Outcome otherName = trustingTheReceiver().post("https://impostor.test:" + tls.port() + "/in", new byte[0], Map.of(),
                TLS_TIMEOUT);
        Outcome untrusted = transport(OPEN, everyNameIs("127.0.0.1")).post("https://receiver.test:" + tls.port() + "/in",
                new byte[0], Map.of(), TLS_TIMEOUT);

        assertThat(otherName).isInstanceOfSatisfying(Outcome.Failed.class,
                failed -> assertThat(failed.reason()).startsWith("TLS failed"));
        assertThat(untrusted).isInstanceOfSatisfying(Outcome.Failed.class,
                failed -> assertThat(failed.reason()).startsWith("TLS failed"));
        assertThat(tls.received()).isEmpty();
    }

    @Test
    void aNameIsTriedAtItsNextCheckedAddressWhenOneRefuses() {
        receiver().answer(200, Map.of());

        Outcome outcome = transport(OPEN, everyNameIs("127.0.0.2", "127.0.0.1")).post("http://receiver.test:"
                + receiver().port() + "/in", new byte[0], Map.of(), TIMEOUT);

        assertThat(outcome).isEqualTo(new Outcome.Answered(200));
    }

    @Test
    void nothingListeningIsAFailureToConnect() throws IOException {
        int port;
        try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = unused.getLocalPort();
        }

        assertThat(transport(OPEN, everyNameIs("127.0.0.1")).post("http://receiver.test:" + port + "/", new byte[0], Map.of(),
                TIMEOUT)).isEqualTo(new Outcome.Failed("could not connect"));
    }

    @Test
    void anAnswerThatIsNotHttpIsAFailure() throws IOException {
        int port = rawPeer(socket -> {
            socket.getOutputStream().write("SSH-2.0-OpenSSH_9.6\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        });

        assertThat(transport(OPEN, everyNameIs("127.0.0.1")).post("http://receiver.test:" + port + "/", new byte[0], Map.of(),
                TIMEOUT)).isEqualTo(new Outcome.Failed("the answer was not HTTP/1.1"));
    }

    @Test
    void informationalAnswersAreSkippedForTheFinalStatus() throws IOException {
        int port = rawPeer(socket -> {
            socket.getOutputStream().write("HTTP/1.1 100 Continue\r\nX-Note: wait\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        });

        assertThat(transport(OPEN, everyNameIs("127.0.0.1")).post("http://receiver.test:" + port + "/", new byte[0], Map.of(),
                TIMEOUT)).isEqualTo(new Outcome.Answered(204));
    }

    @Test
    void aPeerThatDripsItsAnswerIsCutOffAtTheDeadline() throws IOException {
        ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
        closing.add(drip::shutdownNow);
        int port = rawPeer(socket -> {
            OutputStream out = socket.getOutputStream();
            drip.scheduleAtFixedRate(() -> {
                try {
                    out.write('H');
                    out.flush();
                } catch (IOException closed) {
                    drip.shutdown();
                }
            }, 0, 50, TimeUnit.MILLISECONDS);
            drip.awaitTermination(1, TimeUnit.MINUTES);
        });

        assertThat(transport(OPEN, everyNameIs("127.0.0.1")).post("http://receiver.test:" + port + "/", new byte[0], Map.of(),
                TIMEOUT)).isEqualTo(new Outcome.Failed("timed out"));
    }

    private interface Peer {
        void serve(Socket socket) throws IOException, InterruptedException;
    }

    /** A TCP peer on loopback that reads the request head, then behaves as told, once. */
    private int rawPeer(Peer peer) throws IOException {
        ServerSocket server = closeLater(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
        Thread.ofPlatform().daemon().start(() -> {
            try (Socket socket = server.accept()) {
                socket.getInputStream().readNBytes(16);
                peer.serve(socket);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return server.getLocalPort();
    }
}

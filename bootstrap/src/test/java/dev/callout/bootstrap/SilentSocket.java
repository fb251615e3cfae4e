package dev.callout.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client that opens and then plays dead: it reads what the server sends but never
 * answers a ping (a JDK WebSocket always does), as a phone that lost its network would.
 */
final class SilentSocket implements AutoCloseable {

    private static final int CLOSE = 0x8;

    private final Socket socket;
    private final DataInputStream in;

    /** Opens {@code pathAndQuery} on the server at {@code baseUrl} with {@code headers} on the handshake. */
    SilentSocket(String baseUrl, String pathAndQuery, Map<String, String> headers) {
        URI base = URI.create(baseUrl);
        try {
            socket = new Socket(base.getHost(), base.getPort());
            byte[] nonce = new byte[16];
            ThreadLocalRandom.current().nextBytes(nonce);
            StringBuilder handshake = new StringBuilder("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getAuthority()
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                    + Base64.getEncoder().encodeToString(nonce) + "\r\n");
            headers.forEach((name, value) -> handshake.append(name).append(": ").append(value).append("\r\n"));
            socket.getOutputStream().write(handshake.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            in = new DataInputStream(socket.getInputStream());
            String status = headerBlock(in).lines().findFirst().orElse("");
            if (!status.contains(" 101 ")) {
                throw new IllegalStateException("the server refused the upgrade: " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads frames (pings included, unanswered) until the server's close frame; its close code, or -1
     * when the connection ended without one. Fails when neither comes within {@code within}.
     */
    int awaitClose(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        try {
            while (true) {
                socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                int first = in.read();
                if (first < 0) {
                    return -1;
                }
                int second = in.readUnsignedByte();
                long length = second & 0x7f;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                byte[] payload = in.readNBytes((int) length);
                if ((first & 0x0f) == CLOSE) {
                    return payload.length < 2 ? -1 : ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server did not close the silent socket within " + within);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String headerBlock(InputStream in) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            header.write(next);
        }
        return header.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.callout.rest.outbound;

import dev.callout.application.port.WebhookTransport;
import dev.callout.application.webhook.WebhookAddresses;
import dev.callout.application.webhook.WebhookAddresses.HostNames;
import dev.callout.application.webhook.WebhookAddresses.Resolution;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhook POSTs over plain JDK sockets, so the connection goes to the very address that was
 * checked: the host is resolved once, every address checked ({@link WebhookAddresses}), and the
 * socket opened to a checked address; TLS then runs over that socket with the URL's host name for
 * SNI and certificate verification. ({@code java.net.http.HttpClient} resolves names itself, with
 * no hook, and connecting it to the IP would break SNI, hostname verification and the Host header.)
 * HTTP/1.1 with {@code Connection: close}; only the status line is read (1xx lines skipped), so
 * redirects are never followed; a watchdog closes the socket at the deadline, whatever it is doing.
 */
public final class HttpWebhookTransport implements WebhookTransport, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("callout.webhooks");
    private static final int MAX_ANSWER_HEAD = 8 * 1024;
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] ([1-5][0-9]{2})(?: .*)?");

    private final WebhookAddresses rules;
    private final HostNames names;
    private final SSLSocketFactory tls;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("callout-webhook-watchdog").factory());

    /** Production passes {@link HostNames#SYSTEM} and the JDK's default {@link SSLSocketFactory}. */
    public HttpWebhookTransport(WebhookAddresses rules, HostNames names, SSLSocketFactory tls) {
        this.rules = rules;
        this.names = names;
        this.tls = tls;
    }

    @Override
    public Optional<String> refusal(String url) {
        return rules.refusal(url, names);
    }

    @Override
    public Outcome post(String url, byte[] body, Map<String, String> headers, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Resolution resolution = rules.resolve(url, names);
        if (resolution instanceof Resolution.Refused refused) {
            return new Outcome.Refused(refused.reason());
        }
        Resolution.Reachable target = (Resolution.Reachable) resolution;
        byte[] head = head(target, body.length, headers);
        IOException last = null;
        for (InetAddress address : target.addresses()) {
            try {
                return new Outcome.Answered(exchange(target, address, head, body, deadline));
            } catch (ConnectException | NoRouteToHostException unreachable) {
                last = unreachable; // try the name's next checked address
            } catch (IOException e) {
                return failure(url, e, deadline);
            }
        }
        return failure(url, last, deadline);
    }

    private int exchange(Resolution.Reachable target, InetAddress address, byte[] head, byte[] body, long deadline)
            throws IOException {
        Socket socket = new Socket();
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            expired.set(true); // before the close, so whatever the close breaks is seen as the deadline's doing
            close(socket);
        }, remaining(deadline), TimeUnit.MILLISECONDS);
        try {
            socket.connect(new InetSocketAddress(address, target.port()), remaining(deadline));
            Socket channel = "https".equalsIgnoreCase(target.url().getScheme()) ? tls(socket, target, deadline) : socket;
            OutputStream out = channel.getOutputStream();
            out.write(head);
            out.write(body);
            out.flush();
            return status(channel, deadline);
        } catch (IOException e) {
            if (expired.get()) {
                throw (SocketTimeoutException) new SocketTimeoutException("the watchdog closed the socket").initCause(e);
            }
            throw e;
        } finally {
            alarm.cancel(false);
            close(socket);
        }
    }

    private SSLSocket tls(Socket socket, Resolution.Reachable target, long deadline) throws IOException {
        SSLSocket ssl = (SSLSocket) tls.createSocket(socket, target.host(), target.port(), true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!target.literal()) {
            parameters.setServerNames(List.of(new SNIHostName(target.host())));
        }
        ssl.setSSLParameters(parameters);
        ssl.setSoTimeout(remaining(deadline));
        ssl.startHandshake();
        return ssl;
    }

    private static byte[] head(Resolution.Reachable target, int length, Map<String, String> headers) {
        URI url = target.url();
        String path = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        boolean defaultPort = url.getPort() == -1;
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(url.getHost()).append(defaultPort ? "" : ":" + url.getPort()).append("\r\n")
                .append("User-Agent: Callout-Webhooks/1\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Content-Length: ").append(length).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> {
            if ((name + value).chars().anyMatch(c -> c == '\r' || c == '\n')) {
                throw new IllegalArgumentException("a header may not contain a line break: " + name);
            }
            head.append(name).append(": ").append(value).append("\r\n");
        });
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The final status code: informational (1xx) answers and their headers are skipped. */
    private static int status(Socket channel, long deadline) throws IOException {
        InputStream in = channel.getInputStream();
        int budget = MAX_ANSWER_HEAD;
        while (true) {
            String line = line(channel, in, deadline, budget);
            budget -= line.length() + 2;
            Matcher status = STATUS_LINE.matcher(line);
            if (!status.matches()) {
                throw new NotHttp();
            }
            int code = Integer.parseInt(status.group(1));
            if (code >= 200) {
                return code;
            }
            for (String header = line(channel, in, deadline, budget); !header.isEmpty();
                 header = line(channel, in, deadline, budget)) {
                budget -= header.length() + 2;
            }
        }
    }

    private static String line(Socket channel, InputStream in, long deadline, int budget) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            channel.setSoTimeout(remaining(deadline));
            int next = in.read();
            if (next == -1) {
                throw new NotHttp();
            }
            if (next == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            if (line.size() >= budget) {
                throw new NotHttp();
            }
            line.write(next);
        }
    }

    /** At least a millisecond (0 would mean "no timeout"); past the deadline, a timeout at once. */
    private static int remaining(long deadline) throws SocketTimeoutException {
        long millis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (millis <= 0) {
            throw new SocketTimeoutException();
        }
        return (int) Math.min(millis, Integer.MAX_VALUE);
    }

    /** Plain words for an admin: never an exception's class or the JDK's wording. */
    private static Outcome failure(String url, IOException e, long deadline) {
        String reason;
        if (e instanceof SocketTimeoutException || System.nanoTime() - deadline >= 0) {
            reason = "timed out";
        } else if (e instanceof NotHttp) {
            reason = "the answer was not HTTP/1.1";
        } else if (e instanceof SSLException) {
            reason = "TLS failed (an untrusted certificate, or one not for this host)";
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            reason = "could not connect";
        } else {
            reason = "the connection failed";
        }
        LOG.debug("webhook POST to {} failed: {}", url, reason, e);
        return new Outcome.Failed(reason);
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing a webhook connection failed", e);
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }

    /** The receiver's bytes were not an HTTP/1.x status line (or ended before one). */
    private static final class NotHttp extends IOException {
        NotHttp() {
            super("not an HTTP/1.x answer", null);
        }
    }
}

package dev.callout.application.inmemory;

import dev.callout.application.port.WebhookTransport;
import dev.callout.application.webhook.WebhookAddresses;
import dev.callout.application.webhook.WebhookAddresses.HostNames;
import dev.callout.application.webhook.WebhookAddresses.Resolution;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A transport that sends nothing: it applies the address rules as the real one does (resolving
 * through the given names), records each request it lets through and answers with what the
 * responder says (200 unless told otherwise).
 */
public final class RecordingWebhookTransport implements WebhookTransport {

    /** What would have been sent, and to which checked address. */
    public record Request(String url, InetAddress address, byte[] body, Map<String, String> headers) {

        public Request {
            body = body.clone();
            headers = Map.copyOf(headers);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final WebhookAddresses addresses;
    private final HostNames names;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Outcome> responder = request -> new Outcome.Answered(200);

    public RecordingWebhookTransport(WebhookAddresses addresses, HostNames names) {
        this.addresses = addresses;
        this.names = names;
    }

    public void answer(Function<Request, Outcome> responder) {
        this.responder = responder;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public Optional<String> refusal(String url) {
        return addresses.refusal(url, names);
    }

    @Override
    public Outcome post(String url, byte[] body, Map<String, String> headers, Duration timeout) {
        return switch (addresses.resolve(url, names)) {
            case Resolution.Refused refused -> new Outcome.Refused(refused.reason());
            case Resolution.Reachable reachable -> {
                Request request = new Request(url, reachable.addresses().getFirst(), body, headers);
                requests.add(request);
                yield responder.apply(request);
            }
        };
    }
}

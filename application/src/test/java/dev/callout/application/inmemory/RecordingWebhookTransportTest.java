package dev.callout.application.inmemory;

import dev.callout.application.contract.WebhookTransportContract;
import dev.callout.application.port.WebhookTransport;
import dev.callout.application.port.WebhookTransport.Outcome;
import dev.callout.application.webhook.WebhookAddresses;
import dev.callout.application.webhook.WebhookAddresses.HostNames;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

class RecordingWebhookTransportTest extends WebhookTransportContract {

    private RecordingWebhookTransport transport;
    private Outcome answer = new Outcome.Answered(200);

    @Override
    protected WebhookTransport transport(WebhookAddresses rules, HostNames names) {
        transport = new RecordingWebhookTransport(rules, names);
        transport.answer(request -> answer);
        return transport;
    }

    @Override
    protected Receiver receiver() {
        return new Receiver() {
            @Override
            public InetAddress address() {
                return InetAddress.getLoopbackAddress();
            }

            @Override
            public int port() {
                return 8080;
            }

            @Override
            public void answer(int status, Map<String, String> headers) {
                answer = new Outcome.Answered(status);
            }

            @Override
            public void hang() {
                answer = new Outcome.Failed("timed out");
            }

            @Override
            public List<Received> received() {
                return transport == null ? List.of() : transport.requests().stream().map(request -> {
                    URI uri = URI.create(request.url());
                    return new Received(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
                            request.headers().entrySet().stream().collect(Collectors.toMap(
                                    header -> header.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue)),
                            request.body());
                }).toList();
            }
        };
    }
}

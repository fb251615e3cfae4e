package dev.callout.application.inmemory;

import dev.callout.application.payment.GatewayEvent;
import dev.callout.application.port.GatewayEvents;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Webhooks without a wire format: {@link #deliverable} files an event and returns the payload
 * that stands for it, valid with {@link #SIGNATURE}. Anything else is refused as a bad signature.
 */
public final class InMemoryGatewayEvents implements GatewayEvents {

    public static final String SIGNATURE = "in-memory-signature";

    private final Map<String, GatewayEvent> events = new ConcurrentHashMap<>();

    public String deliverable(GatewayEvent event) {
        String payload = "event:" + event.eventId();
        events.put(payload, event);
        return payload;
    }

    @Override
    public Verification verify(String payload, String signatureHeader) {
        GatewayEvent event = events.get(payload);
        if (!SIGNATURE.equals(signatureHeader) || event == null) {
            return new Verification.Refused("the signature does not match the payload");
        }
        return new Verification.Verified(event);
    }
}

package dev.callout.application.event;

import dev.callout.domain.event.DomainEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every codec of a deployment, chosen by event type. */
public final class EventCodecs {

    private final Map<String, EventCodec> byType = new HashMap<>();

    public EventCodecs(List<? extends EventCodec> codecs) {
        for (EventCodec codec : codecs) {
            for (String type : codec.types()) {
                if (byType.putIfAbsent(type, codec) != null) {
                    throw new IllegalArgumentException("two codecs for event type " + type);
                }
            }
        }
    }

    public Map<String, Object> encode(DomainEvent event) {
        return codec(event.type()).encode(event);
    }

    public DomainEvent decode(String type, Map<String, Object> fields) {
        return codec(type).decode(type, fields);
    }

    private EventCodec codec(String type) {
        EventCodec codec = byType.get(type);
        if (codec == null) {
            throw new IllegalArgumentException("no codec for event type " + type);
        }
        return codec;
    }
}

package dev.callout.application.event;

import dev.callout.domain.event.DomainEvent;
import java.util.Map;
import java.util.Set;

/**
 * Turns events of some types into plain fields and back, so an outbox can store them and a relay
 * on any node can hand the same typed event to handlers. Fields are JSON-ready: strings, numbers,
 * booleans, null, lists and maps; names are snake_case; money is minor units plus currency.
 */
public interface EventCodec {

    Set<String> types();

    Map<String, Object> encode(DomainEvent event);

    DomainEvent decode(String type, Map<String, Object> fields);
}

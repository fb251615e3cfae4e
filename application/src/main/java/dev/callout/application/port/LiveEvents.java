package dev.callout.application.port;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Events pushed to every application node as they happen, for the sockets connected there.
 * Every event recorded in the outbox arrives here once its transaction commits; {@link #publish}
 * adds frames that are not worth storing, like positions, on the same terms (after commit,
 * never for a rollback). A node that loses its connection to the others and regains it still
 * delivers every recorded event once; the frames sent with {@link #publish} meanwhile are lost.
 */
public interface LiveEvents {

    void publish(LiveEvent event);

    /** As many {@link #publish}es, in order; adapters may send them in one go. */
    default void publishAll(List<LiveEvent> events) {
        events.forEach(this::publish);
    }

    void listen(Consumer<LiveEvent> listener);

    /**
     * An event type ({@code provider.location}) and its JSON-ready fields; {@code id} is the outbox
     * id of a recorded event (they increase in the order events were recorded), {@link #NOT_STORED}
     * for what is published without being stored.
     */
    record LiveEvent(String type, Map<String, Object> fields, long id) {

        public static final long NOT_STORED = 0;

        public LiveEvent {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(fields, "fields");
        }

        public LiveEvent(String type, Map<String, Object> fields) {
            this(type, fields, NOT_STORED);
        }
    }
}

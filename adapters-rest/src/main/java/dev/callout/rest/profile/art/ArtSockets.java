package dev.callout.rest.profile.art;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.account.SessionsRevoked;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.application.presence.UpdateLocationUseCase;
import dev.callout.application.presence.UpdateLocationUseCase.LocationResult;
import dev.callout.application.presence.UpdateLocationUseCase.UpdateLocationCommand;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.realtime.FrameBudget;
import dev.callout.rest.realtime.RealtimeSettings;
import dev.callout.rest.realtime.SocketClients;
import dev.callout.rest.realtime.SocketEnding;
import dev.callout.rest.security.AccessTokenValidation;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * ART's Socket.IO server (protocol 5, the default namespace) over {@link EngineSessions}. A client
 * connects with {@code auth: {token}} (an access token, checked as a request's) and
 * {@code query: {userType}} ({@code customer} or {@code operator}, matching the account; absent, the
 * account decides); anything else is refused with a CONNECT_ERROR. The canonical live events become
 * ART's ({@link ArtEvents}). An operator may emit
 * {@code location:updated} {lat, lng}, as {@code PATCH /providers/me/location}; every event a client
 * emits is acted on as its account is now (live session, active account, unexpired token). A client lives
 * as the canonical socket does: it takes a place in its user's socket cap ({@link SocketClients#lease}:
 * refused past it with a CONNECT_ERROR), its events are limited to {@code max-frames-per-second}, and it
 * is disconnected (an {@code error} event naming the canonical reason, then Socket.IO's DISCONNECT) at
 * its token's expiry (a timer), when its session ends, or past its frame budget. When the node stops its
 * Engine.IO session closes with 1001, so it reconnects, and it gives back its place ({@link EngineSessions#goAway}).
 */
@Singleton
@Requires(property = "callout.profile", value = "art")
class ArtSockets {

    private static final String CONNECT = "0";
    private static final String DISCONNECT = "1";
    private static final String EVENT = "2";
    private static final String ACK = "3";
    private static final String CONNECT_ERROR = "4";

    /** One connected Socket.IO client: whom it speaks for, what it may still send, and its end at its token's expiry. */
    private record Client(String id, EngineSession session, UserId userId, String sessionId, Instant expiresAt,
                          FrameBudget budget, AtomicReference<ScheduledFuture<?>> expiry) {
    }

    private final Map<String, Client> bySession = new ConcurrentHashMap<>();
    private final Map<String, Set<Client>> byUser = new ConcurrentHashMap<>();
    private final AccessTokenValidation tokens;
    private final CurrentActor currentActor;
    private final UpdateLocationUseCase location;
    private final ArtEvents events;
    private final SocketClients places;
    private final RealtimeSettings settings;
    private final TaskScheduler scheduler;
    private final JsonMapper json;
    private final Clock clock;

    ArtSockets(LiveEvents live, AccessTokenValidation tokens, CurrentActor currentActor, UpdateLocationUseCase location,
               ArtEvents events, SocketClients places, RealtimeSettings settings,
               @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler, JsonMapper json, Clock clock) {
        this.tokens = tokens;
        this.currentActor = currentActor;
        this.location = location;
        this.events = events;
        this.places = places;
        this.settings = settings;
        this.scheduler = scheduler;
        this.json = json;
        this.clock = clock;
        live.listen(this::deliver);
    }

    /** A Socket.IO packet from the client (an Engine.IO message). */
    void received(EngineSession session, String packet) {
        String type = packet.isEmpty() ? "" : packet.substring(0, 1);
        String rest = packet.substring(type.length());
        if (rest.startsWith("/")) {
            int comma = rest.indexOf(',');
            String namespace = comma < 0 ? rest : rest.substring(0, comma);
            if (!namespace.equals("/")) {
                session.send(EngineSession.MESSAGE + CONNECT_ERROR + namespace + "," + write(Map.of("message", "Invalid namespace")));
                return;
            }
            rest = comma < 0 ? "" : rest.substring(comma + 1);
        }
        switch (type) {
            case CONNECT -> connect(session, rest);
            case DISCONNECT -> closed(session);
            case EVENT -> event(session, rest);
            case ACK -> {
                // the server asks for no acknowledgements
            }
            default -> error(bySession.get(session.id()), null, "UNSUPPORTED_PACKET", "only text events are understood");
        }
    }

    /** The Engine.IO session ended: its client, if connected, gets nothing more and gives back its place. */
    void closed(EngineSession session) {
        Client client = bySession.remove(session.id());
        if (client != null) {
            byUser.computeIfPresent(client.userId().value(), (id, clients) -> {
                clients.remove(client);
                return clients.isEmpty() ? null : clients;
            });
            Optional.ofNullable(client.expiry().get()).ifPresent(expiry -> expiry.cancel(false));
            places.release(client.id());
        }
    }

    private void connect(EngineSession session, String payload) {
        if (session.isClosed() || bySession.containsKey(session.id())) {
            return;
        }
        Optional<Authentication> authentication = readMap(payload).map(auth -> auth.get("token"))
                .filter(String.class::isInstance).map(String.class::cast).flatMap(tokens::authenticate);
        if (authentication.isEmpty()) {
            refuse(session, "a valid access token is required in auth.token");
            return;
        }
        User user;
        try {
            user = currentActor.user(authentication.get());
        } catch (ApiError e) {
            refuse(session, "a valid access token is required in auth.token");
            return;
        }
        String userType = session.query().get("userType");
        if (userType != null && !userType.equals(userType(user.role()))) {
            refuse(session, "userType must be " + userType(user.role()) + " for this account");
            return;
        }
        Client client = new Client(UUID.randomUUID().toString(), session, user.id(),
                currentActor.sessionId(authentication.get()), currentActor.expiresAt(authentication.get()),
                new FrameBudget(settings.getMaxFramesPerSecond()), new AtomicReference<>());
        if (!places.lease(client.id(), user.id())) {
            session.send(EngineSession.MESSAGE + CONNECT_ERROR + write(Map.of("message", SocketEnding.TOO_MANY_SOCKETS.message(),
                    "data", Map.of("code", SocketEnding.TOO_MANY_SOCKETS.name()))));
            return;
        }
        bySession.put(session.id(), client);
        byUser.computeIfAbsent(user.id().value(), id -> ConcurrentHashMap.newKeySet()).add(client);
        client.expiry().set(scheduler.schedule(Duration.between(clock.instant(), client.expiresAt()),
                () -> session.then(() -> endIfConnected(client, SocketEnding.TOKEN_EXPIRED))));
        session.send(EngineSession.MESSAGE + CONNECT + write(Map.of("sid", client.id())));
    }

    private static String userType(Role role) {
        return switch (role) {
            case CUSTOMER -> "customer";
            case PROVIDER -> "operator";
            case ADMIN -> "admin";
        };
    }

    private void refuse(EngineSession session, String message) {
        session.send(EngineSession.MESSAGE + CONNECT_ERROR + write(Map.of("message", message)));
    }

    /** {@code [ackId]["name", data]}: only {@code location:updated} is understood. */
    private void event(EngineSession session, String payload) {
        Client client = bySession.get(session.id());
        if (client == null) {
            return;
        }
        int digits = 0;
        while (digits < payload.length() && digits < 10 && Character.isDigit(payload.charAt(digits))) {
            digits++;
        }
        String ack = payload.substring(0, digits);
        List<Object> event = readList(payload.substring(digits)).orElse(List.of());
        if (!client.budget().take()) {
            end(client, SocketEnding.TOO_MANY_FRAMES);
            return;
        }
        if (!clock.instant().isBefore(client.expiresAt())) {
            end(client, SocketEnding.TOKEN_EXPIRED);
            return;
        }
        Optional<User> user = currentActor.live(client.userId(), client.sessionId());
        if (user.isEmpty()) {
            end(client, SocketEnding.SESSION_ENDED);
            return;
        }
        if (event.isEmpty() || !"location:updated".equals(event.getFirst())) {
            error(client, ack, "UNKNOWN_EVENT", "clients emit location:updated {lat, lng} only");
            return;
        }
        Map<?, ?> data = event.size() > 1 && event.get(1) instanceof Map<?, ?> map ? map : Map.of();
        try {
            UpdateLocationCommand command = UpdateLocationCommand.of(user.get().asActor(), number(data.get("lat")),
                    number(data.get("lng")));
            if (location.update(command) instanceof LocationResult.Updated updated) {
                acknowledge(client, ack, Map.of("updated_at", updated.at().toString()));
            } else {
                error(client, ack, "FORBIDDEN", "only operators report a position");
            }
        } catch (InvalidCommandException e) {
            error(client, ack, "VALIDATION_ERROR", "lat and lng are numbers within range: " + e.fields().keySet());
        }
    }

    private static Double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : null;
    }

    /** The refusal as the acknowledgement when one was asked for, else as an {@code error} event. */
    private void error(Client client, String ack, String code, String message) {
        if (client == null) {
            return;
        }
        Map<String, Object> error = Map.of("error", Map.of("code", code, "message", message));
        if (ack != null && !ack.isEmpty()) {
            acknowledge(client, ack, error);
        } else {
            emit(client, "error", error);
        }
    }

    private void acknowledge(Client client, String ack, Map<String, Object> data) {
        if (!ack.isEmpty()) {
            client.session().send(EngineSession.MESSAGE + ACK + ack + write(List.of(data)));
        }
    }

    private void emit(Client client, String event, Object data) {
        client.session().send(EngineSession.MESSAGE + EVENT + write(List.of(event, data)));
    }

    private void deliver(LiveEvent event) {
        if (SessionsRevoked.TYPE.equals(event.type())) {
            revoke(SessionsRevoked.of(event.fields()));
        } else {
            events.of(event).forEach(emit -> emitTo(emit.userId(), emit.event(), emit.data()));
        }
    }

    private void emitTo(String userId, String event, Object data) {
        if (userId == null) {
            return;
        }
        for (Client client : byUser.getOrDefault(userId, Set.of())) {
            emit(client, event, data);
        }
    }

    private void revoke(SessionsRevoked revoked) {
        for (Client client : byUser.getOrDefault(revoked.userId().value(), Set.of())) {
            if (revoked.covers(client.sessionId())) {
                client.session().then(() -> endIfConnected(client, SocketEnding.SESSION_ENDED));
            }
        }
    }

    /** Whether a Socket.IO client connected on the session. */
    boolean isConnected(EngineSession session) {
        return bySession.containsKey(session.id());
    }

    /** Ends the client unless it already left (its session's lane runs this after whatever the client sent first). */
    private void endIfConnected(Client client, SocketEnding ending) {
        if (bySession.get(client.session().id()) == client) {
            end(client, ending);
        }
    }

    /** An {@code error} event naming the canonical reason, then the DISCONNECT: the client gets nothing more. */
    private void end(Client client, SocketEnding ending) {
        error(client, null, ending.name(), ending.message());
        closed(client.session());
        client.session().send(EngineSession.MESSAGE + DISCONNECT);
    }

    private Optional<Map<String, Object>> readMap(String text) {
        try {
            return text.isBlank() ? Optional.empty()
                    : Optional.ofNullable(json.readValue(text, Argument.mapOf(String.class, Object.class)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<List<Object>> readList(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.ofNullable(json.readValue(text, Argument.listOf(Object.class)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.callout.rest.profile.depannini;

import dev.callout.application.account.GetUserUseCase;
import dev.callout.application.chat.MessageReceived;
import dev.callout.application.event.Fields;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.domain.dispatch.DispatchEvent;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.json.JsonMapper;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sockets of Depannini's two channels on this node, and the core's live events (from every node)
 * in Depannini's words: an offer to an assistant is {@code new_assistance_request} on their channel;
 * acceptance and status changes are {@code status}, positions {@code location} and messages
 * {@code chat} on the request's channel. Events are translated off the listening thread, one at a
 * time in their order; one that fails is logged and the next goes on.
 */
@Singleton
@Requires(property = "callout.profile", value = "depannini")
class DepanniniChannels {

    /** A client's position on a request's channel: relayed to its parties, never stored (the core tracks assistants only). */
    static final String CLIENT_LOCATION = "depannini.client_location";
    private static final String MEMBER = "depannini.member";
    private static final Logger LOG = LoggerFactory.getLogger(DepanniniChannels.class);

    /** One socket: whose it is, the session its token belongs to and when that token expires. */
    record Member(WebSocketSession socket, UserId userId, String sessionId, Instant expiresAt) {
    }

    private final Map<String, Set<Member>> assistants = new ConcurrentHashMap<>();
    private final Map<String, Set<Member>> assistances = new ConcurrentHashMap<>();
    private final ExecutorService translator = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("depannini-events").factory());
    private final DepanniniIds ids;
    private final DepanniniViews views;
    private final GetJobUseCase jobs;
    private final GetUserUseCase users;
    private final LiveEvents live;
    private final JsonMapper json;
    private final CurrentActor currentActor;
    private final Clock clock;

    DepanniniChannels(DepanniniIds ids, DepanniniViews views, GetJobUseCase jobs, GetUserUseCase users, LiveEvents live,
                      JsonMapper json, CurrentActor currentActor, Clock clock) {
        this.ids = ids;
        this.views = views;
        this.jobs = jobs;
        this.users = users;
        this.live = live;
        this.json = json;
        this.currentActor = currentActor;
        this.clock = clock;
        live.listen(event -> translator.execute(() -> deliver(event)));
    }

    /** Who opened the socket: the handshake passed the security filter with {@code ?token=}; empty if the account cannot act. */
    Optional<Member> caller(WebSocketSession socket, HttpRequest<?> handshake) {
        return handshake.getUserPrincipal(Authentication.class).flatMap(authentication -> {
            try {
                User user = currentActor.user(authentication);
                return Optional.of(new Member(socket, user.id(), currentActor.sessionId(authentication),
                        currentActor.expiresAt(authentication)));
            } catch (ApiError refused) {
                return Optional.empty();
            }
        });
    }

    /** The member's account as it is now, while their session is live and their token unexpired. */
    Optional<User> live(Member member) {
        return clock.instant().isBefore(member.expiresAt()) ? currentActor.live(member.userId(), member.sessionId()) : Optional.empty();
    }

    Optional<Member> member(WebSocketSession socket) {
        return socket.get(MEMBER, Member.class);
    }

    void joinAssistant(Member member) {
        join(assistants, member.userId().value(), member);
    }

    void joinAssistance(JobId job, Member member) {
        join(assistances, job.value(), member);
    }

    /** The socket closed: it leaves its channel, and a channel nobody is on is forgotten. */
    void leave(WebSocketSession socket) {
        leave(assistants, socket);
        leave(assistances, socket);
    }

    /** Joins and leaves of one channel are atomic, so a join never lands in a channel being forgotten. */
    private static void join(Map<String, Set<Member>> channels, String channel, Member member) {
        member.socket().put(MEMBER, member);
        channels.compute(channel, (key, members) -> {
            Set<Member> joined = members == null ? ConcurrentHashMap.newKeySet() : members;
            joined.add(member);
            return joined;
        });
    }

    private static void leave(Map<String, Set<Member>> channels, WebSocketSession socket) {
        channels.keySet().forEach(channel -> channels.computeIfPresent(channel, (key, members) -> {
            members.removeIf(member -> member.socket().equals(socket));
            return members.isEmpty() ? null : members;
        }));
    }

    /** A client's position, to the request's parties on every node. */
    void clientLocation(JobId job, UserId client, double lat, double lng) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("job_id", job.value());
        fields.put("user_id", client.value());
        fields.put("lat", lat);
        fields.put("lng", lng);
        live.publish(new LiveEvent(CLIENT_LOCATION, fields));
    }

    String frame(Map<String, Object> frame) {
        try {
            return json.writeValueAsString(frame);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deliver(LiveEvent event) {
        try {
            String jobId = Fields.string(event.fields(), "job_id");
            switch (event.type()) {
                case DispatchEvent.OFFERED -> offered(new JobId(jobId), new UserId(Fields.string(event.fields(), "provider_id")));
                case JobEvent.ACCEPTED -> status(jobId, JobStatus.ACCEPTED, event.fields());
                case JobEvent.STATUS_CHANGED -> status(jobId, JobStatus.fromWireName(Fields.string(event.fields(), "to"))
                        .orElseThrow(), event.fields());
                case JobEvent.PROVIDER_WITHDREW -> status(jobId, JobStatus.REQUESTED, event.fields());
                case "provider.location" -> location(jobId, event.fields(), "provider_id");
                case CLIENT_LOCATION -> location(jobId, event.fields(), "user_id");
                case MessageReceived.TYPE -> chat(jobId, event.fields());
                default -> {
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("a {} event could not reach Depannini's channels", event.type(), e);
        }
    }

    private void offered(JobId jobId, UserId providerId) {
        Set<Member> members = assistants.getOrDefault(providerId.value(), Set.of());
        if (members.isEmpty()) {
            return;
        }
        Optional<Job> job = users.byId(providerId).map(User::asActor).flatMap(provider -> jobs.get(provider, jobId));
        if (job.isEmpty()) {
            return;
        }
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "new_assistance_request");
        frame.put("assistance_id", ids.of(jobId));
        frame.put("pickup_location", DepanniniViews.point(job.get().details().location()));
        frame.put("client", views.named(job.get().customerId()));
        send(members, frame(frame));
    }

    private void status(String jobId, JobStatus status, Map<String, Object> fields) {
        Set<Member> members = assistances.getOrDefault(jobId, Set.of());
        if (members.isEmpty()) {
            return;
        }
        String provider = status == JobStatus.REQUESTED ? null : Fields.string(fields, "provider_id");
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "status");
        frame.put("status", status == JobStatus.REQUESTED ? "requested" : DepanniniViews.status(status));
        frame.put("assistant", provider == null ? null : views.named(new UserId(provider)));
        frame.put("client", views.named(new UserId(Fields.string(fields, "customer_id"))));
        send(members, frame(frame));
    }

    private void location(String jobId, Map<String, Object> fields, String whose) {
        Set<Member> members = assistances.getOrDefault(jobId, Set.of());
        if (members.isEmpty()) {
            return;
        }
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "location");
        frame.put("lat", fields.get("lat"));
        frame.put("lng", fields.get("lng"));
        frame.put("user_id", ids.of(new UserId(Fields.string(fields, whose))));
        send(members, frame(frame));
    }

    private void chat(String jobId, Map<String, Object> fields) {
        Set<Member> members = assistances.getOrDefault(jobId, Set.of());
        if (members.isEmpty() || !(fields.get("message") instanceof Map<?, ?> message)) {
            return;
        }
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "chat");
        frame.put("message", message.get("content"));
        frame.put("sender", users.byId(new UserId(String.valueOf(message.get("sender_id")))).map(User::name).orElse(null));
        send(members, frame(frame));
    }

    /** To each open socket whose token is still good; one whose token expired is closed instead. */
    private void send(Set<Member> members, String frame) {
        Instant now = clock.instant();
        for (Member member : members) {
            if (!now.isBefore(member.expiresAt())) {
                member.socket().close(new CloseReason(CloseReason.POLICY_VIOLATION.getCode(), "token expired"));
                members.remove(member);
            } else if (member.socket().isOpen()) {
                member.socket().sendAsync(frame);
            }
        }
    }

    @PreDestroy
    void stop() {
        translator.shutdownNow();
    }
}

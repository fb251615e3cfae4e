package dev.callout.rest.profile.depannini;

import dev.callout.application.account.GetUserUseCase;
import dev.callout.application.chat.MessageReceived;
import dev.callout.application.event.Fields;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.application.presence.UpdateLocationService;
import dev.callout.domain.dispatch.DispatchEvent;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.realtime.SocketClient;
import dev.callout.rest.realtime.SocketClients;
import dev.callout.rest.realtime.SocketDialect;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.json.JsonMapper;
import io.micronaut.websocket.WebSocketSession;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sockets of Depannini's two channels on this node, and the core's live events (from every node)
 * in Depannini's words: an offer to an assistant is {@code new_assistance_request} on their channel;
 * acceptance and status changes are {@code status}, positions {@code location} and messages
 * {@code chat} on the request's channel. Events are translated off the listening thread, one at a
 * time in their order; one that fails is logged and the next goes on. Each socket lives as the canonical
 * one does ({@link SocketClients}: pings, the per-user cap, the frame budget, the queue limit, the end at
 * its token's expiry or its session's), and is told it ends in Depannini's error frame.
 */
@Singleton
@Requires(property = "callout.profile", value = "depannini")
class DepanniniChannels {

    /** A client's position on a request's channel: relayed to its parties, never stored (the core tracks assistants only). */
    static final String CLIENT_LOCATION = "depannini.client_location";
    private static final String MEMBER = "depannini.member";
    private static final Logger LOG = LoggerFactory.getLogger(DepanniniChannels.class);

    /**
     * Depannini's refusal frame, {@code {"type": "error", "detail"}}, with the core's reason as {@code code}, then the
     * canonical close codes (the document names neither).
     */
    private static final SocketDialect DIALECT = ending -> Map.of("type", "error", "detail", ending.message(),
            "code", ending.name());

    /** One socket (whose it is, its session and its token's expiry) and its account as the handshake found it. */
    record Member(WebSocketSession socket, SocketClient client, User user) {
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
    private final SocketClients clients;

    DepanniniChannels(DepanniniIds ids, DepanniniViews views, GetJobUseCase jobs, GetUserUseCase users, LiveEvents live,
                      JsonMapper json, CurrentActor currentActor, SocketClients clients) {
        this.ids = ids;
        this.views = views;
        this.jobs = jobs;
        this.users = users;
        this.live = live;
        this.json = json;
        this.currentActor = currentActor;
        this.clients = clients;
        live.listen(this::translate);
    }

    /** Who opened the socket: the handshake passed the security filter with {@code ?token=}; empty if the account cannot act. */
    Optional<Member> caller(WebSocketSession socket, HttpRequest<?> handshake) {
        return handshake.getUserPrincipal(Authentication.class).flatMap(authentication -> {
            try {
                User user = currentActor.user(authentication);
                return Optional.of(new Member(socket, clients.client(socket, user, authentication, DIALECT), user));
            } catch (ApiError refused) {
                return Optional.empty();
            }
        });
    }

    /** A frame came from the member: their account as it is now; empty when the socket was ended instead. */
    Optional<User> admit(Member member) {
        return clients.admit(member.client());
    }

    Optional<Member> member(WebSocketSession socket) {
        return socket.get(MEMBER, Member.class);
    }

    /** The assistant's socket joins their channel, then is admitted or ended ({@link #join}). */
    void joinAssistant(Member member) {
        join(assistants, member.user().id().value(), member);
    }

    void joinAssistance(JobId job, Member member) {
        join(assistances, job.value(), member);
    }

    /** The socket closed: it leaves its channel (a channel nobody is on is forgotten) and gives up its place. */
    void leave(Member member) {
        leave(assistants, member);
        leave(assistances, member);
        clients.remove(member.client());
    }

    /**
     * The member joins the channel first, so nothing told from then on passes it by, then is admitted as {@link
     * SocketClients#open} decides; refused (its socket is being ended), it leaves again. Joins and leaves of one
     * channel are atomic, so a join never lands in a channel being forgotten.
     */
    private void join(Map<String, Set<Member>> channels, String channel, Member member) {
        member.socket().put(MEMBER, member);
        channels.compute(channel, (key, members) -> {
            Set<Member> joined = members == null ? ConcurrentHashMap.newKeySet() : members;
            joined.add(member);
            return joined;
        });
        if (!clients.open(member.client())) {
            leave(channels, member);
        }
    }

    private static void leave(Map<String, Set<Member>> channels, Member member) {
        channels.keySet().forEach(channel -> channels.computeIfPresent(channel, (key, members) -> {
            members.remove(member);
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

    private void translate(LiveEvent event) {
        try {
            translator.execute(() -> deliver(event));
        } catch (RejectedExecutionException stopping) {
            // the node is stopping: its sockets are gone
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
                case UpdateLocationService.LOCATION -> location(jobId, event.fields(), "provider_id");
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

    /** Through each socket's queue; {@link SocketClients} ends a socket whose token expired or session ended. */
    private static void send(Set<Member> members, String frame) {
        members.forEach(member -> member.client().send(frame));
    }

    /** Lets the events already handed over be translated (they read the database, which is still up), a few seconds at most. */
    @PreDestroy
    void stop() throws InterruptedException {
        translator.shutdown();
        if (!translator.awaitTermination(5, TimeUnit.SECONDS)) {
            translator.shutdownNow();
        }
    }
}

package dev.callout.rest.profile.bluework;

import dev.callout.application.admin.ProviderMapUseCase;
import dev.callout.application.chat.MessageReceived;
import dev.callout.application.dispute.DisputeUpdated;
import dev.callout.application.event.Fields;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.presence.UpdateLocationService;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.domain.dispatch.DispatchEvent;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.payment.PaymentEvent;
import dev.callout.domain.payment.PaymentStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import dev.callout.rest.realtime.SocketClient;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * BlueWork's sockets on this node, by user, and its events made from the core's live events (from every node):
 * a dispatch offer is {@code job.created} to that worker; an acceptance is {@code job.accepted} to the customer
 * with the worker's position, and with every other move {@code job.status_changed} to both parties; a worker's
 * position on an active job is {@code worker.location_updated} to its customer; chat messages, completed
 * payments ({@code payment.confirmed}) and dispute changes go to both parties, and to the sockets of anyone else
 * who followed the job ({@code job.subscribe}: an admin, a worker it is open to) while they may still see it. Each
 * frame goes through the socket's {@link SocketClient} queue, and {@code SocketClients} ends the sockets of a
 * revoked session.
 */
@Singleton
@Requires(property = "callout.profile", value = "bluework")
class BlueWorkSockets {

    /** A socket that follows a job it is no party to, and whom it speaks for as they subscribed. */
    private record Follower(SocketClient client, Actor actor) {
    }

    private final Map<String, Set<SocketClient>> byUser = new ConcurrentHashMap<>();
    private final Map<String, Set<Follower>> followers = new ConcurrentHashMap<>();
    private final JsonMapper json;
    private final GetJobUseCase jobs;
    private final ProviderMapUseCase positions;

    BlueWorkSockets(LiveEvents live, JsonMapper json, GetJobUseCase jobs, ProviderMapUseCase positions) {
        this.json = json;
        this.jobs = jobs;
        this.positions = positions;
        live.listen(this::deliver);
    }

    void add(SocketClient client) {
        byUser.computeIfAbsent(client.userId().value(), id -> ConcurrentHashMap.newKeySet()).add(client);
    }

    void remove(SocketClient client) {
        byUser.computeIfPresent(client.userId().value(), (id, clients) -> {
            clients.remove(client);
            return clients.isEmpty() ? null : clients;
        });
        followers.keySet().forEach(job -> unfollow(job, follower -> follower.client().equals(client)));
    }

    /** The socket subscribed to a job its actor may see: a non-party gets the parties' events of it from now on. */
    void follow(SocketClient client, Actor actor, Job job) {
        if (!job.isParty(actor)) {
            followers.computeIfAbsent(job.id().value(), id -> ConcurrentHashMap.newKeySet()).add(new Follower(client, actor));
        }
    }

    private void unfollow(String job, Predicate<Follower> leaving) {
        followers.computeIfPresent(job, (id, following) -> {
            following.removeIf(leaving);
            return following.isEmpty() ? null : following;
        });
    }

    void send(SocketClient client, String event, Map<String, Object> data) {
        client.send(frame(event, data));
    }

    private void deliver(LiveEvent event) {
        Map<String, Object> fields = event.fields();
        switch (event.type()) {
            case DispatchEvent.OFFERED -> toUsers(List.of(Fields.string(fields, "provider_id")), "job.created",
                    data("job_id", fields.get("job_id"), "category", fields.get("category"), "location", fields.get("location"),
                            "urgency", fields.get("urgency")));
            case JobEvent.ACCEPTED -> {
                toUsers(List.of(Fields.string(fields, "customer_id")), "job.accepted",
                        data("job_id", fields.get("job_id"), "worker", worker(fields)));
                statusChanged(fields, JobStatus.ACCEPTED);
            }
            case JobEvent.STATUS_CHANGED -> JobStatus.fromWireName(Fields.string(fields, "to"))
                    .ifPresent(status -> statusChanged(fields, status));
            case JobEvent.PROVIDER_WITHDREW -> statusChanged(fields, JobStatus.REQUESTED);
            case UpdateLocationService.LOCATION -> toUsers(List.of(Fields.string(fields, "customer_id")), "worker.location_updated",
                    data("job_id", fields.get("job_id"), "lat", fields.get("lat"), "lng", fields.get("lng")));
            case MessageReceived.TYPE -> toParties(fields, "message.received", data("job_id", fields.get("job_id"),
                    "message", messageOf(fields.get("message"))));
            case PaymentEvent.UPDATED -> {
                if (PaymentStatus.COMPLETED.wireName().equals(fields.get("status"))) {
                    toParties(fields, "payment.confirmed", data("job_id", fields.get("job_id"),
                            "payment_id", fields.get("payment_id"), "status", "completed"));
                }
            }
            case DisputeUpdated.TYPE -> toParties(fields, "dispute.updated",
                    data("dispute_id", fields.get("dispute_id"), "status", fields.get("status")));
            default -> {
            }
        }
    }

    private void statusChanged(Map<String, Object> fields, JobStatus status) {
        toParties(fields, "job.status_changed", data("job_id", fields.get("job_id"), "status", BlueWorkWords.status(status),
                "timestamp", fields.get("occurred_at")));
    }

    /** The worker who took the job, where they are now (null lat/lng when they report no position). */
    private Map<String, Object> worker(Map<String, Object> fields) {
        Actor customer = new Actor(new UserId(Fields.required(fields, "customer_id")), Role.CUSTOMER, Set.of());
        var onMap = jobs.get(customer, new JobId(Fields.required(fields, "job_id"))).flatMap(positions::assigned);
        Map<String, Object> worker = new LinkedHashMap<>();
        worker.put("id", fields.get("provider_id"));
        worker.put("name", onMap.map(found -> found.provider().name()).orElse(null));
        worker.put("lat", onMap.map(found -> found.position()).map(position -> position.point().lat()).orElse(null));
        worker.put("lng", onMap.map(found -> found.position()).map(position -> position.point().lng()).orElse(null));
        return worker;
    }

    private static Map<String, Object> messageOf(Object message) {
        if (!(message instanceof Map<?, ?> fields)) {
            return Map.of();
        }
        return data("id", fields.get("id"), "sender_id", fields.get("sender_id"), "content", fields.get("content"),
                "sent_at", fields.get("sent_at"));
    }

    private void toParties(Map<String, Object> fields, String event, Map<String, Object> data) {
        toUsers(java.util.Arrays.asList(Fields.string(fields, "customer_id"), Fields.string(fields, "provider_id")), event, data);
        toFollowers(Fields.string(fields, "job_id"), event, data);
    }

    /** To the job's followers who may still see it (one who no longer may, a worker after another took it, stops following). */
    private void toFollowers(String jobId, String event, Map<String, Object> data) {
        Set<Follower> following = jobId == null ? null : followers.get(jobId);
        if (following == null) {
            return;
        }
        JobId job = new JobId(jobId);
        unfollow(jobId, follower -> jobs.get(follower.actor(), job).isEmpty());
        String frame = frame(event, data);
        following.forEach(follower -> follower.client().send(frame));
    }

    private void toUsers(List<String> users, String event, Map<String, Object> data) {
        String frame = null;
        for (String user : users) {
            for (SocketClient client : user == null ? Set.<SocketClient>of() : byUser.getOrDefault(user, Set.of())) {
                frame = frame == null ? frame(event, data) : frame;
                client.send(frame);
            }
        }
    }

    private String frame(String event, Map<String, Object> data) {
        try {
            return json.writeValueAsString(data("event", event, "data", data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ordered map that keeps nulls, from name, value pairs. */
    private static Map<String, Object> data(Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }
}

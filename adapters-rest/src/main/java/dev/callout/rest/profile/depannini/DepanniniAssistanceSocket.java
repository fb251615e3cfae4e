package dev.callout.rest.profile.depannini;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.chat.ChatUseCase;
import dev.callout.application.chat.ChatUseCase.SendMessageCommand;
import dev.callout.application.chat.ChatUseCase.SendResult;
import dev.callout.application.job.ChangeJobStatusUseCase;
import dev.callout.application.job.ChangeJobStatusUseCase.ChangeJobStatusCommand;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.job.JobResult;
import dev.callout.application.presence.UpdateLocationUseCase;
import dev.callout.application.presence.UpdateLocationUseCase.UpdateLocationCommand;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.realtime.FrameValues;
import dev.callout.rest.realtime.SocketLane;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketPongMessage;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * {@code /ws/assistance/<assistance_id>/?token=<access token>}: one request's channel, open to its
 * client and its assistant only. It sends {@code status}, {@code location} and {@code chat}; its
 * parties send {@code location} {lat, lng} (an assistant's is their tracked position), {@code chat}
 * {message} and {@code status} {status} (as PATCH /api/assistance/update/). Each frame is acted on
 * as the account is now; a refusal is answered {@code {"type": "error", "detail": ...}}. Its open, frames
 * and close run in order, on the blocking pool ({@link SocketLane}); it lives as {@link DepanniniChannels} says.
 */
@ServerWebSocket("/ws/assistance/{assistanceId}/")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Requires(property = "callout.profile", value = "depannini")
public class DepanniniAssistanceSocket {

    private static final String JOB = "depannini.job";

    private final DepanniniChannels channels;
    private final DepanniniIds ids;
    private final GetJobUseCase jobs;
    private final UpdateLocationUseCase location;
    private final ChatUseCase chat;
    private final ChangeJobStatusUseCase change;
    private final JsonMapper json;
    private final Executor blocking;

    DepanniniAssistanceSocket(DepanniniChannels channels, DepanniniIds ids, GetJobUseCase jobs, UpdateLocationUseCase location,
                              ChatUseCase chat, ChangeJobStatusUseCase change, JsonMapper json,
                              @Named(TaskExecutors.BLOCKING) Executor blocking) {
        this.channels = channels;
        this.ids = ids;
        this.jobs = jobs;
        this.location = location;
        this.chat = chat;
        this.change = change;
        this.json = json;
        this.blocking = blocking;
    }

    /**
     * Called on the connection's event loop, in order: each hands its work to the socket's lane. Every socket has this
     * hand-off of its own, since its handlers' path variables and what they look up on the session are its own.
     */
    @OnOpen
    public void open(String assistanceId, WebSocketSession session, HttpRequest<?> request) {
        SocketLane.open(session, blocking, () -> opened(assistanceId, session, request));
    }

    @OnMessage
    public void message(String text, WebSocketSession session) {
        SocketLane.then(session, () -> read(text, session));
    }

    @OnMessage
    public void pong(WebSocketPongMessage pong, WebSocketSession session) {
        SocketLane.then(session, () -> channels.member(session).ifPresent(member -> member.client().heard()));
    }

    @OnClose
    public void close(WebSocketSession session) {
        SocketLane.then(session, () -> channels.member(session).ifPresent(channels::leave));
    }

    private void opened(String assistanceId, WebSocketSession session, HttpRequest<?> request) {
        Optional<JobId> job = ids.job(assistanceId);
        Optional<DepanniniChannels.Member> member = channels.caller(session, request).filter(caller -> job.isPresent()
                && jobs.get(caller.user().asActor(), job.get()).filter(found -> found.isParty(caller.user().asActor())).isPresent());
        if (member.isEmpty()) {
            session.close(CloseReason.POLICY_VIOLATION);
            return;
        }
        session.put(JOB, job.get().value());
        channels.joinAssistance(job.get(), member.get());
    }

    private void read(String text, WebSocketSession session) {
        Optional<DepanniniChannels.Member> member = channels.member(session);
        Optional<User> user = member.flatMap(channels::admit);
        if (user.isEmpty()) {
            return;
        }
        JobId job = new JobId(session.get(JOB, String.class).orElseThrow());
        Map<String, Object> frame = FrameValues.object(json, text).orElse(null);
        if (frame == null) {
            error(session, "frames are JSON objects with a type: location, chat or status");
            return;
        }
        Actor actor = user.get().asActor();
        try {
            switch (frame.get("type") instanceof String type ? type : "") {
                case "location" -> location(session, actor, job, frame);
                case "chat" -> chat(session, actor, job, frame);
                case "status" -> status(session, actor, job, frame);
                default -> error(session, "the type is location, chat or status");
            }
        } catch (InvalidCommandException e) {
            error(session, "invalid fields: " + e.fields().keySet());
        } catch (ApiError e) {
            error(session, e.getMessage());
        }
    }

    private void location(WebSocketSession session, Actor actor, JobId job, Map<String, Object> frame) {
        Double lat = frame.get("lat") instanceof Number number ? number.doubleValue() : null;
        Double lng = frame.get("lng") instanceof Number number ? number.doubleValue() : null;
        if (actor.is(Role.PROVIDER)) {
            location.update(UpdateLocationCommand.of(actor, lat, lng));
        } else if (lat != null && lng != null && GeoPoint.isValid(lat, lng)) {
            channels.clientLocation(job, actor.id(), lat, lng);
        } else {
            error(session, "lat and lng are numbers, between -90 and 90 and -180 and 180");
        }
    }

    private void chat(WebSocketSession session, Actor actor, JobId job, Map<String, Object> frame) {
        if (!(frame.get("message") instanceof String message)) {
            error(session, "message is a string");
            return;
        }
        if (chat.send(new SendMessageCommand(actor, job, message, null)) instanceof SendResult.Refused refused) {
            error(session, "the message was not sent: " + refused.reason().name().toLowerCase(Locale.ROOT));
        }
    }

    private void status(WebSocketSession session, Actor actor, JobId job, Map<String, Object> frame) {
        String status = frame.get("status") instanceof String value ? value : null;
        JobResult result = change.change(new ChangeJobStatusCommand(actor, job, DepanniniAssistanceController.target(status), null));
        if (!(result instanceof JobResult.Ok)) {
            error(session, switch (result) {
                case JobResult.Refused refused -> refused.reason().message();
                default -> "the status was not changed";
            });
        }
    }

    private void error(WebSocketSession session, String detail) {
        channels.member(session).ifPresent(member -> member.client().send(channels.frame(Map.of("type", "error", "detail", detail))));
    }
}

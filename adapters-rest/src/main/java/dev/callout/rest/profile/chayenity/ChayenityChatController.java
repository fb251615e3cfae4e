package dev.callout.rest.profile.chayenity;

import dev.callout.application.Page;
import dev.callout.application.account.GetUserUseCase;
import dev.callout.application.chat.ChatUseCase;
import dev.callout.application.chat.ChatUseCase.ChatRefusal;
import dev.callout.application.chat.ChatUseCase.SendMessageCommand;
import dev.callout.application.chat.ChatUseCase.SendResult;
import dev.callout.application.chat.ChatUseCase.ThreadResult;
import dev.callout.application.chat.Conversation;
import dev.callout.application.chat.ListConversationsUseCase;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.domain.chat.Message;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chayenity's chat at /api/chat: a room is a gig's thread between its seeker and its helper (its id
 * is the gig's), from when a helper took the gig.
 */
@Hidden
@Requires(property = "callout.profile", value = "chayenity")
@Controller(Wire.BASE + "/chat/rooms")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChayenityChatController {

    private static final int DEFAULT_MESSAGES = 50;

    private final CurrentActor currentActor;
    private final ChatUseCase chat;
    private final ListConversationsUseCase conversations;
    private final GetJobUseCase jobs;
    private final GetUserUseCase users;

    public ChayenityChatController(CurrentActor currentActor, ChatUseCase chat, ListConversationsUseCase conversations,
                                   GetJobUseCase jobs, GetUserUseCase users) {
        this.currentActor = currentActor;
        this.chat = chat;
        this.conversations = conversations;
        this.jobs = jobs;
        this.users = users;
    }

    @Serdeable
    record Participant(String id, String fullName, String profileImageUrl) {
    }

    @Serdeable
    record Room(String id, String gigId, String gigTitle, List<Participant> participants, String lastMessage,
                String lastMessageAt, int unreadCount, String createdAt, boolean isActive) {
    }

    @Serdeable
    record Rooms(List<Room> rooms, long totalCount) {
    }

    @Serdeable
    record MessageBody(String id, String content, String senderId, String senderName, String imageUrl, String createdAt,
                       boolean isRead) {
    }

    @Serdeable
    record RoomInfo(String id, String gigTitle) {
    }

    @Serdeable
    record Messages(List<MessageBody> messages, long totalCount, RoomInfo roomInfo) {
    }

    @Serdeable
    record Send(@Nullable String content, @Nullable String imageUrl) {
    }

    @Serdeable
    record Read(String message, int updatedCount) {
    }

    @Get("{?skip,limit}")
    public Rooms rooms(Authentication authentication, @Nullable @QueryValue Integer skip, @Nullable @QueryValue Integer limit) {
        Actor actor = currentActor.of(authentication);
        Wire.Slice<Conversation> slice = Wire.slice(skip, limit, 20, page -> conversations.list(actor, page));
        return new Rooms(slice.items().stream().map(room -> room(actor, room)).toList(), slice.totalCount());
    }

    /** The latest messages (skip counts back from the newest), oldest first as a chat shows them. */
    @Get("/{roomId}/messages{?skip,limit}")
    public Messages messages(Authentication authentication, @PathVariable String roomId, @Nullable @QueryValue Integer skip,
                             @Nullable @QueryValue Integer limit) {
        Actor actor = currentActor.of(authentication);
        JobId gig = ChayenityGigController.gigId(roomId);
        Job job = jobs.get(actor, gig).filter(found -> found.isParty(actor)).orElseThrow(ChayenityChatController::notFound);
        Wire.Slice<Message> slice = Wire.slice(skip, limit, DEFAULT_MESSAGES, page -> switch (chat.thread(actor, gig, page)) {
            case ThreadResult.Found found -> found.messages();
            case ThreadResult.NotFound none -> throw notFound();
        });
        Map<UserId, String> names = new HashMap<>();
        List<MessageBody> messages = slice.items().reversed().stream().map(message -> body(message, names)).toList();
        return new Messages(messages, slice.totalCount(), new RoomInfo(roomId, title(job)));
    }

    @Post("/{roomId}/messages")
    public HttpResponse<MessageBody> send(Authentication authentication, @PathVariable String roomId, @Body Send body) {
        Actor actor = currentActor.of(authentication);
        String image = body.imageUrl() == null ? null : Wire.fileIdOfUrl(body.imageUrl())
                .orElseThrow(() -> ApiError.validation(Map.of("image_url", "must be the URL of one of your uploads")));
        return switch (chat.send(new SendMessageCommand(actor, ChayenityGigController.gigId(roomId), body.content(), image))) {
            case SendResult.Sent sent -> HttpResponse.created(body(sent.message(), new HashMap<>()));
            case SendResult.Refused refused -> throw refusal(refused.reason());
        };
    }

    @Put("/{roomId}/read")
    public Read read(Authentication authentication, @PathVariable String roomId) {
        int marked = chat.markRead(currentActor.of(authentication), ChayenityGigController.gigId(roomId))
                .orElseThrow(ChayenityChatController::notFound);
        return new Read("Messages marked as read", marked);
    }

    private Room room(Actor actor, Conversation room) {
        String id = Uuids.of(room.jobId().value());
        String createdAt = jobs.get(actor, room.jobId()).map(Job::acceptedAt).map(Wire::time).orElse(null);
        List<Participant> participants = room.participants().stream()
                .map(party -> new Participant(Uuids.of(party.id().value()), party.name(), Wire.fileUrl(party.profileImageFileId())))
                .toList();
        return new Room(id, id, room.title(), participants, room.lastMessage(), Wire.time(room.lastMessageAt()),
                room.unreadCount(), createdAt, room.isActive());
    }

    private MessageBody body(Message message, Map<UserId, String> names) {
        String sender = names.computeIfAbsent(message.senderId(), id -> users.byId(id).map(User::name).orElse(null));
        return new MessageBody(Uuids.of(message.id()), message.content(), Uuids.of(message.senderId().value()), sender,
                Wire.fileUrl(message.imageFileId()), Wire.time(message.sentAt()), message.readAt() != null);
    }

    private static String title(Job job) {
        return Optional.ofNullable(job.details().title()).orElse(job.details().description());
    }

    private static ApiError refusal(ChatRefusal reason) {
        return switch (reason) {
            case NONE, JOB_NOT_FOUND -> notFound();
            case JOB_CLOSED -> new ApiError(HttpStatus.BAD_REQUEST, "ROOM_CLOSED", "The gig is over: its chat is read-only");
            case JOB_NOT_ASSIGNED -> new ApiError(HttpStatus.BAD_REQUEST, "ROOM_NOT_OPEN", "No helper has taken the gig yet");
            case IMAGE_NOT_FOUND -> ApiError.validation(Map.of("image_url", "must be one of your own uploads"));
        };
    }

    private static ApiError notFound() {
        return ApiError.notFound("RESOURCE_NOT_FOUND", "Chat room not found");
    }
}

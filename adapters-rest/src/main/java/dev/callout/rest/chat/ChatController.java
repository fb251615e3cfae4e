package dev.callout.rest.chat;

import dev.callout.application.PageRequest;
import dev.callout.application.chat.ChatUseCase.ChatRefusal;
import dev.callout.application.chat.ChatUseCase.SendMessageCommand;
import dev.callout.application.chat.ChatUseCase.SendResult;
import dev.callout.application.chat.ChatUseCase.ThreadResult;
import dev.callout.application.chat.ChatUseCase;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.JobId;
import dev.callout.rest.CanonicalApi;
import dev.callout.rest.body.Pages;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@CanonicalApi
@Controller("/api/v1/jobs/{id}/messages")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Chat")
public class ChatController {

    private final CurrentActor currentActor;
    private final ChatUseCase chat;

    public ChatController(CurrentActor currentActor, ChatUseCase chat) {
        this.currentActor = currentActor;
        this.chat = chat;
    }

    @Get("{?page,limit}")
    @Operation(summary = "The job's messages, newest first, with your unread count (parties only)")
    public HttpResponse<ThreadBody> thread(Authentication authentication, @PathVariable String id, @Nullable @QueryValue Integer page,
                             @Nullable @QueryValue Integer limit) {
        PageRequest request = new PageRequest(page == null ? 1 : page, limit == null ? 50 : limit);
        return switch (chat.thread(currentActor.of(authentication), jobId(id), request)) {
            case ThreadResult.Found found -> HttpResponse.ok(Pages.of(found.messages(), MessageBody::of,
                    (messages, meta) -> new ThreadBody(messages, meta, found.unread())));
            case ThreadResult.NotFound notFound -> jobNotFound().answer();
        };
    }

    @Post
    @Operation(summary = "Send a message (text up to 2,000 characters, optionally image_file_id of your own upload); 422 JOB_CLOSED once the job is over")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = MessageBody.class)))
    public HttpResponse<MessageBody> send(Authentication authentication, @PathVariable String id, @Body @Valid SendMessageBody body) {
        SendResult result = chat.send(new SendMessageCommand(currentActor.of(authentication), jobId(id), body.content(),
                body.imageFileId()));
        return switch (result) {
            case SendResult.Sent sent -> HttpResponse.created(MessageBody.of(sent.message()));
            case SendResult.Refused refused -> error(refused.reason()).answer();
        };
    }

    @Post("/read")
    @Operation(summary = "Mark the other party's messages read")
    public MessagesReadBody read(Authentication authentication, @PathVariable String id) {
        int marked = chat.markRead(currentActor.of(authentication), jobId(id)).orElseThrow(ChatController::jobNotFound);
        return new MessagesReadBody(marked, 0);
    }

    /** A chat refusal as an HTTP error; the socket sends the same code in an error frame. */
    public static ApiError error(ChatRefusal refusal) {
        return switch (refusal) {
            case JOB_NOT_FOUND, NONE -> jobNotFound();
            case JOB_CLOSED -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "JOB_CLOSED",
                    "the job is over: its chat is read-only");
            case JOB_NOT_ASSIGNED -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "JOB_NOT_ASSIGNED",
                    "no provider has taken the job yet");
            case IMAGE_NOT_FOUND -> ApiError.validation(java.util.Map.of("image_file_id",
                    "must be one of your own uploads (a profile image or a file of this job)"));
        };
    }

    private static JobId jobId(String id) {
        if (!Prefixed.matches(id, JobId.PREFIX)) {
            throw jobNotFound();
        }
        return new JobId(id);
    }

    private static ApiError jobNotFound() {
        return ApiError.notFound("JOB_NOT_FOUND", "job not found");
    }
}

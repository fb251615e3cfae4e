package dev.callout.rest.admin;

import dev.callout.application.PageRequest;
import dev.callout.application.admin.ListDeadLettersUseCase;
import dev.callout.application.admin.RetryDeadLetterUseCase.RetryResult;
import dev.callout.application.admin.RetryDeadLetterUseCase;
import dev.callout.application.port.DeadLetter;
import dev.callout.domain.id.Prefixed;
import dev.callout.rest.body.Pages;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;

/** Background work given up on after its last attempt (dispatch timers, event deliveries), and putting it back. Admins only. */
@Controller("/api/v1/admin/dead-letters")
@Secured("admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin")
public class DeadLetterController {

    private final CurrentActor currentActor;
    private final ListDeadLettersUseCase list;
    private final RetryDeadLetterUseCase retry;

    public DeadLetterController(CurrentActor currentActor, ListDeadLettersUseCase list, RetryDeadLetterUseCase retry) {
        this.currentActor = currentActor;
        this.list = list;
        this.retry = retry;
    }

    @Get("{?kind,page,limit}")
    @Operation(summary = "Background work given up on after its last attempt, newest first",
            description = "kind: timer or event (default both). 400 VALIDATION_ERROR for another kind.")
    public DeadLetterPageBody deadLetters(Authentication authentication, @Nullable @QueryValue String kind,
                                                @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer limit) {
        DeadLetter.Kind wanted = kind == null ? null : DeadLetter.Kind.fromWireName(kind)
                .orElseThrow(() -> ApiError.validation(Map.of("kind", "must be timer or event")));
        PageRequest request = new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
        return list.list(currentActor.of(authentication), wanted, request)
                .map(found -> Pages.of(found, DeadLetterBody::of, DeadLetterPageBody::new))
                .orElseThrow(DeadLetterController::forbidden);
    }

    @Post("/{id}/retry")
    @Operation(summary = "Put parked work back: due now, with a fresh count of attempts (kept in the audit log)",
            description = "202 with the dead letter that was put back; 404 DEAD_LETTER_NOT_FOUND (also when already retried)")
    @ApiResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = DeadLetterBody.class)))
    public HttpResponse<DeadLetterBody> retryDeadLetter(Authentication authentication, @PathVariable String id) {
        if (!Prefixed.matches(id, DeadLetter.PREFIX)) {
            throw notFound();
        }
        return switch (retry.retry(currentActor.of(authentication), id)) {
            case RetryResult.Retried retried -> HttpResponse.<DeadLetterBody>status(HttpStatus.ACCEPTED)
                    .body(DeadLetterBody.of(retried.deadLetter()));
            case RetryResult.NotFound missing -> notFound().answer();
            case RetryResult.Forbidden forbidden -> forbidden().answer();
        };
    }

    private static ApiError notFound() {
        return ApiError.notFound("DEAD_LETTER_NOT_FOUND", "no such dead letter");
    }

    private static ApiError forbidden() {
        return new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "your role may not do this");
    }
}

package dev.callout.rest.review;

import dev.callout.application.PageRequest;
import dev.callout.application.review.ReadReviewsUseCase;
import dev.callout.application.review.ReviewResult;
import dev.callout.application.review.WriteReviewUseCase.EditReviewCommand;
import dev.callout.application.review.WriteReviewUseCase.WriteReviewCommand;
import dev.callout.application.review.WriteReviewUseCase;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.JobId;
import dev.callout.domain.review.Review;
import dev.callout.domain.review.ReviewId;
import dev.callout.domain.review.ReviewPolicy.Refusal;
import dev.callout.domain.user.UserId;
import dev.callout.rest.body.Pages;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
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
import java.util.function.Function;

@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reviews")
public class ReviewController {

    private final CurrentActor currentActor;
    private final WriteReviewUseCase write;
    private final ReadReviewsUseCase read;

    public ReviewController(CurrentActor currentActor, WriteReviewUseCase write, ReadReviewsUseCase read) {
        this.currentActor = currentActor;
        this.write = write;
        this.read = read;
    }

    @Post("/reviews")
    @Operation(summary = "Review the other party of a completed job (once, within the review window)",
            description = "Double-blind: the review stays hidden from everyone but its author until the other party has "
                    + "reviewed too or the window (7 days after completion) has closed.")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ReviewBody.class)))
    public HttpResponse<?> write(Authentication authentication, @Body @Valid ReviewRequestBody body) {
        if (!Prefixed.matches(body.jobId(), JobId.PREFIX)) {
            throw ApiError.notFound("JOB_NOT_FOUND", "job not found");
        }
        return answer(write.write(new WriteReviewCommand(currentActor.of(authentication), new JobId(body.jobId()),
                body.rating(), body.comment())), review -> HttpResponse.created(ReviewBody.of(review)));
    }

    @Get("/users/{id}/reviews{?page,limit}")
    @Operation(summary = "A user's revealed reviews with count, average and distribution of ratings")
    public UserReviewsBody about(Authentication authentication, @PathVariable String id, @Nullable @QueryValue Integer page,
                             @Nullable @QueryValue Integer limit) {
        currentActor.of(authentication);
        if (!Prefixed.matches(id, UserId.PREFIX)) {
            throw ApiError.notFound("USER_NOT_FOUND", "user not found");
        }
        return UserReviewsBody.of(id, read.about(new UserId(id), page(page, limit)));
    }

    @Get("/reviews/mine{?page,limit}")
    @Operation(summary = "The reviews you wrote, newest first")
    public ReviewPageBody mine(Authentication authentication, @Nullable @QueryValue Integer page,
                                     @Nullable @QueryValue Integer limit) {
        return Pages.of(read.mine(currentActor.of(authentication), page(page, limit)), ReviewBody::of, ReviewPageBody::new);
    }

    @Get("/reviews/{id}")
    @Operation(summary = "One review: its author, or anyone once it is revealed; otherwise 404")
    public ReviewBody get(Authentication authentication, @PathVariable String id) {
        return read.byId(currentActor.of(authentication), reviewId(id)).map(ReviewBody::of).orElseThrow(ReviewController::notFound);
    }

    @Patch("/reviews/{id}")
    @Operation(summary = "Change your review (while the window is open and the other party has not reviewed yet)")
    @ApiResponse(responseCode = "200", description = "the changed review",
            content = @Content(schema = @Schema(implementation = ReviewBody.class)))
    public HttpResponse<?> edit(Authentication authentication, @PathVariable String id, @Body @Valid ReviewChangeBody body) {
        return answer(write.edit(new EditReviewCommand(currentActor.of(authentication), reviewId(id), body.rating(),
                body.comment())), review -> HttpResponse.ok(ReviewBody.of(review)));
    }

    @Delete("/reviews/{id}")
    @Operation(summary = "Delete your review (until the other party has reviewed too)")
    @ApiResponse(responseCode = "204")
    public HttpResponse<?> delete(Authentication authentication, @PathVariable String id) {
        return answer(write.delete(currentActor.of(authentication), reviewId(id)), review -> HttpResponse.noContent());
    }

    /** The route's answer for the review it wrote, changed or deleted, or the envelope with the refusal's status. */
    private static HttpResponse<?> answer(ReviewResult result, Function<Review, HttpResponse<?>> done) {
        return switch (result) {
            case ReviewResult.Ok ok -> done.apply(ok.review());
            case ReviewResult.NotFound notFound -> notFound().response();
            case ReviewResult.Revealed revealed -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "REVIEW_LOCKED",
                    "both parties have reviewed, so both reviews are public and can no longer change").response();
            case ReviewResult.Refused refused -> refusal(refused.reason()).response();
        };
    }

    private static ApiError refusal(Refusal reason) {
        return switch (reason) {
            case NOT_A_PARTY -> ApiError.notFound("JOB_NOT_FOUND", "job not found");
            case NOT_THE_AUTHOR -> notFound();
            case JOB_NOT_COMPLETED -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "JOB_NOT_COMPLETED",
                    "reviews come after the job is completed");
            case REVIEW_WINDOW_CLOSED -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "REVIEW_WINDOW_CLOSED",
                    "the review window for this job has closed");
            case ALREADY_REVIEWED -> new ApiError(HttpStatus.CONFLICT, "REVIEW_ALREADY_EXISTS",
                    "you already reviewed this job");
        };
    }

    private static ReviewId reviewId(String id) {
        if (!Prefixed.matches(id, ReviewId.PREFIX)) {
            throw notFound();
        }
        return new ReviewId(id);
    }

    private static PageRequest page(Integer page, Integer limit) {
        return new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
    }

    private static ApiError notFound() {
        return ApiError.notFound("REVIEW_NOT_FOUND", "review not found");
    }
}

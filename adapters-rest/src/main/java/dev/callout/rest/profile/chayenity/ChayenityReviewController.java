package dev.callout.rest.profile.chayenity;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.account.GetUserUseCase;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.review.ReadReviewsUseCase;
import dev.callout.application.review.ReviewResult;
import dev.callout.application.review.WriteReviewUseCase;
import dev.callout.application.review.WriteReviewUseCase.EditReviewCommand;
import dev.callout.application.review.WriteReviewUseCase.WriteReviewCommand;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.review.RatingSummary;
import dev.callout.domain.review.Review;
import dev.callout.domain.review.ReviewId;
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
import io.micronaut.http.annotation.Delete;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chayenity's reviews at /api/reviews: a gig's party rates the other once it is completed. The
 * profile runs the core's review rule with reviews visible at once (callout.trust.reviews-double-blind
 * false), as the document shows them.
 */
@Hidden
@Requires(property = "callout.profile", value = "chayenity")
@Controller(Wire.BASE + "/reviews")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChayenityReviewController {

    private final CurrentActor currentActor;
    private final WriteReviewUseCase write;
    private final ReadReviewsUseCase read;
    private final GetJobUseCase jobs;
    private final GetUserUseCase users;

    public ChayenityReviewController(CurrentActor currentActor, WriteReviewUseCase write, ReadReviewsUseCase read,
                                     GetJobUseCase jobs, GetUserUseCase users) {
        this.currentActor = currentActor;
        this.write = write;
        this.read = read;
        this.jobs = jobs;
        this.users = users;
    }

    @Serdeable
    record Create(@Nullable String gigId, @Nullable String revieweeId, @Nullable Integer rating, @Nullable String comment) {
    }

    @Serdeable
    record Change(@Nullable Integer rating, @Nullable String comment) {
    }

    @Serdeable
    record Full(String id, String gigId, String reviewerId, String revieweeId, int rating, String comment,
                String createdAt, String updatedAt, String reviewerName, String revieweeName, String gigTitle) {
    }

    @Serdeable
    record Listed(String id, int rating, String comment, String createdAt, String reviewerName, String gigTitle) {
    }

    @Serdeable
    record Reviews(List<Listed> reviews, long totalCount, BigDecimal averageRating, Map<String, Long> ratingDistribution) {
    }

    @Post
    public HttpResponse<Full> create(Authentication authentication, @Body Create body) {
        Actor actor = currentActor.of(authentication);
        if (body.gigId() == null || body.comment() == null || body.comment().isBlank()) {
            throw ApiError.validation(Map.of(body.gigId() == null ? "gig_id" : "comment", "is required"));
        }
        JobId gig = ChayenityGigController.gigId(body.gigId());
        Job job = jobs.get(actor, gig).filter(found -> found.isParty(actor)).orElseThrow(ChayenityReviewController::gigNotFound);
        UserId other = actor.id().equals(job.customerId()) ? job.providerId() : job.customerId();
        if (other == null || !Uuids.toId(body.revieweeId(), UserId.PREFIX).map(UserId::new).filter(other::equals).isPresent()) {
            throw ApiError.validation(Map.of("reviewee_id", "must be the other party of the gig"));
        }
        Review review = review(write.write(new WriteReviewCommand(actor, gig, body.rating(), body.comment())));
        return HttpResponse.created(full(actor, review));
    }

    @Get("/user/{userId}{?skip,limit}")
    public Reviews about(@PathVariable String userId, Authentication authentication, @Nullable @QueryValue Integer skip,
                         @Nullable @QueryValue Integer limit) {
        Actor actor = currentActor.of(authentication);
        UserId subject = Uuids.toId(userId, UserId.PREFIX).map(UserId::new).orElseThrow(ChayenityReviewController::userNotFound);
        users.byId(subject).orElseThrow(ChayenityReviewController::userNotFound);
        Wire.Slice<Review> slice = Wire.slice(skip, limit, 20, page -> read.about(subject, page).reviews());
        return reviews(actor, slice, read.about(subject, new PageRequest(1, 1)).summary());
    }

    /** What the caller wrote, with the average and distribution of the ratings they gave. */
    @Get("/my-reviews{?skip,limit}")
    public Reviews mine(Authentication authentication, @Nullable @QueryValue Integer skip, @Nullable @QueryValue Integer limit) {
        Actor actor = currentActor.of(authentication);
        Wire.Slice<Review> slice = Wire.slice(skip, limit, 20, page -> read.mine(actor, page));
        return reviews(actor, slice, RatingSummary.of(allMine(actor).stream().map(Review::rating).toList()));
    }

    @Put("/{reviewId}")
    public Full update(Authentication authentication, @PathVariable String reviewId, @Body Change body) {
        Actor actor = currentActor.of(authentication);
        ReviewId id = reviewId(reviewId);
        return full(actor, authored(actor, id, write.edit(new EditReviewCommand(actor, id, body.rating(), body.comment()))));
    }

    @Delete("/{reviewId}")
    public HttpResponse<Void> delete(Authentication authentication, @PathVariable String reviewId) {
        Actor actor = currentActor.of(authentication);
        ReviewId id = reviewId(reviewId);
        authored(actor, id, write.delete(actor, id));
        return HttpResponse.noContent();
    }

    /** The review a change came to; another's review that the caller can read is 403, as the document says. */
    private Review authored(Actor actor, ReviewId id, ReviewResult result) {
        if (result instanceof ReviewResult.NotFound && read.byId(actor, id).isPresent()) {
            throw new ApiError(HttpStatus.FORBIDDEN, "INSUFFICIENT_PERMISSIONS", "Only the review's author may change it");
        }
        return review(result);
    }

    private Reviews reviews(Actor actor, Wire.Slice<Review> slice, RatingSummary summary) {
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (int stars = Review.MAX_RATING; stars >= Review.MIN_RATING; stars--) {
            distribution.put(String.valueOf(stars), summary.distribution().getOrDefault(stars, 0L));
        }
        List<Listed> listed = slice.items().stream().map(review -> new Listed(Uuids.of(review.id().value()), review.rating(),
                review.comment(), Wire.time(review.createdAt()), name(review.authorId()), gigTitle(actor, review))).toList();
        return new Reviews(listed, slice.totalCount(), summary.average(), distribution);
    }

    private List<Review> allMine(Actor actor) {
        List<Review> all = new ArrayList<>();
        Page<Review> page;
        int number = 1;
        do {
            page = read.mine(actor, new PageRequest(number++, PageRequest.MAX_LIMIT));
            all.addAll(page.items());
        } while (all.size() < page.total() && !page.items().isEmpty());
        return all;
    }

    private Full full(Actor actor, Review review) {
        return new Full(Uuids.of(review.id().value()), Uuids.of(review.jobId().value()), Uuids.of(review.authorId().value()),
                Uuids.of(review.subjectId().value()), review.rating(), review.comment(), Wire.time(review.createdAt()),
                Wire.time(review.updatedAt()), name(review.authorId()), name(review.subjectId()), gigTitle(actor, review));
    }

    private String name(UserId id) {
        return users.byId(id).map(User::name).orElse(null);
    }

    /** The gig's title where the caller may see the gig (its parties); null elsewhere. */
    private String gigTitle(Actor actor, Review review) {
        return jobs.get(actor, review.jobId()).map(job -> Optional.ofNullable(job.details().title())
                .orElse(job.details().description())).orElse(null);
    }

    private static Review review(ReviewResult result) {
        return switch (result) {
            case ReviewResult.Ok ok -> ok.review();
            case ReviewResult.NotFound notFound -> throw ApiError.notFound("RESOURCE_NOT_FOUND", "Review not found");
            case ReviewResult.Revealed revealed ->
                    throw new ApiError(HttpStatus.BAD_REQUEST, "REVIEW_LOCKED", "Both parties reviewed: the review is fixed");
            case ReviewResult.Refused refused -> throw switch (refused.reason()) {
                case NOT_A_PARTY -> gigNotFound();
                case JOB_NOT_COMPLETED -> new ApiError(HttpStatus.BAD_REQUEST, "GIG_NOT_COMPLETED",
                        "A gig can be reviewed once it is completed");
                case REVIEW_WINDOW_CLOSED -> new ApiError(HttpStatus.BAD_REQUEST, "REVIEW_WINDOW_CLOSED",
                        "The time to review this gig is over");
                case ALREADY_REVIEWED -> new ApiError(HttpStatus.CONFLICT, "REVIEW_ALREADY_EXISTS",
                        "You already reviewed this gig");
                case NOT_THE_AUTHOR -> new ApiError(HttpStatus.FORBIDDEN, "INSUFFICIENT_PERMISSIONS",
                        "Only the review's author may change it");
            };
        };
    }

    private static ReviewId reviewId(String uuid) {
        return Uuids.toId(uuid, ReviewId.PREFIX).map(ReviewId::new)
                .orElseThrow(() -> ApiError.notFound("RESOURCE_NOT_FOUND", "Review not found"));
    }

    private static ApiError gigNotFound() {
        return ApiError.notFound("RESOURCE_NOT_FOUND", "Gig not found");
    }

    private static ApiError userNotFound() {
        return ApiError.notFound("RESOURCE_NOT_FOUND", "User not found");
    }
}

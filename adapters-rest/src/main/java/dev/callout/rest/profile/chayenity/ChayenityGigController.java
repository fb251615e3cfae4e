package dev.callout.rest.profile.chayenity;

import dev.callout.application.job.AcceptJobUseCase;
import dev.callout.application.job.AcceptJobUseCase.AcceptJobCommand;
import dev.callout.application.job.ChangeJobStatusUseCase;
import dev.callout.application.job.ChangeJobStatusUseCase.ChangeJobStatusCommand;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.job.JobRequest;
import dev.callout.application.job.JobResult;
import dev.callout.application.job.ListJobsUseCase;
import dev.callout.application.job.ListJobsUseCase.ListJobsQuery;
import dev.callout.application.job.MoneyInput;
import dev.callout.application.job.PostJobUseCase;
import dev.callout.application.job.PostJobUseCase.PostJobCommand;
import dev.callout.application.port.NearbyJobs.Budget;
import dev.callout.application.presence.FindNearbyJobsUseCase;
import dev.callout.application.presence.FindNearbyJobsUseCase.NearbyJob;
import dev.callout.application.presence.FindNearbyJobsUseCase.NearbyJobsQuery;
import dev.callout.application.presence.FindNearbyJobsUseCase.NearbyJobsResult;
import dev.callout.domain.dispatch.NearbySearch;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.job.Rejection;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
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
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chayenity's gigs at /api/gigs: jobs posted without a category (the deployment's default one) at
 * the seeker's budget, searched around a point, accepted by a helper and moved along by its parties.
 */
@Hidden
@Requires(property = "callout.profile", value = "chayenity")
@Controller(Wire.BASE + "/gigs")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChayenityGigController {

    private static final double DEFAULT_SEARCH_RADIUS_KM = 10.0;

    private final CurrentActor currentActor;
    private final PostJobUseCase post;
    private final GetJobUseCase get;
    private final ListJobsUseCase list;
    private final AcceptJobUseCase accept;
    private final ChangeJobStatusUseCase changeStatus;
    private final FindNearbyJobsUseCase nearby;

    public ChayenityGigController(CurrentActor currentActor, PostJobUseCase post, GetJobUseCase get, ListJobsUseCase list,
                                  AcceptJobUseCase accept, ChangeJobStatusUseCase changeStatus,
                                  FindNearbyJobsUseCase nearby) {
        this.currentActor = currentActor;
        this.post = post;
        this.get = get;
        this.list = list;
        this.accept = accept;
        this.changeStatus = changeStatus;
        this.nearby = nearby;
    }

    @Post("/")
    public HttpResponse<GigBodies.Gig> create(Authentication authentication, @Body GigBodies.Create body) {
        if (body.latitude() == null || body.longitude() == null || !GeoPoint.isValid(body.latitude(), body.longitude())) {
            throw ApiError.validation(Map.of(body.latitude() == null || Math.abs(body.latitude()) > 90 ? "latitude" : "longitude",
                    "a latitude from -90 to 90 and a longitude from -180 to 180 are required"));
        }
        if (body.budget() == null) {
            throw ApiError.validation(Map.of("budget", "is required"));
        }
        if (body.addressText() != null && body.addressText().length() > Place.MAX_ADDRESS_LENGTH) {
            throw ApiError.validation(Map.of("address_text", "has at most " + Place.MAX_ADDRESS_LENGTH + " characters"));
        }
        Instant startsAt = Wire.readTime(body.startsAt(), "starts_at");
        JobRequest request = new JobRequest(null, body.description(),
                new Place(new GeoPoint(body.latitude(), body.longitude()), blankToNull(body.addressText())), null,
                startsAt == null ? Urgency.IMMEDIATE : Urgency.SCHEDULED, startsAt, new MoneyInput(body.budget(), null),
                false, body.title(), body.durationHours(), imageFileIds(body.imageUrls()));
        return HttpResponse.created(GigBodies.Gig.of(job(post.post(new PostJobCommand(currentActor.of(authentication), request)))));
    }

    /** Open gigs (PENDING) around the point: another status finds none, since only open gigs are searched. */
    @Get("/search{?latitude,longitude,radius,status,min_budget,max_budget,skip,limit}")
    public GigBodies.Gigs search(Authentication authentication, @Nullable @QueryValue Double latitude,
                                 @Nullable @QueryValue Double longitude, @Nullable @QueryValue Double radius,
                                 @Nullable @QueryValue String status,
                                 @Nullable @QueryValue("min_budget") BigDecimal minBudget,
                                 @Nullable @QueryValue("max_budget") BigDecimal maxBudget,
                                 @Nullable @QueryValue Integer skip, @Nullable @QueryValue Integer limit) {
        if (latitude == null || longitude == null) {
            throw ApiError.validation(Map.of(latitude == null ? "latitude" : "longitude", "is required"));
        }
        Optional<JobStatus> wanted = status == null ? Optional.empty() : Optional.of(statusWord(status));
        NearbyJobsQuery query = new NearbyJobsQuery(currentActor.of(authentication), latitude, longitude,
                radius == null ? DEFAULT_SEARCH_RADIUS_KM : radius, NearbySearch.MAX_LIMIT, new Budget(minBudget, maxBudget),
                null);
        List<NearbyJob> found = switch (nearby.find(query)) {
            case NearbyJobsResult.Found jobs -> wanted.isEmpty() || wanted.get() == JobStatus.REQUESTED ? jobs.jobs() : List.of();
            case NearbyJobsResult.NoPosition none -> List.of();
        };
        Wire.Slice<NearbyJob> slice = Wire.slice(skip, limit, 20, page -> new dev.callout.application.Page<>(
                found.stream().skip(page.offset()).limit(page.limit()).toList(), page, found.size()));
        return new GigBodies.Gigs(slice.items().stream()
                .map(item -> GigBodies.Found.of(item.job(), Math.round(item.distanceKm() * 100) / 100.0)).toList(),
                slice.totalCount(), slice.hasMore());
    }

    @Get("/my-gigs{?role,status,skip,limit}")
    public GigBodies.Gigs mine(Authentication authentication, @Nullable @QueryValue String role,
                               @Nullable @QueryValue String status, @Nullable @QueryValue Integer skip,
                               @Nullable @QueryValue Integer limit) {
        ListJobsUseCase.Side side = switch (role == null ? "" : role) {
            case "" -> ListJobsUseCase.Side.EITHER;
            case "seeker" -> ListJobsUseCase.Side.POSTED;
            case "helper" -> ListJobsUseCase.Side.TAKEN;
            default -> throw ApiError.validation(Map.of("role", "must be seeker or helper"));
        };
        JobStatus wanted = status == null ? null : statusWord(status);
        Actor actor = currentActor.of(authentication);
        Wire.Slice<Job> slice = Wire.slice(skip, limit, 20, page -> list.list(new ListJobsQuery(actor, wanted, null, page, side)));
        return new GigBodies.Gigs(slice.items().stream().map(job -> GigBodies.Found.of(job, null)).toList(),
                slice.totalCount(), slice.hasMore());
    }

    @Get("/{gigId}")
    public GigBodies.Gig details(Authentication authentication, @PathVariable String gigId) {
        return get.get(currentActor.of(authentication), gigId(gigId)).map(GigBodies.Gig::of).orElseThrow(ChayenityGigController::notFound);
    }

    @Post("/{gigId}/accept")
    public GigBodies.Accepted accept(Authentication authentication, @PathVariable String gigId) {
        Job job = job(accept.accept(new AcceptJobCommand(currentActor.of(authentication), gigId(gigId))));
        return new GigBodies.Accepted("Gig accepted successfully", new GigBodies.AcceptedGig(Uuids.of(job.id().value()),
                GigBodies.wireStatus(job.status()), Uuids.of(job.providerId().value()), Wire.time(job.updatedAt())));
    }

    @Put("/{gigId}/status")
    public GigBodies.Gig status(Authentication authentication, @PathVariable String gigId, @Body GigBodies.StatusChange body) {
        JobStatus target = statusWord(body.status());
        if (target == JobStatus.REQUESTED) {
            throw invalidTransition();
        }
        return GigBodies.Gig.of(job(changeStatus.change(new ChangeJobStatusCommand(currentActor.of(authentication),
                gigId(gigId), target, null))));
    }

    private static Job job(JobResult result) {
        return switch (result) {
            case JobResult.Ok ok -> ok.job();
            case JobResult.NotFound notFound -> throw notFound();
            case JobResult.Invalid invalid -> throw ApiError.validation(invalid.fields());
            case JobResult.Conflict conflict ->
                    throw new ApiError(HttpStatus.CONFLICT, "CONFLICT", "The gig changed meanwhile; read it again and retry");
            case JobResult.Refused refused -> throw refusal(refused.reason());
        };
    }

    private static ApiError refusal(Rejection reason) {
        return switch (reason) {
            case NOT_A_PARTY -> notFound();
            case ALREADY_TAKEN -> new ApiError(HttpStatus.BAD_REQUEST, "GIG_ALREADY_ACCEPTED", "Gig already accepted or not pending");
            case INVALID_TRANSITION, CANCELLATION_WINDOW_EXPIRED -> invalidTransition();
            case ROLE_NOT_ALLOWED, CATEGORY_NOT_SERVED, PROVIDER_EXCLUDED ->
                    new ApiError(HttpStatus.FORBIDDEN, "INSUFFICIENT_PERMISSIONS", reason.message());
            case SCHEDULED_TIME_INVALID -> ApiError.validation(Map.of("starts_at", reason.message()));
        };
    }

    private static ApiError invalidTransition() {
        return new ApiError(HttpStatus.BAD_REQUEST, "INVALID_STATUS_TRANSITION", "Invalid gig status change");
    }

    private static JobStatus statusWord(String word) {
        return GigBodies.coreStatus(word).orElseThrow(() -> ApiError.validation(Map.of("status",
                "must be PENDING, ACCEPTED, IN_PROGRESS, COMPLETED or CANCELLED")));
    }

    static JobId gigId(String uuid) {
        return Uuids.toId(uuid, JobId.PREFIX).map(JobId::new).orElseThrow(ChayenityGigController::notFound);
    }

    /** The files that {@code /api/upload/{file_id}} URLs name. */
    private static List<String> imageFileIds(List<String> urls) {
        if (urls == null) {
            return List.of();
        }
        return urls.stream().map(url -> Wire.fileIdOfUrl(url).orElseThrow(() -> ApiError.validation(Map.of("image_urls",
                "must be URLs of images uploaded at /api/upload/gig")))).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static ApiError notFound() {
        return ApiError.notFound("RESOURCE_NOT_FOUND", "Gig not found");
    }
}

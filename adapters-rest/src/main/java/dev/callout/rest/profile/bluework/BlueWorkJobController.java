package dev.callout.rest.profile.bluework;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.account.GetUserUseCase;
import dev.callout.application.admin.DeleteJobUseCase.DeleteJobCommand;
import dev.callout.application.admin.DeleteJobUseCase.DeleteResult;
import dev.callout.application.admin.DeleteJobUseCase;
import dev.callout.application.chat.ChatUseCase.SendMessageCommand;
import dev.callout.application.chat.ChatUseCase.SendResult;
import dev.callout.application.chat.ChatUseCase.ThreadResult;
import dev.callout.application.chat.ChatUseCase;
import dev.callout.application.file.FileLimits;
import dev.callout.application.file.ReadFilesUseCase;
import dev.callout.application.file.UploadFileUseCase.PhotosResult;
import dev.callout.application.file.UploadFileUseCase;
import dev.callout.application.job.ChangeJobStatusUseCase.ChangeJobStatusCommand;
import dev.callout.application.job.ChangeJobStatusUseCase;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.job.JobRequest;
import dev.callout.application.job.JobResult;
import dev.callout.application.job.ListJobsUseCase.ListJobsQuery;
import dev.callout.application.job.ListJobsUseCase;
import dev.callout.application.job.PostJobUseCase.PostJobCommand;
import dev.callout.application.job.PostJobUseCase;
import dev.callout.application.port.NearbyJobs.Budget;
import dev.callout.application.presence.FindNearbyJobsUseCase.NearbyJob;
import dev.callout.application.presence.FindNearbyJobsUseCase.NearbyJobsQuery;
import dev.callout.application.presence.FindNearbyJobsUseCase.NearbyJobsResult;
import dev.callout.application.presence.FindNearbyJobsUseCase;
import dev.callout.application.presence.FindNearbyProvidersUseCase;
import dev.callout.application.ratelimit.RateLimiter.Decision;
import dev.callout.domain.chat.Message;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.job.Rejection;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.admin.JobModerationController;
import dev.callout.rest.body.PageBody;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.file.FileResults;
import dev.callout.rest.file.MultipartForm;
import dev.callout.rest.file.UploadLimits;
import dev.callout.rest.security.CurrentActor;
import dev.callout.rest.security.RateLimitedHandler;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * BlueWork's §4 Jobs (its photos included) and §7 in-job chat. A caller who may not see a job gets 403 FORBIDDEN, an
 * unknown one 404 JOB_NOT_FOUND ({@code callout.jobs.refuse-non-parties-openly}); a refused move is 400 INVALID_TRANSITION.
 * Every result answers directly, refusals in the core's envelope that {@link BlueWorkErrorFilter} rewrites.
 */
@Hidden
@Controller("/api/v1/jobs")
@Requires(property = "callout.profile", value = "bluework")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class BlueWorkJobController {

    private final CurrentActor currentActor;
    private final PostJobUseCase post;
    private final GetJobUseCase get;
    private final ListJobsUseCase list;
    private final FindNearbyJobsUseCase nearby;
    private final ChangeJobStatusUseCase changeStatus;
    private final DeleteJobUseCase delete;
    private final ChatUseCase chat;
    private final GetUserUseCase users;
    private final UploadFileUseCase upload;
    private final UploadLimits uploadLimits;
    private final FileLimits fileLimits;
    private final ReadFilesUseCase files;

    BlueWorkJobController(CurrentActor currentActor, PostJobUseCase post, GetJobUseCase get, ListJobsUseCase list,
                          FindNearbyJobsUseCase nearby, ChangeJobStatusUseCase changeStatus, DeleteJobUseCase delete,
                          ChatUseCase chat, GetUserUseCase users, UploadFileUseCase upload, UploadLimits uploadLimits,
                          FileLimits fileLimits, ReadFilesUseCase files) {
        this.currentActor = currentActor;
        this.post = post;
        this.get = get;
        this.list = list;
        this.nearby = nearby;
        this.changeStatus = changeStatus;
        this.delete = delete;
        this.chat = chat;
        this.users = users;
        this.upload = upload;
        this.uploadLimits = uploadLimits;
        this.fileLimits = fileLimits;
        this.files = files;
    }

    @Post
    @Secured("customer")
    HttpResponse<?> post(Authentication authentication, @Body BlueWorkBodies.NewJob body) {
        Urgency urgency = Urgency.fromWireName(body.urgency())
                .orElseThrow(() -> ApiError.validation(Map.of("urgency", "must be immediate or scheduled")));
        BlueWorkBodies.Location location = body.location();
        if (location == null || location.lat() == null || location.lng() == null
                || !GeoPoint.isValid(location.lat(), location.lng())) {
            throw ApiError.validation(Map.of("location", "needs lat (-90 to 90) and lng (-180 to 180)"));
        }
        if (location.address() != null && location.address().length() > Place.MAX_ADDRESS_LENGTH) {
            throw ApiError.validation(Map.of("location.address", "has at most " + Place.MAX_ADDRESS_LENGTH + " characters"));
        }
        JobRequest request = new JobRequest(body.category(), body.description(),
                new Place(new GeoPoint(location.lat(), location.lng()), location.address()), null, urgency, body.scheduledAt(), null);
        Actor actor = currentActor.of(authentication);
        return answer(actor, post.post(new PostJobCommand(actor, request)), HttpStatus.CREATED);
    }

    /** The customer's photos of their job, all or none: JPEG or PNG ({@code callout.trust.job-photo-formats}), 5 MB each, 5 a job. */
    @Post(value = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured("customer")
    HttpResponse<?> photos(Authentication authentication, @PathVariable String id, @Body MultipartBody body) {
        Actor actor = currentActor.of(authentication);
        Decision decision = uploadLimits.take(actor.id().value());
        MultipartForm form = MultipartForm.read(body);
        // refused or not, the answer shows the upload limit it counted against
        return RateLimitedHandler.headers(visible(actor, id, jobId -> switch (upload.addJobPhotos(actor, jobId, form.files("photos"))) {
            case PhotosResult.Uploaded uploaded -> HttpResponse.ok(new BlueWorkBodies.Photos(
                    uploaded.files().stream().map(file -> BlueWorkBodies.fileUrl(file.id())).toList()));
            case PhotosResult.Refused refused -> switch (refused.reason()) {
                case TOO_MANY_PHOTOS -> new ApiError(HttpStatus.BAD_REQUEST, "TOO_MANY_PHOTOS",
                        "Send 1 to " + fileLimits.maxJobPhotos() + " files; a job has at most " + fileLimits.maxJobPhotos() + " photos")
                        .response();
                case JOB_NOT_FOUND -> forbidden().response();
                default -> FileResults.error(refused.reason(), fileLimits.jobMaxBytes(), fileLimits).response();
            };
        }).toMutableResponse(), decision);
    }

    /** A customer's own jobs, a worker's pending ones of their skills and those they took, every job for admins. */
    @Get("{?status,category,page,limit}")
    PageBody<BlueWorkBodies.JobObject> list(Authentication authentication, @Nullable @QueryValue String status,
                                            @Nullable @QueryValue String category, @Nullable @QueryValue Integer page,
                                            @Nullable @QueryValue Integer limit) {
        JobStatus wanted = status == null ? null : BlueWorkWords.jobStatus(status)
                .orElseThrow(() -> ApiError.validation(Map.of("status", "is not a job status")));
        PageRequest request = new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
        Actor actor = currentActor.of(authentication);
        Page<Job> jobs = list.list(new ListJobsQuery(actor, wanted, category, request));
        return PageBody.of(jobs, objects(actor, jobs.items()));
    }

    @Get("/nearby{?lat,lng,radius}")
    @Secured("provider")
    HttpResponse<?> nearby(Authentication authentication, @Nullable @QueryValue Double lat, @Nullable @QueryValue Double lng,
                           @Nullable @QueryValue Double radius) {
        if (lat == null || lng == null) {
            return missingLocation().response();
        }
        Actor actor = currentActor.of(authentication);
        NearbyJobsQuery query = new NearbyJobsQuery(actor, lat, lng,
                radius == null ? FindNearbyProvidersUseCase.DEFAULT_RADIUS_KM : radius, FindNearbyProvidersUseCase.DEFAULT_LIMIT,
                Budget.ANY, JobStatus.REQUESTED);
        return switch (nearby.find(query)) {
            case NearbyJobsResult.Found found -> {
                List<Job> jobs = found.jobs().stream().map(NearbyJob::job).toList();
                yield HttpResponse.ok(new BlueWorkBodies.Listed<>(jobs.stream().map(objects(actor, jobs)).toList()));
            }
            case NearbyJobsResult.NoPosition none -> missingLocation().response();
        };
    }

    @Get("/{id}")
    HttpResponse<?> job(Authentication authentication, @PathVariable String id) {
        Actor actor = currentActor.of(authentication);
        return visible(actor, id, jobId -> get.get(actor, jobId).<HttpResponse<?>>map(job -> HttpResponse.ok(object(actor, job)))
                .orElseGet(() -> notFound().response()));
    }

    @Patch("/{id}/status")
    @Secured({"customer", "provider"})
    HttpResponse<?> changeStatus(Authentication authentication, @PathVariable String id, @Body BlueWorkBodies.StatusChange body) {
        Actor actor = currentActor.of(authentication);
        JobStatus target = BlueWorkWords.jobStatus(body.status())
                .orElseThrow(() -> ApiError.validation(Map.of("status", "is not a job status")));
        Function<JobId, HttpResponse<?>> change = jobId ->
                answer(actor, changeStatus.change(new ChangeJobStatusCommand(actor, jobId, target, body.reason())), HttpStatus.OK);
        // an accept is the core's to judge: a worker who lost the race no longer sees the job, and is told 409 JOB_ALREADY_TAKEN
        return target == JobStatus.ACCEPTED && Prefixed.matches(id, JobId.PREFIX) ? change.apply(new JobId(id))
                : visible(actor, id, change);
    }

    @Delete("/{id}")
    @Secured("admin")
    HttpResponse<?> delete(Authentication authentication, @PathVariable String id) {
        if (!Prefixed.matches(id, JobId.PREFIX)) {
            return notFound().response();
        }
        return switch (delete.delete(new DeleteJobCommand(currentActor.of(authentication), new JobId(id), null))) {
            case DeleteResult.Deleted deleted -> HttpResponse.noContent();
            case DeleteResult.NotFound notFound -> notFound().response();
            case DeleteResult.Forbidden forbidden -> forbidden().response();
            case DeleteResult.HasPayments payments ->
                    new ApiError(HttpStatus.CONFLICT, "JOB_HAS_PAYMENTS", "Money was captured for this job: it is kept.").response();
            case DeleteResult.ReleasePending pending -> JobModerationController.releasePending().response();
        };
    }

    @Get("/{id}/messages{?page,limit}")
    @Secured({"customer", "provider", "admin"})
    HttpResponse<?> messages(Authentication authentication, @PathVariable String id, @Nullable @QueryValue Integer page,
                             @Nullable @QueryValue Integer limit) {
        Actor actor = currentActor.of(authentication);
        PageRequest request = new PageRequest(page == null ? 1 : page, limit == null ? 50 : limit);
        return visible(actor, id, jobId -> switch (chat.thread(actor, jobId, request)) {
            case ThreadResult.Found found -> HttpResponse.ok(PageBody.of(found.messages(), message -> new BlueWorkBodies.ChatMessage(
                    message.id(), message.senderId().value(), name(message.senderId()), message.content(), message.sentAt())));
            case ThreadResult.NotFound notFound -> forbidden().response();
        });
    }

    @Post("/{id}/messages")
    @Secured({"customer", "provider"})
    HttpResponse<?> send(Authentication authentication, @PathVariable String id, @Body BlueWorkBodies.NewMessage body) {
        Actor actor = currentActor.of(authentication);
        return visible(actor, id, jobId -> switch (chat.send(new SendMessageCommand(actor, jobId, body.content(), null))) {
            case SendResult.Sent sent -> {
                Message message = sent.message();
                yield HttpResponse.created(new BlueWorkBodies.ChatMessage(message.id(), message.senderId().value(), null,
                        message.content(), message.sentAt()));
            }
            case SendResult.Refused refused -> switch (refused.reason()) {
                case JOB_CLOSED -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "JOB_CLOSED", "Job is completed/cancelled; chat is locked")
                        .response();
                case JOB_NOT_ASSIGNED -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "JOB_NOT_ASSIGNED",
                        "No worker has accepted the job yet.").response();
                case JOB_NOT_FOUND, IMAGE_NOT_FOUND, NONE -> forbidden().response();
            };
        });
    }

    /** The answer for a job the caller may see; else 403 FORBIDDEN, or 404 JOB_NOT_FOUND when there is none. */
    private HttpResponse<?> visible(Actor actor, String id, Function<JobId, HttpResponse<?>> answer) {
        if (!Prefixed.matches(id, JobId.PREFIX)) {
            return notFound().response();
        }
        JobId jobId = new JobId(id);
        return switch (get.access(actor, jobId)) {
            case VISIBLE -> answer.apply(jobId);
            case FORBIDDEN -> forbidden().response();
            case NOT_FOUND -> notFound().response();
        };
    }

    private HttpResponse<?> answer(Actor actor, JobResult result, HttpStatus success) {
        return switch (result) {
            case JobResult.Ok ok -> HttpResponse.status(success).body(object(actor, ok.job()));
            case JobResult.NotFound notFound -> notFound().response();
            case JobResult.Invalid invalid -> ApiError.validation(invalid.fields()).response();
            case JobResult.Conflict conflict -> new ApiError(HttpStatus.CONFLICT, "JOB_ALREADY_TAKEN",
                    "The job changed while this request ran; read it again.").response();
            case JobResult.Refused refused -> refusal(refused.reason()).response();
        };
    }

    private static ApiError refusal(Rejection reason) {
        return switch (reason) {
            case NOT_A_PARTY, ROLE_NOT_ALLOWED, CATEGORY_NOT_SERVED, PROVIDER_EXCLUDED ->
                    new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "Role not permitted to make this transition");
            case ALREADY_TAKEN -> new ApiError(HttpStatus.CONFLICT, "JOB_ALREADY_TAKEN", "Another worker accepted first");
            case INVALID_TRANSITION ->
                    new ApiError(HttpStatus.BAD_REQUEST, "INVALID_TRANSITION", "Status change not allowed from current state");
            case CANCELLATION_WINDOW_EXPIRED ->
                    new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "CANCELLATION_WINDOW_EXPIRED", "Customer can no longer cancel");
            case SCHEDULED_TIME_INVALID ->
                    new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "SCHEDULED_TIME_INVALID", "scheduled_at is in the past");
        };
    }

    private BlueWorkBodies.JobObject object(Actor actor, Job job) {
        return objects(actor, List.of(job)).apply(job);
    }

    /** The jobs' objects, their photos (every one, for those who may read the job) read at once. */
    private Function<Job, BlueWorkBodies.JobObject> objects(Actor actor, Collection<Job> jobs) {
        Map<JobId, List<StoredFile>> photos = files.jobPhotos(actor, jobs);
        return job -> BlueWorkBodies.job(job, photos.getOrDefault(job.id(), List.of()), name(job.customerId()),
                job.providerId() == null ? null : name(job.providerId()));
    }

    private String name(UserId id) {
        return users.byId(id).map(User::name).orElse(null);
    }

    private static ApiError missingLocation() {
        return new ApiError(HttpStatus.BAD_REQUEST, "MISSING_LOCATION", "lat/lng not provided");
    }

    private static ApiError notFound() {
        return ApiError.notFound("JOB_NOT_FOUND", "No job with that ID");
    }

    private static ApiError forbidden() {
        return new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "User is not party to this job");
    }
}

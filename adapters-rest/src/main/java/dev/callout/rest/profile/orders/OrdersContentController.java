package dev.callout.rest.profile.orders;

import dev.callout.application.file.FileLimits;
import dev.callout.application.file.ReadFilesUseCase;
import dev.callout.application.file.UploadFileUseCase;
import dev.callout.application.file.UploadFileUseCase.Upload;
import dev.callout.application.file.UploadFileUseCase.UploadCommand;
import dev.callout.application.file.UploadFileUseCase.UploadResult;
import dev.callout.application.ratelimit.RateLimiter.Decision;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.file.FileBody;
import dev.callout.rest.file.FileResults;
import dev.callout.rest.file.MultipartForm;
import dev.callout.rest.file.UploadLimits;
import dev.callout.rest.profile.orders.OrdersBodies.ContentAnswer;
import dev.callout.rest.profile.orders.OrdersBodies.ContentBody;
import dev.callout.rest.profile.orders.OrdersBodies.UploadedAnswer;
import dev.callout.rest.security.CurrentActor;
import dev.callout.rest.security.RateLimitedHandler;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;

/**
 * Seed 004's content: an image for an order, uploaded by one of its parties as a job photo (so the
 * core's image checks, size and per-job limits apply), read back by those who may see the order's
 * photos; the bytes are served at the canonical /api/v1/files/{id}.
 */
@Controller("/api/content")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "callout.profile", value = "orders")
public class OrdersContentController {

    /** Callout stores images only. */
    static final String IMAGE = "image";

    // FileController's collaborators: this is the orders' own upload route over the same use cases and limits
    private final CurrentActor currentActor;
    private final UploadFileUseCase upload;
    private final ReadFilesUseCase read;
    private final UploadLimits uploadLimits;
    private final FileLimits limits;

    public OrdersContentController(CurrentActor currentActor, UploadFileUseCase upload, ReadFilesUseCase read,
                                   UploadLimits uploadLimits, FileLimits limits) {
        this.currentActor = currentActor;
        this.upload = upload;
        this.read = read;
        this.uploadLimits = uploadLimits;
        this.limits = limits;
    }

    @Post(value = "/upload", consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> upload(Authentication authentication, @Body MultipartBody body) {
        Actor actor = currentActor.of(authentication);
        Decision decision = uploadLimits.take(actor.id().value());
        // refused or not, the answer shows the upload limit it counted against
        try {
            return RateLimitedHandler.headers(uploaded(actor, MultipartForm.read(body)), decision);
        } catch (ApiError refused) {
            return RateLimitedHandler.headers(refused.response().toMutableResponse(), decision);
        }
    }

    private MutableHttpResponse<UploadedAnswer> uploaded(Actor actor, MultipartForm form) {
        if (!IMAGE.equals(form.fields().get("type"))) {
            throw ApiError.validation(Map.of("type", "must be image: orders take image files (JPEG, PNG, GIF, WebP)"));
        }
        String orderId = form.fields().get("orderId");
        if (orderId == null || orderId.isBlank()) {
            throw ApiError.validation(Map.of("orderId", "is required"));
        }
        List<Upload> files = form.files("file");
        if (files.size() != 1) {
            throw ApiError.validation(Map.of("file", "send exactly one file in the part named 'file'"));
        }
        if (!Prefixed.matches(orderId, JobId.PREFIX)) {
            throw orderNotFound();
        }
        return switch (upload.upload(new UploadCommand(actor, FilePurpose.JOB, new JobId(orderId), files.getFirst()))) {
            case UploadResult.Uploaded uploaded -> HttpResponse.created(
                    new UploadedAnswer(FileBody.url(uploaded.file().id()), uploaded.file().id()));
            case UploadResult.Refused refused -> throw switch (refused.reason()) {
                case JOB_NOT_FOUND -> orderNotFound();
                default -> FileResults.error(refused.reason(), limits.jobMaxBytes(), limits);
            };
        };
    }

    @Get("/{id}")
    public ContentAnswer content(Authentication authentication, @PathVariable String id) {
        StoredFile file = read.file(currentActor.of(authentication), id)
                .filter(found -> found.purpose() == FilePurpose.JOB && found.jobId() != null)
                .orElseThrow(() -> ApiError.notFound("CONTENT_NOT_FOUND", "content not found"));
        return new ContentAnswer(ContentBody.of(file), FileBody.url(file.id()));
    }

    private static ApiError orderNotFound() {
        return ApiError.notFound("ORDER_NOT_FOUND", "order not found");
    }
}

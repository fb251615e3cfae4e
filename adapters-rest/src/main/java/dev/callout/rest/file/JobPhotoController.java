package dev.callout.rest.file;

import dev.callout.application.file.FileLimits;
import dev.callout.application.file.UploadFileUseCase;
import dev.callout.application.file.UploadFileUseCase.PhotosResult;
import dev.callout.application.ratelimit.RateLimiter.Decision;
import dev.callout.domain.user.Actor;
import dev.callout.rest.CanonicalApi;
import dev.callout.rest.security.CurrentActor;
import dev.callout.rest.security.RateLimitedHandler;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A customer adds photos to their job (BlueWork answers this route in its own shape with its profile). */
@CanonicalApi
@Controller("/api/v1/jobs")
@Secured("customer")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Files")
public class JobPhotoController {

    private final CurrentActor currentActor;
    private final UploadFileUseCase upload;
    private final UploadLimits uploadLimits;
    private final FileLimits limits;

    public JobPhotoController(CurrentActor currentActor, UploadFileUseCase upload, UploadLimits uploadLimits, FileLimits limits) {
        this.currentActor = currentActor;
        this.upload = upload;
        this.uploadLimits = uploadLimits;
        this.limits = limits;
    }

    @Post(value = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add photos to your job (multipart, parts named 'photos'; at most 5 per job, 5 MB each)")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = JobPhotosBody.class)))
    public HttpResponse<JobPhotosBody> photos(Authentication authentication, @PathVariable String id, @Body MultipartBody body) {
        Actor actor = currentActor.of(authentication);
        Decision decision = uploadLimits.take(actor.id().value());
        MultipartForm form = MultipartForm.read(body);
        return switch (upload.addJobPhotos(actor, FileController.jobId(id), form.files("photos"))) {
            case PhotosResult.Uploaded uploaded -> RateLimitedHandler.headers(HttpResponse.created(
                    new JobPhotosBody(uploaded.files().stream().map(FileBody::of).toList())), decision);
            case PhotosResult.Refused refused -> FileResults.error(refused.reason(), limits.jobMaxBytes(), limits).answer();
        };
    }
}

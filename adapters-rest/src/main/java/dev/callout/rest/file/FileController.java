package dev.callout.rest.file;

import dev.callout.application.PageRequest;
import dev.callout.application.file.FileLimits;
import dev.callout.application.file.ReadFilesUseCase;
import dev.callout.application.file.UploadFileUseCase.Upload;
import dev.callout.application.file.UploadFileUseCase.UploadCommand;
import dev.callout.application.file.UploadFileUseCase.UploadResult;
import dev.callout.application.file.UploadFileUseCase;
import dev.callout.application.ratelimit.RateLimiter.Decision;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import dev.callout.rest.body.Pages;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import dev.callout.rest.security.RateLimitedHandler;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.multipart.MultipartBody;
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
import java.util.List;
import java.util.Map;

@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Files")
public class FileController {

    private final CurrentActor currentActor;
    private final UploadFileUseCase upload;
    private final ReadFilesUseCase read;
    private final UploadLimits uploadLimits;
    private final FileLimits limits;

    public FileController(CurrentActor currentActor, UploadFileUseCase upload, ReadFilesUseCase read,
                          UploadLimits uploadLimits, FileLimits limits) {
        this.currentActor = currentActor;
        this.upload = upload;
        this.read = read;
        this.uploadLimits = uploadLimits;
        this.limits = limits;
    }

    @Post(value = "/files", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload an image (multipart: file, purpose profile|job|dispute, job_id for dispute files and job "
            + "photos; a job image without job_id waits to be posted with a job, see image_file_ids of POST /jobs)",
            description = "The type is decided by the bytes: JPEG, PNG, GIF, WebP (else 415 UNSUPPORTED_FILE_TYPE), and the "
                    + "image must decode whole (truncated or corrupt: 415 IMAGE_DAMAGED; over 50 million pixels: 415 "
                    + "IMAGE_TOO_LARGE). Profile images and dispute evidence up to 10 MB, job photos up to 5 MB (413 "
                    + "FILE_TOO_LARGE), at most 5 job photos per job (400 TOO_MANY_PHOTOS). Location and other metadata are "
                    + "removed; the original filename is kept as a safe base name. 10 uploads a minute.")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = FileBody.class)))
    public HttpResponse<FileBody> upload(Authentication authentication, @Body MultipartBody body) {
        Actor actor = currentActor.of(authentication);
        Decision decision = uploadLimits.take(actor.id().value());
        MultipartForm form = MultipartForm.read(body);
        String purposeName = form.fields().get("purpose");
        FilePurpose purpose = purposeName == null ? FilePurpose.PROFILE : FilePurpose.fromWireName(purposeName)
                .orElseThrow(() -> ApiError.validation(Map.of("purpose", "must be profile, job or dispute")));
        List<Upload> files = form.files("file");
        if (files.size() != 1) {
            throw ApiError.validation(Map.of("file", "send exactly one file in the part named 'file'"));
        }
        String job = form.fields().get("job_id");
        JobId jobId = job == null || job.isBlank() ? null : jobId(job);
        return switch (upload.upload(new UploadCommand(actor, purpose, jobId, files.getFirst()))) {
            case UploadResult.Uploaded uploaded -> RateLimitedHandler.headers(HttpResponse.created(FileBody.of(uploaded.file())), decision);
            case UploadResult.Refused refused -> FileResults.error(refused.reason(), limits.maxBytes(purpose), limits).answer();
        };
    }

    @Get("/files{?purpose,page,limit}")
    @Operation(summary = "Your uploads, newest first")
    public FilePageBody mine(Authentication authentication, @Nullable @QueryValue String purpose,
                                   @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer limit) {
        FilePurpose filter = purpose == null ? null : FilePurpose.fromWireName(purpose)
                .orElseThrow(() -> ApiError.validation(Map.of("purpose", "must be profile, job or dispute")));
        return Pages.of(read.mine(currentActor.of(authentication), filter, page(page, limit)), FileBody::of, FilePageBody::new);
    }

    @Get("/files/{id}")
    @Operation(summary = "A file's bytes with its content type: the owner; profile images any user; job and dispute files the job's parties and admins")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "image/*"))
    public HttpResponse<byte[]> content(Authentication authentication, @PathVariable String id) {
        ReadFilesUseCase.FileContent content = read.content(currentActor.of(authentication), id).orElseThrow(FileController::notFound);
        return HttpResponse.ok(content.bytes())
                .contentType(MediaType.of(content.file().format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline(content.file()))
                .header("Cache-Control", "private, max-age=3600");
    }

    @Delete("/files/{id}")
    @Operation(summary = "Delete your file (409 FILE_IN_USE while a dispute's evidence, a chat message or your profile "
            + "refers to it)")
    @ApiResponse(responseCode = "204")
    public HttpResponse<Void> delete(Authentication authentication, @PathVariable String id) {
        return switch (read.delete(currentActor.of(authentication), id)) {
            case DELETED -> HttpResponse.noContent();
            case NOT_FOUND -> notFound().answer();
            case IN_USE -> new ApiError(HttpStatus.CONFLICT, "FILE_IN_USE",
                    "the file is evidence in a dispute, the image of a chat message or your profile image, and stays while "
                            + "they refer to it").answer();
        };
    }

    private static PageRequest page(Integer page, Integer limit) {
        return new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
    }

    static JobId jobId(String id) {
        if (!Prefixed.matches(id, JobId.PREFIX)) {
            throw ApiError.notFound("JOB_NOT_FOUND", "job not found");
        }
        return new JobId(id);
    }

    private static ApiError notFound() {
        return new ApiError(HttpStatus.NOT_FOUND, "FILE_NOT_FOUND", "file not found");
    }
}

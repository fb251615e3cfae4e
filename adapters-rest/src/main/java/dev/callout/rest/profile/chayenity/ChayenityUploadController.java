package dev.callout.rest.profile.chayenity;

import dev.callout.application.Change;
import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.account.UpdateProfileUseCase;
import dev.callout.application.account.UpdateProfileUseCase.UpdateProfileCommand;
import dev.callout.application.file.FileLimits;
import dev.callout.application.file.ReadFilesUseCase;
import dev.callout.application.file.UploadFileUseCase;
import dev.callout.application.file.UploadFileUseCase.Upload;
import dev.callout.application.file.UploadFileUseCase.UploadCommand;
import dev.callout.application.file.UploadFileUseCase.UploadResult;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.user.Actor;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.file.ContentDisposition;
import dev.callout.rest.file.FileResults;
import dev.callout.rest.file.UploadLimits;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;

/**
 * Chayenity's /api/upload: profile images (which become the caller's picture), gig images (to name
 * in a gig's image_urls), their bytes, the caller's files and deleting one.
 */
@Hidden
@Requires(property = "callout.profile", value = "chayenity")
@Controller(Wire.BASE + "/upload")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChayenityUploadController {

    private static final String FILE_PART = "file";

    private final CurrentActor currentActor;
    private final UploadFileUseCase upload;
    private final ReadFilesUseCase read;
    private final UpdateProfileUseCase updateProfile;
    private final UploadLimits uploadLimits;
    private final FileLimits limits;

    public ChayenityUploadController(CurrentActor currentActor, UploadFileUseCase upload, ReadFilesUseCase read,
                                     UpdateProfileUseCase updateProfile, UploadLimits uploadLimits, FileLimits limits) {
        this.currentActor = currentActor;
        this.upload = upload;
        this.read = read;
        this.updateProfile = updateProfile;
        this.uploadLimits = uploadLimits;
        this.limits = limits;
    }

    @Serdeable
    record Uploaded(String fileId, String filename, String originalFilename, long fileSize, String contentType, String url,
                    String uploadedAt) {

        static Uploaded of(StoredFile file) {
            return new Uploaded(Uuids.of(file.id()), storedName(file), file.originalName(), file.size(),
                    file.format().mediaType(), Wire.fileUrl(file.id()), Wire.time(file.createdAt()));
        }
    }

    @Serdeable
    record Listed(String fileId, String filename, String originalFilename, long fileSize, String contentType,
                  String category, String uploadedAt) {

        static Listed of(StoredFile file) {
            return new Listed(Uuids.of(file.id()), storedName(file), file.originalName(), file.size(), file.format().mediaType(),
                    categoryOf(file.purpose()), Wire.time(file.createdAt()));
        }
    }

    /**
     * One route per upload path, whatever the body's Content-Type: two routes told apart by it would both match a
     * request that has none, and the router refuses that before any filter sees it (so neither in Chayenity's format
     * nor with the security headers).
     */
    @Post(value = "/profile", consumes = {MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    public HttpResponse<Uploaded> profile(Authentication authentication, HttpRequest<?> request, @Nullable @Body byte[] body) {
        return profileImage(authentication, file(request, body));
    }

    @Post(value = "/gig", consumes = {MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    public HttpResponse<Uploaded> gig(Authentication authentication, HttpRequest<?> request, @Nullable @Body byte[] body) {
        return gigImage(authentication, file(request, body));
    }

    @Get("/{fileId}")
    public HttpResponse<byte[]> content(Authentication authentication, @PathVariable String fileId) {
        ReadFilesUseCase.FileContent content = read.content(currentActor.of(authentication), fileId(fileId))
                .orElseThrow(ChayenityUploadController::notFound);
        return HttpResponse.ok(content.bytes())
                .contentType(MediaType.of(content.file().format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline(content.file()))
                .header("Cache-Control", "private, max-age=3600");
    }

    @Get("/my-files{/}{?category,limit,offset}")
    public List<Listed> mine(Authentication authentication, @Nullable @QueryValue String category,
                             @Nullable @QueryValue Integer limit, @Nullable @QueryValue Integer offset) {
        FilePurpose purpose = switch (category == null ? "" : category) {
            case "" -> null;
            case "profile" -> FilePurpose.PROFILE;
            case "gig" -> FilePurpose.JOB;
            case "general" -> FilePurpose.DISPUTE;
            default -> throw ApiError.validation(Map.of("category", "must be profile, gig or general"));
        };
        Actor actor = currentActor.of(authentication);
        Wire.Slice<StoredFile> slice = Wire.slice(offset, limit, PageRequest.DEFAULT_LIMIT,
                page -> purpose == null && category != null ? new Page<>(List.of(), page, 0) : read.mine(actor, purpose, page));
        return slice.items().stream().map(Listed::of).toList();
    }

    @Delete("/{fileId}")
    public HttpResponse<Void> delete(Authentication authentication, @PathVariable String fileId) {
        return switch (read.delete(currentActor.of(authentication), fileId(fileId))) {
            case DELETED -> HttpResponse.noContent();
            case NOT_FOUND -> throw notFound();
            case IN_USE -> throw new ApiError(HttpStatus.CONFLICT, "FILE_IN_USE",
                    "The file is your profile image, a gig's image or a chat message's, and stays while they show it");
        };
    }

    private HttpResponse<Uploaded> profileImage(Authentication authentication, Upload file) {
        Actor actor = currentActor.of(authentication);
        StoredFile stored = store(actor, FilePurpose.PROFILE, file);
        updateProfile.update(new UpdateProfileCommand(actor.id(), null, null, null, null, null, new Change<>(stored.id())));
        return HttpResponse.created(Uploaded.of(stored));
    }

    private HttpResponse<Uploaded> gigImage(Authentication authentication, Upload file) {
        return HttpResponse.created(Uploaded.of(store(currentActor.of(authentication), FilePurpose.JOB, file)));
    }

    private StoredFile store(Actor actor, FilePurpose purpose, Upload file) {
        uploadLimits.take(actor.id().value());
        return switch (upload.upload(new UploadCommand(actor, purpose, null, file))) {
            case UploadResult.Uploaded uploaded -> uploaded.file();
            case UploadResult.Refused refused -> throw FileResults.error(refused.reason(), limits.maxBytes(purpose), limits);
        };
    }

    /**
     * The one file in the form's part named 'file': a multipart form, or the document's ApiClient's FormData sent under
     * its JSON Content-Type, whose boundary only the body names (see {@link MultipartBytes}).
     */
    private static Upload file(HttpRequest<?> request, @Nullable byte[] body) {
        String boundary = request.getContentType().filter(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                .flatMap(type -> type.getParameters().get("boundary"))
                .map(ChayenityUploadController::unquoted).orElse(null);
        List<Upload> files = MultipartBytes.files(body == null ? new byte[0] : body, boundary, FILE_PART);
        if (files.size() != 1) {
            throw ApiError.validation(Map.of(FILE_PART, "send exactly one image as multipart/form-data in the part named 'file'"));
        }
        return files.getFirst();
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    private static String fileId(String uuid) {
        return Uuids.toId(uuid, StoredFile.PREFIX).orElseThrow(ChayenityUploadController::notFound);
    }

    /** The name Chayenity shows for a stored file: its id and its type's extension. */
    private static String storedName(StoredFile file) {
        return Uuids.of(file.id()) + "." + file.format().extension();
    }

    private static String categoryOf(FilePurpose purpose) {
        return switch (purpose) {
            case PROFILE -> "profile";
            case JOB -> "gig";
            case DISPUTE -> "general";
        };
    }

    private static ApiError notFound() {
        return ApiError.notFound("RESOURCE_NOT_FOUND", "File not found");
    }
}

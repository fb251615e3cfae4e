package dev.callout.rest.file;

import dev.callout.application.file.FileRefusal;
import dev.callout.application.file.FileLimits;
import dev.callout.application.file.ImageInspector;
import dev.callout.rest.error.ApiError;
import dev.callout.domain.file.ImageFormat;
import io.micronaut.http.HttpStatus;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Upload refusals as HTTP errors. */
public final class FileResults {

    private FileResults() {
    }

    public static ApiError error(FileRefusal refusal, long maxBytes, FileLimits limits) {
        return switch (refusal) {
            case UNSUPPORTED_FILE_TYPE -> new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_FILE_TYPE",
                    "only JPEG, PNG, GIF and WebP images are accepted" + jobPhotoFormats(limits) + " (judged by the file's bytes)");
            case DAMAGED_IMAGE -> new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "IMAGE_DAMAGED",
                    "the image is truncated or damaged: it does not decode whole");
            case IMAGE_TOO_LARGE -> new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "IMAGE_TOO_LARGE",
                    "the image declares more than %,d pixels or %d frames".formatted(limits.maxImagePixels(),
                            ImageInspector.MAX_FRAMES));
            case FILE_TOO_LARGE -> new ApiError(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "FILE_TOO_LARGE",
                    "the file is larger than " + maxBytes / FileLimits.MB + " MB");
            case TOO_MANY_PHOTOS -> new ApiError(HttpStatus.BAD_REQUEST, "TOO_MANY_PHOTOS",
                    "a job has at most " + limits.maxJobPhotos() + " photos; send 1 or more, up to what is left");
            case JOB_REQUIRED -> ApiError.validation(java.util.Map.of("job_id",
                    "dispute files need the job's id; profile files none"));
            case JOB_NOT_FOUND -> ApiError.notFound("JOB_NOT_FOUND", "job not found");
        };
    }

    /** The job photos' formats when the deployment narrows them. */
    private static String jobPhotoFormats(FileLimits limits) {
        Set<ImageFormat> formats = limits.jobPhotoFormats();
        return formats.size() == ImageFormat.values().length ? "" : ", job photos only as " + Arrays.stream(ImageFormat.values())
                .filter(formats::contains).map(ImageFormat::name).collect(Collectors.joining(" or "));
    }
}

package dev.callout.rest.job;

import dev.callout.application.file.ReadFilesUseCase;
import dev.callout.application.job.JobResult;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Job bodies with their photos, every one of each job ({@link ReadFilesUseCase#jobPhotos}), as the caller may see
 * them: one look-up for a whole list.
 */
@Singleton
public class JobBodies {

    private final ReadFilesUseCase files;

    public JobBodies(ReadFilesUseCase files) {
        this.files = files;
    }

    public JobBody of(Actor actor, Job job) {
        return JobBody.of(job, photos(actor, List.of(job)).apply(job));
    }

    /** The bodies of these jobs, their photos read at once. */
    public Function<Job, JobBody> forAll(Actor actor, Collection<Job> jobs) {
        Function<Job, List<JobPhotoBody>> photos = photos(actor, jobs);
        return job -> JobBody.of(job, photos.apply(job));
    }

    /** The job with the route's status, or the refusal in the envelope. */
    HttpResponse<?> answer(Actor actor, JobResult result, HttpStatus success) {
        return result instanceof JobResult.Ok ok
                ? HttpResponse.status(success).body(of(actor, ok.job()))
                : JobResults.error(result).response();
    }

    private Function<Job, List<JobPhotoBody>> photos(Actor actor, Collection<Job> jobs) {
        Map<JobId, List<StoredFile>> photos = files.jobPhotos(actor, jobs);
        return job -> photos.getOrDefault(job.id(), List.of()).stream().map(JobPhotoBody::of).toList();
    }
}

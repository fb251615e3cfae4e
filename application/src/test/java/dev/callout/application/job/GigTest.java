package dev.callout.application.job;

import static dev.callout.application.job.JobWorld.ALICE;
import static dev.callout.application.job.JobWorld.BOB;
import static dev.callout.application.job.JobWorld.MANILA;
import static dev.callout.application.job.JobWorld.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.file.FileLimits;
import dev.callout.application.job.PostJobUseCase.PostJobCommand;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.ImageFormat;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobDetails;
import dev.callout.domain.job.JobId;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Chayenity's gigs: a title, the hours it takes, and images uploaded before posting that become the job's. */
class GigTest {

    private final JobWorld world = new JobWorld();

    private StoredFile image(Actor owner, JobId job) {
        StoredFile file = new StoredFile(StoredFile.nextId(world.ids), owner.id(), FilePurpose.JOB, job, "sofa.jpg",
                ImageFormat.JPEG, 100, world.clock.instant());
        world.files.add(file);
        return file;
    }

    private static JobRequest gig(List<String> images) {
        return new JobRequest("plumbing", "Fix the sink, then the shower", MANILA, null, Urgency.IMMEDIATE, null, null,
                false, "  Fix a sink  ", 3, images);
    }

    private JobResult post(Actor customer, JobRequest request) {
        return world.post.post(new PostJobCommand(customer, request));
    }

    @Test
    void aGigIsPostedWithItsTitleHoursAndImagesWhichBecomeTheJobsPhotos() {
        StoredFile sink = image(ALICE, null);
        StoredFile shower = image(ALICE, null);

        Job job = ok(post(ALICE, gig(List.of(shower.id(), sink.id()))));

        JobDetails details = world.stored(job.id()).details();
        assertThat(details.title()).isEqualTo("Fix a sink");
        assertThat(details.durationHours()).isEqualTo(3);
        assertThat(details.imageFileIds()).containsExactly(shower.id(), sink.id());
        assertThat(world.files.byId(sink.id())).hasValueSatisfying(file -> assertThat(file.jobId()).isEqualTo(job.id()));
        assertThat(world.files.countForJob(job.id(), FilePurpose.JOB)).isEqualTo(2);
    }

    @Test
    void onlyTheCustomersOwnUnpostedJobImagesAreTakenAndNothingIsWrittenOtherwise() {
        StoredFile bobs = image(BOB, null);
        StoredFile posted = image(ALICE, null);
        ok(post(ALICE, gig(List.of(posted.id()))));
        StoredFile mine = image(ALICE, null);
        StoredFile profile = new StoredFile(StoredFile.nextId(world.ids), ALICE.id(), FilePurpose.PROFILE, null, "me.png",
                ImageFormat.PNG, 10, world.clock.instant());
        world.files.add(profile);
        long jobs = world.storedCount();

        for (List<String> refused : List.of(List.of(mine.id(), bobs.id()), List.of(posted.id()), List.of(profile.id()),
                List.of(mine.id(), "fil_gone"))) {
            assertThat(post(ALICE, gig(refused))).as(refused.toString())
                    .isEqualTo(new JobResult.Invalid(Map.of("image_file_ids", "must be job images you uploaded and have not "
                            + "posted with a job")));
        }
        List<String> six = IntStream.range(0, FileLimits.DEFAULT.maxJobPhotos() + 1).mapToObj(i -> image(ALICE, null).id())
                .toList();
        assertThat(post(ALICE, gig(six))).isEqualTo(new JobResult.Invalid(Map.of("image_file_ids", "at most 5 images")));

        assertThat(world.storedCount()).as("no job was stored").isEqualTo(jobs);
        assertThat(world.files.byId(mine.id())).hasValueSatisfying(file -> assertThat(file.jobId()).isNull());
    }

    @Test
    void theGigFieldsAreChecked() {
        InvalidCommandException refused = catchThrowableOfType(InvalidCommandException.class, () -> new JobRequest(
                "plumbing", null, MANILA, null, Urgency.IMMEDIATE, null, null, false, " ", 0,
                List.of("fil_a", "fil_a", "not-a-file")));
        assertThat(refused.fields()).containsOnlyKeys("title", "duration_hours", "image_file_ids");
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> new JobRequest("plumbing", null, MANILA, null,
                Urgency.IMMEDIATE, null, null, false, "x".repeat(JobDetails.MAX_TITLE_LENGTH + 1),
                JobDetails.MAX_DURATION_HOURS + 1, List.of("fil_a", "fil_a"))).fields())
                .containsOnlyKeys("title", "duration_hours", "image_file_ids");
        assertThat(new JobRequest("plumbing", null, MANILA, null, Urgency.IMMEDIATE, null, null, false, null, null, null)
                .imageFileIds()).isEmpty();
    }
}

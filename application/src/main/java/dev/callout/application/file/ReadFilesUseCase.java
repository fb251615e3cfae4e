package dev.callout.application.file;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Uploaded files for those allowed to see them: the owner; for profile pictures any signed-in
 * user; for job photos and dispute evidence the job's parties and admins. Owners list and delete theirs.
 */
public interface ReadFilesUseCase {

    Optional<FileContent> content(Actor actor, String fileId);

    /** The file's record, on the same terms as its content. */
    Optional<StoredFile> file(Actor actor, String fileId);

    Page<StoredFile> mine(Actor actor, FilePurpose purpose, PageRequest page);

    /**
     * Every photo of each of these jobs the actor may read (its parties, admins, providers it is open to): those it was
     * posted with in their order, then those added since, oldest first, whoever added them. A job the actor may not read
     * has none here.
     */
    Map<JobId, List<StoredFile>> jobPhotos(Actor actor, Collection<Job> jobs);

    /**
     * Only the owner deletes, and only while no dispute's evidence and no chat message refers to the
     * file; NOT_FOUND when it is not theirs or does not exist.
     */
    Deletion delete(Actor actor, String fileId);

    record FileContent(StoredFile file, byte[] bytes) {
    }
}

package dev.callout.application.file;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Jobs;
import dev.callout.domain.file.ImageFormat;
import dev.callout.domain.file.ImageMetadata;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class FileService implements UploadFileUseCase, ReadFilesUseCase {

    private final StoredFiles files;
    private final FileContents contents;
    private final Jobs jobs;
    private final FileLimits limits;
    private final Clock clock;
    private final IdGenerator ids;

    public FileService(StoredFiles files, FileContents contents, Jobs jobs, FileLimits limits, Clock clock,
                       IdGenerator ids) {
        this.files = files;
        this.contents = contents;
        this.jobs = jobs;
        this.limits = limits;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public UploadResult upload(UploadCommand command) {
        if (command.purpose().belongsToJob() != (command.jobId() != null)) {
            return new UploadResult.Refused(FileRefusal.JOB_REQUIRED);
        }
        if (command.jobId() != null) {
            Optional<Job> job = jobs.byId(command.jobId()).filter(found -> found.isParty(command.actor()));
            if (job.isEmpty()) {
                return new UploadResult.Refused(FileRefusal.JOB_NOT_FOUND);
            }
            if (command.purpose() == FilePurpose.JOB
                    && files.countForJob(command.jobId(), FilePurpose.JOB) >= limits.maxJobPhotos()) {
                return new UploadResult.Refused(FileRefusal.TOO_MANY_PHOTOS);
            }
        }
        Checked checked = check(command.purpose(), command.upload());
        if (checked.refusal() != null) {
            return new UploadResult.Refused(checked.refusal());
        }
        return new UploadResult.Uploaded(store(command.actor(), command.purpose(), command.jobId(), command.upload(), checked));
    }

    @Override
    public PhotosResult addJobPhotos(Actor actor, JobId jobId, List<Upload> photos) {
        Optional<Job> job = jobs.byId(jobId).filter(found -> found.customerId().equals(actor.id()));
        if (job.isEmpty()) {
            return new PhotosResult.Refused(FileRefusal.JOB_NOT_FOUND);
        }
        if (photos.isEmpty() || files.countForJob(jobId, FilePurpose.JOB) + photos.size() > limits.maxJobPhotos()) {
            return new PhotosResult.Refused(FileRefusal.TOO_MANY_PHOTOS);
        }
        List<Checked> checked = new ArrayList<>();
        for (Upload photo : photos) {
            Checked one = check(FilePurpose.JOB, photo);
            if (one.refusal() != null) {
                return new PhotosResult.Refused(one.refusal());
            }
            checked.add(one);
        }
        List<StoredFile> stored = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            stored.add(store(actor, FilePurpose.JOB, jobId, photos.get(i), checked.get(i)));
        }
        return new PhotosResult.Uploaded(stored);
    }

    @Override
    public Optional<FileContent> content(Actor actor, String fileId) {
        return file(actor, fileId).flatMap(file -> contents.read(file.id()).map(bytes -> new FileContent(file, bytes)));
    }

    @Override
    public Optional<StoredFile> file(Actor actor, String fileId) {
        return files.byId(fileId).filter(file -> maySee(actor, file));
    }

    @Override
    public Page<StoredFile> mine(Actor actor, FilePurpose purpose, PageRequest page) {
        return files.byOwner(actor.id(), purpose, page);
    }

    @Override
    public boolean delete(Actor actor, String fileId) {
        Optional<StoredFile> file = files.byId(fileId).filter(found -> found.ownerId().equals(actor.id()));
        if (file.isEmpty() || !files.delete(fileId)) {
            return false;
        }
        contents.delete(fileId);
        return true;
    }

    private boolean maySee(Actor actor, StoredFile file) {
        if (file.ownerId().equals(actor.id()) || file.purpose() == FilePurpose.PROFILE) {
            return true;
        }
        return actor.is(Role.ADMIN) || jobs.byId(file.jobId()).map(job -> job.isParty(actor)).orElse(false);
    }

    /** The image's format and its bytes without metadata, or why it is refused. */
    private record Checked(ImageFormat format, byte[] stripped, FileRefusal refusal) {
    }

    private Checked check(FilePurpose purpose, Upload upload) {
        if (upload.bytes().length > limits.maxBytes(purpose)) {
            return new Checked(null, null, FileRefusal.FILE_TOO_LARGE);
        }
        Optional<ImageFormat> format = ImageFormat.detect(upload.bytes());
        if (format.isEmpty()) {
            return new Checked(null, null, FileRefusal.UNSUPPORTED_FILE_TYPE);
        }
        try {
            return new Checked(format.get(), ImageMetadata.strip(format.get(), upload.bytes()), null);
        } catch (IllegalArgumentException damaged) {
            return new Checked(null, null, FileRefusal.UNSUPPORTED_FILE_TYPE);
        }
    }

    /** Bytes first, then the record: a crash in between leaves unreferenced bytes, never a record without bytes. */
    private StoredFile store(Actor actor, FilePurpose purpose, JobId jobId, Upload upload, Checked checked) {
        StoredFile file = new StoredFile(StoredFile.nextId(ids), actor.id(), purpose, jobId, upload.originalName(),
                checked.format(), checked.stripped().length, clock.instant());
        contents.write(file.id(), checked.stripped());
        files.add(file);
        return file;
    }
}

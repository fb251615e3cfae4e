package dev.callout.application.file;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.file.ImageInspector.Inspection;
import dev.callout.application.port.Disputes;
import dev.callout.application.port.FileContents;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Messages;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Users;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.ImageFormat;
import dev.callout.domain.file.ImageMetadata;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Uploads are checked in full before anything is kept: the size, the format by the first bytes,
 * the metadata stripped, and what is left decoded whole ({@link ImageInspector}). Job photos are
 * added under the store's per-job cap, so concurrent uploads never pass it; a job image may be
 * uploaded before its job is posted (see {@code PostJobUseCase}). A file that a dispute, a chat
 * message, its owner's profile or the job it was posted with refers to is not deleted.
 */
public final class FileService implements UploadFileUseCase, ReadFilesUseCase {

    private final StoredFiles files;
    private final FileContents contents;
    private final Jobs jobs;
    private final Disputes disputes;
    private final Messages messages;
    private final Users users;
    private final FileLimits limits;
    private final ImageInspector inspector;
    private final Clock clock;
    private final IdGenerator ids;

    public FileService(StoredFiles files, FileContents contents, Jobs jobs, Disputes disputes, Messages messages,
                       Users users, FileLimits limits, Clock clock, IdGenerator ids) {
        this.files = files;
        this.contents = contents;
        this.jobs = jobs;
        this.disputes = disputes;
        this.messages = messages;
        this.users = users;
        this.limits = limits;
        this.inspector = new ImageInspector(limits.maxImagePixels());
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public UploadResult upload(UploadCommand command) {
        if (!command.purpose().admitsJob(command.jobId() != null)) {
            return new UploadResult.Refused(FileRefusal.JOB_REQUIRED);
        }
        if (command.jobId() != null) {
            Optional<Job> job = jobs.byId(command.jobId()).filter(found -> found.isParty(command.actor()));
            if (job.isEmpty()) {
                return new UploadResult.Refused(FileRefusal.JOB_NOT_FOUND);
            }
            if (command.purpose() == FilePurpose.JOB && !photosFit(command.jobId(), 1)) {
                return new UploadResult.Refused(FileRefusal.TOO_MANY_PHOTOS);
            }
        }
        Checked checked = check(command.purpose(), command.upload());
        if (checked.refusal() != null) {
            return new UploadResult.Refused(checked.refusal());
        }
        StoredFile file = record(command.actor(), command.purpose(), command.jobId(), command.upload(), checked);
        if (command.jobId() != null && command.purpose() == FilePurpose.JOB) {
            return storePhotos(command.jobId(), List.of(file), List.of(checked))
                    ? new UploadResult.Uploaded(file) : new UploadResult.Refused(FileRefusal.TOO_MANY_PHOTOS);
        }
        contents.write(file.id(), checked.stripped());
        files.add(file);
        return new UploadResult.Uploaded(file);
    }

    @Override
    public PhotosResult addJobPhotos(Actor actor, JobId jobId, List<Upload> photos) {
        Optional<Job> job = jobs.byId(jobId).filter(found -> found.customerId().equals(actor.id()));
        if (job.isEmpty()) {
            return new PhotosResult.Refused(FileRefusal.JOB_NOT_FOUND);
        }
        if (photos.isEmpty() || !photosFit(jobId, photos.size())) {
            return new PhotosResult.Refused(FileRefusal.TOO_MANY_PHOTOS);
        }
        List<Checked> checked = new ArrayList<>();
        List<StoredFile> stored = new ArrayList<>();
        for (Upload photo : photos) {
            Checked one = check(FilePurpose.JOB, photo);
            if (one.refusal() != null) {
                return new PhotosResult.Refused(one.refusal());
            }
            checked.add(one);
            stored.add(record(actor, FilePurpose.JOB, jobId, photo, one));
        }
        return storePhotos(jobId, stored, checked)
                ? new PhotosResult.Uploaded(stored) : new PhotosResult.Refused(FileRefusal.TOO_MANY_PHOTOS);
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
    public Map<JobId, List<StoredFile>> jobPhotos(Actor actor, Collection<Job> jobs) {
        Map<JobId, Job> readable = jobs.stream().filter(job -> job.isVisibleTo(actor))
                .collect(Collectors.toMap(Job::id, Function.identity(), (same, again) -> same));
        if (readable.isEmpty()) {
            return Map.of();
        }
        return files.photosOf(readable.keySet()).stream().collect(Collectors.groupingBy(StoredFile::jobId, Collectors.collectingAndThen(
                Collectors.toList(), photos -> JobPhotos.postedFirst(readable.get(photos.getFirst().jobId()), photos))));
    }

    @Override
    public Deletion delete(Actor actor, String fileId) {
        Optional<StoredFile> file = files.byId(fileId).filter(found -> found.ownerId().equals(actor.id()));
        if (file.isEmpty()) {
            return Deletion.NOT_FOUND;
        }
        if (disputes.cites(fileId) || messages.shows(fileId) || isProfileImageOf(actor, fileId) || isPostedWith(file.get())) {
            return Deletion.IN_USE;
        }
        Deletion deletion = files.delete(file.get());
        if (deletion == Deletion.DELETED) {
            contents.delete(fileId);
        }
        return deletion;
    }

    /** An image the job was posted with stays as long as the job. */
    private boolean isPostedWith(StoredFile file) {
        return file.jobId() != null
                && jobs.byId(file.jobId()).filter(job -> job.details().imageFileIds().contains(file.id())).isPresent();
    }

    /** Only its owner can have a file as their profile image. */
    private boolean isProfileImageOf(Actor owner, String fileId) {
        return users.byId(owner.id()).filter(user -> fileId.equals(user.profile().imageFileId())).isPresent();
    }

    private boolean maySee(Actor actor, StoredFile file) {
        if (file.ownerId().equals(actor.id()) || file.purpose() == FilePurpose.PROFILE) {
            return true;
        }
        return actor.is(Role.ADMIN) || file.jobId() != null && jobs.byId(file.jobId())
                .map(job -> file.purpose() == FilePurpose.JOB ? job.isVisibleTo(actor) : job.isParty(actor)).orElse(false);
    }

    /** A quick look before the work of checking images; {@link StoredFiles#addJobPhotos} decides. */
    private boolean photosFit(JobId jobId, int more) {
        return files.countForJob(jobId, FilePurpose.JOB) + more <= limits.maxJobPhotos();
    }

    /** The image's format and its bytes without metadata, or why it is refused. */
    private record Checked(ImageFormat format, byte[] stripped, FileRefusal refusal) {
        static Checked refused(FileRefusal refusal) {
            return new Checked(null, null, refusal);
        }
    }

    private Checked check(FilePurpose purpose, Upload upload) {
        if (upload.bytes().length > limits.maxBytes(purpose)) {
            return Checked.refused(FileRefusal.FILE_TOO_LARGE);
        }
        Optional<ImageFormat> format = ImageFormat.detect(upload.bytes()).filter(found -> limits.accepts(purpose, found));
        if (format.isEmpty()) {
            return Checked.refused(FileRefusal.UNSUPPORTED_FILE_TYPE);
        }
        byte[] stripped;
        try {
            stripped = ImageMetadata.strip(format.get(), upload.bytes());
        } catch (IllegalArgumentException damaged) {
            return Checked.refused(FileRefusal.DAMAGED_IMAGE);
        }
        // what is decoded is what is kept: the stripped bytes
        return switch (inspector.inspect(format.get(), stripped)) {
            case Inspection.Whole whole -> new Checked(format.get(), stripped, null);
            case Inspection.Damaged damaged -> Checked.refused(FileRefusal.DAMAGED_IMAGE);
            case Inspection.TooLarge tooLarge -> Checked.refused(FileRefusal.IMAGE_TOO_LARGE);
            case Inspection.NoDecoder none -> Checked.refused(FileRefusal.UNSUPPORTED_FILE_TYPE);
        };
    }

    private StoredFile record(Actor actor, FilePurpose purpose, JobId jobId, Upload upload, Checked checked) {
        return new StoredFile(StoredFile.nextId(ids), actor.id(), purpose, jobId, upload.originalName(), checked.format(),
                checked.stripped().length, clock.instant());
    }

    /**
     * Bytes first, then the records under the per-job cap: a crash in between leaves unreferenced
     * bytes (the orphan sweep removes them), never a record without bytes; a lost race removes them at once.
     */
    private boolean storePhotos(JobId jobId, List<StoredFile> photos, List<Checked> checked) {
        for (int i = 0; i < photos.size(); i++) {
            contents.write(photos.get(i).id(), checked.get(i).stripped());
        }
        if (files.addJobPhotos(jobId, photos, limits.maxJobPhotos())) {
            return true;
        }
        photos.forEach(photo -> contents.delete(photo.id()));
        return false;
    }
}

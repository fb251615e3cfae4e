package dev.callout.application.inmemory;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.file.Deletion;
import dev.callout.application.port.StoredFiles;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * File records in a map; job photos are added under a lock, so the per-job cap holds under
 * concurrency, and a record changed since the deleter read it is not deleted.
 */
public final class InMemoryStoredFiles implements StoredFiles {

    private final Map<String, StoredFile> files = new ConcurrentHashMap<>();

    @Override
    public void add(StoredFile file) {
        if (files.putIfAbsent(file.id(), file) != null) {
            throw new IllegalStateException("file " + file.id() + " exists");
        }
    }

    /** The count-then-add of {@code PostgresStoredFiles}, serialised by this monitor instead of the job row's lock. */
    @Override
    public synchronized boolean addJobPhotos(JobId jobId, List<StoredFile> photos, int max) {
        if (countForJob(jobId, FilePurpose.JOB) + photos.size() > max) {
            return false;
        }
        photos.forEach(this::add);
        return true;
    }

    @Override
    public Optional<StoredFile> byId(String id) {
        return Optional.ofNullable(files.get(id));
    }

    @Override
    public Optional<StoredFile> holdForReference(String id) {
        return byId(id);
    }

    @Override
    public List<StoredFile> holdForAttaching(Collection<String> ids) {
        return ids.stream().flatMap(id -> byId(id).stream()).toList();
    }

    @Override
    public void attach(Collection<String> ids, JobId jobId) {
        ids.forEach(id -> files.computeIfPresent(id, (key, file) -> new StoredFile(file.id(), file.ownerId(), file.purpose(),
                jobId, file.originalName(), file.format(), file.size(), file.createdAt())));
    }

    @Override
    public Deletion delete(StoredFile file) {
        if (files.remove(file.id(), file)) {
            return Deletion.DELETED;
        }
        return files.containsKey(file.id()) ? Deletion.IN_USE : Deletion.NOT_FOUND;
    }

    @Override
    public Set<String> existing(Collection<String> ids) {
        return ids.stream().filter(files::containsKey).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Page<StoredFile> byOwner(UserId owner, FilePurpose purpose, PageRequest page) {
        List<StoredFile> mine = files.values().stream()
                .filter(file -> file.ownerId().equals(owner) && (purpose == null || file.purpose() == purpose))
                .sorted(Comparator.comparing(StoredFile::createdAt).thenComparing(StoredFile::id).reversed())
                .toList();
        return Pages.of(mine, page);
    }

    @Override
    public List<StoredFile> photosOf(Collection<JobId> jobIds) {
        return files.values().stream().filter(file -> file.purpose() == FilePurpose.JOB && file.jobId() != null && jobIds.contains(file.jobId()))
                .sorted(Comparator.comparing(StoredFile::createdAt).thenComparing(StoredFile::id)).toList();
    }

    @Override
    public int countForJob(JobId jobId, FilePurpose purpose) {
        return (int) files.values().stream().filter(file -> jobId.equals(file.jobId()) && file.purpose() == purpose).count();
    }

    /** Removes the job's files (photos and dispute evidence): their ids. */
    synchronized List<String> removeJob(JobId jobId) {
        List<String> ids = files.values().stream().filter(file -> jobId.equals(file.jobId())).map(StoredFile::id).toList();
        ids.forEach(files::remove);
        return ids;
    }
}

package dev.callout.bootstrap;

import dev.callout.application.file.FileLimits;
import dev.callout.domain.file.ImageFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.Set;

/**
 * Trust and conversation settings ({@code callout.trust.*}, e.g. CALLOUT_TRUST_REVIEW_WINDOW=14d).
 * Reviews may be written (and stay hidden until both parties wrote theirs, unless
 * {@code reviews-double-blind} is false: then each is visible at once) for 7 days after
 * completion; a completed job may be disputed for 7 days. Uploads: profile images and dispute
 * evidence up to 10 MB, job photos up to 5 MB and 5 per job in any accepted format ({@code job-photo-formats}:
 * JPEG, PNG, GIF, WebP), images of at most 50 million pixels.
 * Files are stored under {@code files-directory}, by default {@code <data-dir>/files}; every
 * {@code files-sweep-interval} (1 hour) bytes that no record names and that are older than
 * {@code files-orphan-grace} (1 hour) are removed. The upload rate limit is
 * {@code callout.rate-limits.uploads.limit} (10) per {@code .period} (1 minute) per user.
 */
@ConfigurationProperties("callout.trust")
public class TrustSettings {

    private Duration reviewWindow = Duration.ofDays(7);
    private boolean reviewsDoubleBlind = true;
    private Duration disputeWindow = Duration.ofDays(7);
    private String filesDirectory;
    private long profileImageMaxBytes = FileLimits.DEFAULT.profileMaxBytes();
    private long jobPhotoMaxBytes = FileLimits.DEFAULT.jobMaxBytes();
    private long disputeEvidenceMaxBytes = FileLimits.DEFAULT.disputeMaxBytes();
    private int maxJobPhotos = FileLimits.DEFAULT.maxJobPhotos();
    private long maxImagePixels = FileLimits.DEFAULT.maxImagePixels();
    private Set<ImageFormat> jobPhotoFormats = FileLimits.DEFAULT.jobPhotoFormats();
    private Duration filesOrphanGrace = Duration.ofHours(1);
    private Duration filesSweepInterval = Duration.ofHours(1);

    FileLimits fileLimits() {
        return new FileLimits(profileImageMaxBytes, jobPhotoMaxBytes, disputeEvidenceMaxBytes, maxJobPhotos, maxImagePixels,
                jobPhotoFormats);
    }

    public Duration getReviewWindow() {
        return reviewWindow;
    }

    public void setReviewWindow(Duration reviewWindow) {
        this.reviewWindow = reviewWindow;
    }

    public boolean isReviewsDoubleBlind() {
        return reviewsDoubleBlind;
    }

    public void setReviewsDoubleBlind(boolean reviewsDoubleBlind) {
        this.reviewsDoubleBlind = reviewsDoubleBlind;
    }

    public Duration getDisputeWindow() {
        return disputeWindow;
    }

    public void setDisputeWindow(Duration disputeWindow) {
        this.disputeWindow = disputeWindow;
    }

    @Nullable
    public String getFilesDirectory() {
        return filesDirectory;
    }

    public void setFilesDirectory(@Nullable String filesDirectory) {
        this.filesDirectory = filesDirectory;
    }

    public long getProfileImageMaxBytes() {
        return profileImageMaxBytes;
    }

    public void setProfileImageMaxBytes(long profileImageMaxBytes) {
        this.profileImageMaxBytes = profileImageMaxBytes;
    }

    public long getJobPhotoMaxBytes() {
        return jobPhotoMaxBytes;
    }

    public void setJobPhotoMaxBytes(long jobPhotoMaxBytes) {
        this.jobPhotoMaxBytes = jobPhotoMaxBytes;
    }

    public long getDisputeEvidenceMaxBytes() {
        return disputeEvidenceMaxBytes;
    }

    public void setDisputeEvidenceMaxBytes(long disputeEvidenceMaxBytes) {
        this.disputeEvidenceMaxBytes = disputeEvidenceMaxBytes;
    }

    public int getMaxJobPhotos() {
        return maxJobPhotos;
    }

    public void setMaxJobPhotos(int maxJobPhotos) {
        this.maxJobPhotos = maxJobPhotos;
    }

    public long getMaxImagePixels() {
        return maxImagePixels;
    }

    public void setMaxImagePixels(long maxImagePixels) {
        this.maxImagePixels = maxImagePixels;
    }

    public Set<ImageFormat> getJobPhotoFormats() {
        return jobPhotoFormats;
    }

    public void setJobPhotoFormats(Set<ImageFormat> jobPhotoFormats) {
        this.jobPhotoFormats = jobPhotoFormats;
    }

    public Duration getFilesOrphanGrace() {
        return filesOrphanGrace;
    }

    public void setFilesOrphanGrace(Duration filesOrphanGrace) {
        this.filesOrphanGrace = filesOrphanGrace;
    }

    /** How often, and how long after start first, orphaned bytes are swept. */
    public Duration getFilesSweepInterval() {
        return filesSweepInterval;
    }

    public void setFilesSweepInterval(Duration filesSweepInterval) {
        this.filesSweepInterval = filesSweepInterval;
    }
}

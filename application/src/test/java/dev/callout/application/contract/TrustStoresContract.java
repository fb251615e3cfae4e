package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.PageRequest;
import dev.callout.application.file.Deletion;
import dev.callout.application.port.Disputes;
import dev.callout.application.port.Favorites;
import dev.callout.application.port.FileContents;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Messages;
import dev.callout.application.port.Notifications;
import dev.callout.application.port.Reviews;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Users;
import dev.callout.domain.chat.Message;
import dev.callout.domain.dispute.Dispute;
import dev.callout.domain.dispute.DisputeId;
import dev.callout.domain.dispute.DisputeStatus;
import dev.callout.domain.dispute.Resolution;
import dev.callout.domain.favorite.Favorite;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.ImageFormat;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.Job;
import dev.callout.domain.notification.Notification;
import dev.callout.domain.review.RatingSummary;
import dev.callout.domain.review.Review;
import dev.callout.domain.review.ReviewId;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Profile;
import dev.callout.domain.user.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What the stores of files, reviews, favourites, disputes, notifications and messages must do. */
public abstract class TrustStoresContract {

    protected abstract Users users();

    protected abstract Jobs jobs();

    protected abstract StoredFiles files();

    protected abstract FileContents contents();

    protected abstract Reviews reviews();

    protected abstract Favorites favorites();

    protected abstract Disputes disputes();

    protected abstract Notifications notifications();

    protected abstract Messages messages();

    private User customer() {
        User user = ContractFixtures.customer();
        users().add(user);
        return user;
    }

    private User provider() {
        User user = ContractFixtures.provider(Set.of("plumber"));
        users().add(user);
        return user;
    }

    private Job completedJob(User customer, User provider) {
        Job job = ContractFixtures.completed(customer.id(), provider.id(), "plumber", at(0));
        jobs().add(job);
        return job;
    }

    private StoredFile stored(User owner, Job job, FilePurpose purpose) {
        StoredFile file = new StoredFile("fil_" + ContractFixtures.unique(), owner.id(), purpose, job == null ? null : job.id(),
                "photo.png", ImageFormat.PNG, 100, at(1));
        files().add(file);
        return file;
    }

    private StoredFile photo(User owner, Job job) {
        return new StoredFile("fil_" + ContractFixtures.unique(), owner.id(), FilePurpose.JOB, job.id(), null, ImageFormat.JPEG,
                100, at(1));
    }

    @Test
    void job_photos_stay_within_the_cap_under_concurrent_adds() throws Exception {
        User owner = customer();
        Job job = completedJob(owner, provider());
        assertThat(files().addJobPhotos(job.id(), List.of(photo(owner, job), photo(owner, job)), 5)).isTrue();
        assertThat(files().addJobPhotos(job.id(), List.of(photo(owner, job), photo(owner, job), photo(owner, job), photo(owner, job)), 5))
                .as("all or none").isFalse();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> adds = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                adds.add(pool.submit(() -> {
                    start.await();
                    return files().addJobPhotos(job.id(), List.of(photo(owner, job)), 5);
                }));
            }
            start.countDown();
            int added = 0;
            for (Future<Boolean> add : adds) {
                added += add.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(added).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(files().countForJob(job.id(), FilePurpose.JOB)).isEqualTo(5);
    }

    @Test
    void bytes_are_listed_by_when_they_were_written() {
        String id = "fil_" + ContractFixtures.unique();
        Instant now = Instant.now();
        contents().write(id, new byte[] {7});
        try (var written = contents().writtenBefore(now.plusSeconds(3_600))) {
            assertThat(written).contains(id);
        }
        try (var written = contents().writtenBefore(now.minusSeconds(3_600))) {
            assertThat(written).doesNotContain(id);
        }
        assertThat(contents().discardUnfinishedBefore(now.plusSeconds(3_600))).isZero();
        assertThat(contents().read(id)).isPresent();
    }

    @Test
    void files_are_kept_listed_per_owner_counted_per_job_and_deleted() {
        User owner = customer();
        Job job = completedJob(owner, provider());
        StoredFile profile = new StoredFile("fil_" + ContractFixtures.unique(), owner.id(), FilePurpose.PROFILE, null, "me.png",
                ImageFormat.PNG, 120, at(1));
        StoredFile photo = new StoredFile("fil_" + ContractFixtures.unique(), owner.id(), FilePurpose.JOB, job.id(), null,
                ImageFormat.JPEG, 4_000, at(2));
        files().add(profile);
        files().add(photo);
        contents().write(photo.id(), new byte[] {1, 2, 3});

        assertThat(files().byId(photo.id())).contains(photo);
        assertThat(files().byOwner(owner.id(), null, new PageRequest(1, 10)).items()).containsExactly(photo, profile);
        assertThat(files().byOwner(owner.id(), FilePurpose.PROFILE, new PageRequest(1, 10)).items()).containsExactly(profile);
        assertThat(files().countForJob(job.id(), FilePurpose.JOB)).isEqualTo(1);
        assertThat(files().countForJob(job.id(), FilePurpose.DISPUTE)).isZero();
        assertThat(contents().read(photo.id())).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(1, 2, 3));

        assertThat(files().existing(List.of(photo.id(), profile.id(), "fil_nothing"))).containsExactlyInAnyOrder(photo.id(), profile.id());
        assertThat(files().existing(List.of())).isEmpty();
        assertThat(files().delete(photo)).isEqualTo(Deletion.DELETED);
        assertThat(files().delete(photo)).isEqualTo(Deletion.NOT_FOUND);
        contents().delete(photo.id());
        assertThat(files().byId(photo.id())).isEmpty();
        assertThat(contents().read(photo.id())).isEmpty();
    }

    @Test
    void a_jobs_photos_are_listed_oldest_first_without_other_files_or_other_jobs() {
        User owner = customer();
        User provider = provider();
        Job job = completedJob(owner, provider);
        Job other = completedJob(owner, provider);
        StoredFile later = uploaded(owner, job, FilePurpose.JOB, 30);
        StoredFile first = uploaded(owner, job, FilePurpose.JOB, 10);
        StoredFile byProvider = uploaded(provider, job, FilePurpose.JOB, 20);
        uploaded(owner, job, FilePurpose.DISPUTE, 15);
        StoredFile elsewhere = uploaded(owner, other, FilePurpose.JOB, 5);
        uploaded(owner, null, FilePurpose.JOB, 1);

        assertThat(files().photosOf(List.of(job.id()))).containsExactly(first, byProvider, later);
        assertThat(files().photosOf(List.of(job.id(), other.id()))).containsExactly(elsewhere, first, byProvider, later);
        assertThat(files().photosOf(List.of())).isEmpty();
    }

    private StoredFile uploaded(User owner, Job job, FilePurpose purpose, int second) {
        StoredFile file = new StoredFile("fil_" + ContractFixtures.unique(), owner.id(), purpose, job == null ? null : job.id(),
                "photo.png", ImageFormat.PNG, 100, at(second));
        files().add(file);
        return file;
    }

    @Test
    void job_images_uploaded_before_posting_are_attached_to_the_job_and_a_deletion_as_read_before_then_is_refused() {
        User owner = customer();
        Job job = completedJob(owner, provider());
        StoredFile first = stored(owner, null, FilePurpose.JOB);
        StoredFile second = stored(owner, null, FilePurpose.JOB);

        assertThat(files().holdForAttaching(List.of(second.id(), first.id(), "fil_nothing")))
                .containsExactlyInAnyOrder(first, second);
        files().attach(List.of(first.id(), second.id()), job.id());

        assertThat(files().byId(first.id())).hasValueSatisfying(file -> assertThat(file.jobId()).isEqualTo(job.id()));
        assertThat(files().countForJob(job.id(), FilePurpose.JOB)).isEqualTo(2);
        assertThat(files().delete(first)).as("read before it was attached").isEqualTo(Deletion.IN_USE);
        assertThat(files().byId(first.id())).isPresent();
        assertThat(files().delete(files().byId(second.id()).orElseThrow())).isEqualTo(Deletion.DELETED);
    }

    @Test
    void a_profile_image_is_a_file_held_for_the_reference_and_reads_back_with_its_user() {
        User owner = customer();
        StoredFile picture = stored(owner, null, FilePurpose.PROFILE);

        assertThat(files().holdForReference(picture.id())).contains(picture);
        assertThat(files().holdForReference("fil_" + ContractFixtures.unique())).isEmpty();
        User pictured = owner.withProfile(new Profile("Likes dogs", null, picture.id()));
        assertThat(users().update(pictured)).isEqualTo(Users.UpdateResult.UPDATED);
        assertThat(users().byId(owner.id())).contains(pictured);

        User cleared = pictured.withProfile(pictured.profile().withImageFileId(null));
        users().update(cleared);
        assertThat(users().byId(owner.id()).orElseThrow().profile()).isEqualTo(new Profile("Likes dogs", null, null));
        assertThat(files().delete(picture)).as("no longer anyone's picture").isEqualTo(Deletion.DELETED);
    }

    @Test
    void a_review_is_kept_once_per_author_and_job_and_counts_only_when_revealed() {
        User customer = customer();
        User provider = provider();
        Job job = completedJob(customer, provider);
        Instant closes = at(10_000);
        Review byCustomer = new Review(new ReviewId("rev_" + ContractFixtures.unique()), job.id(), customer.id(), provider.id(),
                5, "quick and tidy", at(100), at(100));
        Review again = new Review(new ReviewId("rev_" + ContractFixtures.unique()), job.id(), customer.id(), provider.id(),
                1, null, at(101), at(101));
        assertThat(reviews().add(byCustomer, closes)).isEqualTo(Reviews.AddResult.ADDED);
        assertThat(reviews().add(again, closes)).isEqualTo(Reviews.AddResult.ALREADY_REVIEWED);
        assertThat(reviews().byJobAndAuthor(job.id(), customer.id())).contains(byCustomer);

        assertThat(reviews().summaryAbout(provider.id(), at(200)).count()).as("hidden until both reviewed").isZero();
        assertThat(reviews().revealedAbout(provider.id(), at(200), new PageRequest(1, 10)).items()).isEmpty();
        assertThat(reviews().summaryAbout(provider.id(), closes.plusSeconds(1)).count()).as("or the window closed").isEqualTo(1);

        Review byProvider = new Review(new ReviewId("rev_" + ContractFixtures.unique()), job.id(), provider.id(), customer.id(),
                4, null, at(300), at(300));
        reviews().add(byProvider, closes);
        RatingSummary summary = reviews().summaryAbout(provider.id(), at(400));
        assertThat(summary.count()).isEqualTo(1);
        assertThat(summary.distribution()).containsEntry(5, 1L).containsEntry(1, 0L);
        assertThat(reviews().revealedAbout(customer.id(), at(400), new PageRequest(1, 10)).items()).containsExactly(byProvider);
        assertThat(reviews().byAuthor(customer.id(), new PageRequest(1, 10)).items()).containsExactly(byCustomer);

        Review edited = new Review(byCustomer.id(), job.id(), customer.id(), provider.id(), 3, "on reflection", at(100), at(500));
        reviews().update(edited);
        assertThat(reviews().byId(byCustomer.id())).contains(edited);
        assertThat(reviews().delete(byCustomer.id())).isTrue();
        assertThat(reviews().byId(byCustomer.id())).isEmpty();
    }

    @Test
    void a_customer_favours_a_provider_once() {
        User customer = customer();
        User provider = provider();
        Favorite favorite = new Favorite("fav_" + ContractFixtures.unique(), customer.id(), provider.id(), "reliable", at(1));
        assertThat(favorites().add(favorite)).isEqualTo(Favorites.AddResult.ADDED);
        assertThat(favorites().add(new Favorite("fav_" + ContractFixtures.unique(), customer.id(), provider.id(), null, at(2))))
                .isEqualTo(Favorites.AddResult.DUPLICATE);
        assertThat(favorites().of(customer.id())).containsExactly(favorite);
        assertThat(favorites().byId(favorite.id())).contains(favorite);
        assertThat(favorites().delete(favorite.id())).isTrue();
        assertThat(favorites().of(customer.id())).isEmpty();
    }

    @Test
    void a_job_has_one_dispute_changed_only_from_the_status_read() {
        User customer = customer();
        User provider = provider();
        Job job = completedJob(customer, provider);
        StoredFile evidence = stored(customer, job, FilePurpose.DISPUTE);
        Dispute withMissing = new Dispute(new DisputeId("dsp_" + ContractFixtures.unique()), job.id(), customer.id(), "left early",
                List.of(evidence.id(), "fil_deleted"), DisputeStatus.OPEN, null, null, null, null, at(9), null, null);
        assertThat(disputes().add(withMissing, job)).isEqualTo(Disputes.AddResult.EVIDENCE_MISSING);
        assertThat(disputes().byJob(job.id())).as("nothing stored").isEmpty();
        assertThat(disputes().cites(evidence.id())).isFalse();
        Dispute open = new Dispute(new DisputeId("dsp_" + ContractFixtures.unique()), job.id(), customer.id(), "left early",
                List.of(evidence.id()), DisputeStatus.OPEN, null, null, null, null, at(10), null, null);
        assertThat(disputes().add(open, job)).isEqualTo(Disputes.AddResult.ADDED);
        assertThat(disputes().cites(evidence.id())).isTrue();
        Dispute second = new Dispute(new DisputeId("dsp_" + ContractFixtures.unique()), job.id(), provider.id(), "no",
                List.of(), DisputeStatus.OPEN, null, null, null, null, at(11), null, null);
        assertThat(disputes().add(second, job)).isEqualTo(Disputes.AddResult.ALREADY_EXISTS);
        assertThat(disputes().byJob(job.id())).contains(open);

        Dispute resolved = ((Dispute.Outcome.Done) open.resolve(Actor.admin(ContractFixtures.admin().id()), Resolution.PARTIAL_REFUND,
                ContractFixtures.php(30_000), "half", ContractFixtures.php(85_000), at(20))).dispute();
        assertThat(disputes().update(resolved, DisputeStatus.UNDER_REVIEW)).as("not the status it has").isFalse();
        assertThat(disputes().update(resolved, DisputeStatus.OPEN)).isTrue();
        assertThat(disputes().byId(open.id())).contains(resolved);

        assertThat(disputes().list(provider.id(), new PageRequest(1, 10)).items()).containsExactly(resolved);
        assertThat(disputes().list(customer().id(), new PageRequest(1, 10)).items()).isEmpty();
        assertThat(disputes().list(null, new PageRequest(1, 100)).items()).contains(resolved);
    }

    @Test
    void a_notification_is_kept_once_per_source_and_recipient_and_read_by_its_recipient_only() {
        User recipient = customer();
        User other = customer();
        Notification first = notification(recipient, "job.accepted:job_1:t", at(1));
        assertThat(notifications().add(first)).isEqualTo(Notifications.AddResult.ADDED);
        assertThat(notifications().add(notification(recipient, "job.accepted:job_1:t", at(2))))
                .isEqualTo(Notifications.AddResult.DUPLICATE);
        assertThat(notifications().add(notification(other, "job.accepted:job_1:t", at(2)))).isEqualTo(Notifications.AddResult.ADDED);
        Notification second = notification(recipient, "job.status_changed:job_1:t2", at(3));
        notifications().add(second);

        assertThat(notifications().list(recipient.id(), null, new PageRequest(1, 10)).items()).containsExactly(second, first);
        assertThat(notifications().markRead(other.id(), first.id())).isEmpty();
        assertThat(notifications().markRead(recipient.id(), first.id())).contains(first.markedRead());
        assertThat(notifications().list(recipient.id(), false, new PageRequest(1, 10)).items()).containsExactly(second);
        assertThat(notifications().markAllRead(recipient.id())).isEqualTo(1);
        assertThat(notifications().list(recipient.id(), true, new PageRequest(1, 10)).total()).isEqualTo(2);
        assertThat(notifications().list(other.id(), false, new PageRequest(1, 10)).total()).isEqualTo(1);
    }

    @Test
    void a_thread_lists_newest_first_and_counts_what_each_party_has_not_read() {
        User customer = customer();
        User provider = provider();
        Job job = completedJob(customer, provider);
        Message hello = new Message("msg_" + ContractFixtures.unique(), job.id(), customer.id(), "hello", null, at(1), null);
        StoredFile image = stored(provider, null, FilePurpose.PROFILE);
        Message reply = new Message("msg_" + ContractFixtures.unique(), job.id(), provider.id(), "on my way", image.id(), at(2), null);
        Message more = new Message("msg_" + ContractFixtures.unique(), job.id(), customer.id(), "thanks", null, at(3), null);
        Message gone = new Message("msg_" + ContractFixtures.unique(), job.id(), customer.id(), "see", "fil_deleted", at(3), null);
        assertThat(messages().add(hello)).isTrue();
        assertThat(messages().add(reply)).isTrue();
        assertThat(messages().add(more)).isTrue();
        assertThat(messages().add(gone)).as("its image does not exist").isFalse();
        assertThat(messages().add(new Message("msg_" + ContractFixtures.unique(), ContractFixtures.jobId(), customer.id(), "hi", null,
                at(3), null))).as("its job does not exist").isFalse();
        assertThat(messages().shows(image.id())).isTrue();
        assertThat(messages().shows("fil_deleted")).isFalse();

        assertThat(messages().thread(job.id(), new PageRequest(1, 2)).items()).containsExactly(more, reply);
        assertThat(messages().thread(job.id(), new PageRequest(1, 2)).total()).isEqualTo(3);
        assertThat(messages().unread(job.id(), provider.id())).isEqualTo(2);
        assertThat(messages().unread(job.id(), customer.id())).isEqualTo(1);
        assertThat(messages().markRead(job.id(), provider.id(), at(4))).isEqualTo(2);
        assertThat(messages().unread(job.id(), provider.id())).isZero();
        assertThat(messages().unread(job.id(), customer.id())).isEqualTo(1);
        assertThat(messages().thread(job.id(), new PageRequest(1, 3)).items().getLast().readAt()).isEqualTo(at(4));
    }

    private static Notification notification(User recipient, String key, Instant at) {
        return new Notification("ntf_" + ContractFixtures.unique(), recipient.id(), "job_accepted", "Accepted", "A provider took it",
                Map.of("job_id", "job_1"), key, false, at);
    }
}

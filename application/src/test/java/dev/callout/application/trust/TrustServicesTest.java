package dev.callout.application.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.PageRequest;
import dev.callout.application.TestClock;
import dev.callout.application.chat.ChatService;
import dev.callout.application.chat.ChatUseCase.ChatRefusal;
import dev.callout.application.chat.ChatUseCase.SendMessageCommand;
import dev.callout.application.chat.ChatUseCase.SendResult;
import dev.callout.application.chat.MessageReceived;
import dev.callout.application.contract.ContractFixtures;
import dev.callout.application.dispute.DisputeRefunds;
import dev.callout.application.dispute.DisputeResult;
import dev.callout.application.dispute.DisputeService;
import dev.callout.application.dispute.DisputeUpdated;
import dev.callout.application.dispute.DisputesUseCase.RaiseDisputeCommand;
import dev.callout.application.dispute.DisputesUseCase.ResolveDisputeCommand;
import dev.callout.application.file.DeleteRefusingContents;
import dev.callout.application.file.Deletion;
import dev.callout.application.file.FileLimits;
import dev.callout.application.file.FileRefusal;
import dev.callout.application.file.FileService;
import dev.callout.application.file.SweepOrphanedFilesService;
import dev.callout.application.file.SweepOrphanedFilesUseCase;
import dev.callout.application.file.TestImages;
import dev.callout.application.file.UploadFileUseCase.PhotosResult;
import dev.callout.application.file.UploadFileUseCase.Upload;
import dev.callout.application.file.UploadFileUseCase.UploadCommand;
import dev.callout.application.file.UploadFileUseCase.UploadResult;
import dev.callout.application.inmemory.InMemoryDisputes;
import dev.callout.application.inmemory.InMemoryFileContents;
import dev.callout.application.inmemory.InMemoryJobTimeline;
import dev.callout.application.inmemory.InMemoryJobs;
import dev.callout.application.inmemory.InMemoryLiveEvents;
import dev.callout.application.inmemory.InMemoryMessages;
import dev.callout.application.inmemory.InMemoryNotifications;
import dev.callout.application.inmemory.InMemoryOutbox;
import dev.callout.application.inmemory.InMemoryProviderPresences;
import dev.callout.application.inmemory.InMemoryReviews;
import dev.callout.application.inmemory.InMemoryStoredFiles;
import dev.callout.application.inmemory.InMemoryTransactions;
import dev.callout.application.inmemory.InMemoryUsers;
import dev.callout.application.job.MoneyInput;
import dev.callout.application.notification.NotificationCreated;
import dev.callout.application.notification.NotifyOnEvents;
import dev.callout.application.port.FileContents;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.application.profile.GetProviderProfileUseCase;
import dev.callout.application.profile.ProviderProfileService;
import dev.callout.application.review.ReviewResult;
import dev.callout.application.review.ReviewService;
import dev.callout.application.review.WriteReviewUseCase.EditReviewCommand;
import dev.callout.application.review.WriteReviewUseCase.WriteReviewCommand;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.dispute.Dispute;
import dev.callout.domain.dispute.DisputeId;
import dev.callout.domain.dispute.DisputeStatus;
import dev.callout.domain.dispute.Resolution;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.ImageFormat;
import dev.callout.domain.id.TimeOrderedIds;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobDetails;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.money.Money;
import dev.callout.domain.review.ReviewPolicy;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Profile;
import dev.callout.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The trust use cases against the in-memory adapters. */
class TrustServicesTest {

    private static final byte[] PNG = TestImages.encoded("png");

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final TimeOrderedIds ids = new TimeOrderedIds(clock, new SecureRandom());
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryJobTimeline timeline = new InMemoryJobTimeline();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryStoredFiles files = new InMemoryStoredFiles();
    private final InMemoryFileContents contents = new InMemoryFileContents(clock);
    private final InMemoryDisputes disputes = new InMemoryDisputes(files);
    private final InMemoryMessages messages = new InMemoryMessages(jobs, files);
    private final FileService fileService = new FileService(files, contents, jobs, disputes, messages, users,
            FileLimits.DEFAULT, clock, ids);
    private final User customer = ContractFixtures.customer();
    private final User provider = ContractFixtures.provider(Set.of("plumber"));
    private final User admin = ContractFixtures.admin();

    TrustServicesTest() {
        users.add(customer);
        users.add(provider);
        users.add(admin);
    }

    /** A job completed {@code ago} before now. */
    private Job completed(Duration ago) {
        Instant created = clock.instant().minus(ago).minusSeconds(4_000);
        Job job = ContractFixtures.completed(customer.id(), provider.id(), "plumber", created);
        jobs.add(job);
        return job;
    }

    private Job inProgress() {
        Job completed = ContractFixtures.completed(customer.id(), provider.id(), "plumber", clock.instant().minusSeconds(5_000));
        Job job = Job.builder(completed.id(), completed.customerId(), completed.details(), completed.price())
                .providerId(completed.providerId()).status(JobStatus.IN_PROGRESS).createdAt(completed.createdAt())
                .acceptedAt(completed.acceptedAt()).startedAt(completed.startedAt()).updatedAt(completed.startedAt())
                .build();
        jobs.add(job);
        return job;
    }

    @Test
    void files_are_judged_by_their_bytes_and_job_photos_are_capped() {
        Job job = completed(Duration.ofHours(1));
        UploadResult exe = fileService.upload(new UploadCommand(customer.asActor(), FilePurpose.PROFILE, null,
                new Upload("cat.png", "MZ not an image".getBytes(StandardCharsets.US_ASCII))));
        assertThat(exe).isEqualTo(new UploadResult.Refused(FileRefusal.UNSUPPORTED_FILE_TYPE));
        UploadResult noJob = fileService.upload(new UploadCommand(customer.asActor(), FilePurpose.DISPUTE, null, new Upload("a", PNG)));
        assertThat(noJob).isEqualTo(new UploadResult.Refused(FileRefusal.JOB_REQUIRED));
        assertThat(fileService.upload(new UploadCommand(customer.asActor(), FilePurpose.PROFILE, job.id(), new Upload("a", PNG))))
                .isEqualTo(new UploadResult.Refused(FileRefusal.JOB_REQUIRED));

        List<Upload> six = java.util.Collections.nCopies(6, new Upload("p.png", PNG));
        assertThat(fileService.addJobPhotos(customer.asActor(), job.id(), six)).isEqualTo(new PhotosResult.Refused(FileRefusal.TOO_MANY_PHOTOS));
        assertThat(fileService.addJobPhotos(provider.asActor(), job.id(), six.subList(0, 1)))
                .isEqualTo(new PhotosResult.Refused(FileRefusal.JOB_NOT_FOUND));
        assertThat(fileService.addJobPhotos(customer.asActor(), job.id(), six.subList(0, 5))).isInstanceOf(PhotosResult.Uploaded.class);
        assertThat(fileService.upload(new UploadCommand(provider.asActor(), FilePurpose.JOB, job.id(), new Upload("p", PNG))))
                .isEqualTo(new UploadResult.Refused(FileRefusal.TOO_MANY_PHOTOS));
        assertThat(files.countForJob(job.id(), FilePurpose.JOB)).isEqualTo(5);
    }

    @Test
    void a_jobs_photos_are_those_it_was_posted_with_in_their_order_then_those_added_since_for_who_may_read_it() {
        StoredFile second = unposted("second.png");
        clock.advance(Duration.ofSeconds(1));
        StoredFile first = unposted("first.png");
        Job open = ContractFixtures.requested(customer.id(), "plumber", clock.instant());
        JobDetails details = open.details();
        Job job = Job.builder(open.id(), customer.id(), new JobDetails(details.category(), details.description(), details.location(),
                null, details.urgency(), null, false, null, null, List.of(first.id(), second.id())), open.price())
                .createdAt(open.createdAt()).updatedAt(open.updatedAt()).build();
        jobs.add(job);
        files.attach(List.of(first.id(), second.id()), job.id());
        clock.advance(Duration.ofSeconds(1));
        List<StoredFile> added = ((PhotosResult.Uploaded) fileService.addJobPhotos(customer.asActor(), job.id(),
                List.of(new Upload("later.png", PNG)))).files();
        Job elsewhere = completed(Duration.ofHours(1));
        User outsider = ContractFixtures.provider(Set.of("electrician"));

        List<String> expected = List.of(first.id(), second.id(), added.getFirst().id());
        for (User reader : List.of(customer, provider, admin)) {
            assertThat(fileService.jobPhotos(reader.asActor(), List.of(job, elsewhere)).get(job.id()))
                    .as(reader.role().name()).extracting(StoredFile::id).containsExactlyElementsOf(expected);
        }
        assertThat(fileService.jobPhotos(outsider.asActor(), List.of(job))).as("who may not read the job").isEmpty();
        assertThat(fileService.jobPhotos(customer.asActor(), List.of(elsewhere))).as("a job without photos").isEmpty();
    }

    private StoredFile unposted(String name) {
        return ((UploadResult.Uploaded) fileService.upload(new UploadCommand(customer.asActor(), FilePurpose.JOB, null,
                new Upload(name, PNG)))).file();
    }

    @Test
    void job_photos_may_be_narrowed_to_some_formats_and_other_purposes_keep_them_all() {
        Job job = completed(Duration.ofHours(1));
        FileLimits jpegAndPng = new FileLimits(FileLimits.MB, FileLimits.MB, FileLimits.MB, 5, 50_000_000,
                Set.of(ImageFormat.JPEG, ImageFormat.PNG));
        FileService narrowed = new FileService(files, contents, jobs, disputes, messages, users, jpegAndPng, clock, ids);
        byte[] gif = TestImages.encoded("gif");

        assertThat(narrowed.addJobPhotos(customer.asActor(), job.id(), List.of(new Upload("a.png", PNG), new Upload("b.gif", gif))))
                .as("all or none").isEqualTo(new PhotosResult.Refused(FileRefusal.UNSUPPORTED_FILE_TYPE));
        assertThat(narrowed.upload(new UploadCommand(customer.asActor(), FilePurpose.JOB, job.id(), new Upload("b.gif", gif))))
                .isEqualTo(new UploadResult.Refused(FileRefusal.UNSUPPORTED_FILE_TYPE));
        assertThat(files.countForJob(job.id(), FilePurpose.JOB)).isZero();
        assertThat(narrowed.upload(new UploadCommand(customer.asActor(), FilePurpose.PROFILE, null, new Upload("me.gif", gif))))
                .isInstanceOf(UploadResult.Uploaded.class);
        assertThat(narrowed.addJobPhotos(customer.asActor(), job.id(), List.of(new Upload("a.png", PNG)))).isInstanceOf(PhotosResult.Uploaded.class);
        assertThat(fileService.addJobPhotos(customer.asActor(), job.id(), List.of(new Upload("b.gif", gif))))
                .as("by default every accepted format").isInstanceOf(PhotosResult.Uploaded.class);
    }

    @Test
    void a_truncated_or_absurd_image_is_refused_and_a_name_is_kept_as_a_safe_base_name() {
        byte[] gif = TestImages.encoded("gif");
        assertThat(fileService.upload(new UploadCommand(customer.asActor(), FilePurpose.PROFILE, null,
                new Upload("a.gif", java.util.Arrays.copyOf(gif, 10))))).isEqualTo(new UploadResult.Refused(FileRefusal.DAMAGED_IMAGE));
        assertThat(fileService.upload(new UploadCommand(customer.asActor(), FilePurpose.PROFILE, null,
                new Upload("a.png", java.util.Arrays.copyOf(PNG, PNG.length / 2))))).isEqualTo(new UploadResult.Refused(FileRefusal.DAMAGED_IMAGE));
        FileService tiny = new FileService(files, contents, jobs, disputes, messages, users,
                new FileLimits(FileLimits.MB, FileLimits.MB, FileLimits.MB, 5, 100, FileLimits.DEFAULT.jobPhotoFormats()), clock, ids);
        assertThat(tiny.upload(new UploadCommand(customer.asActor(), FilePurpose.PROFILE, null, new Upload("a.png", PNG))))
                .isEqualTo(new UploadResult.Refused(FileRefusal.IMAGE_TOO_LARGE));
        assertThat(files.byOwner(customer.id(), null, new PageRequest(1, 10)).items()).isEmpty();

        UploadResult uploaded = fileService.upload(new UploadCommand(customer.asActor(), FilePurpose.PROFILE, null,
                new Upload("C:\\Users\\me\\..\u202Egnp.exe.png", PNG)));
        assertThat(((UploadResult.Uploaded) uploaded).file().originalName()).isEqualTo("gnp.exe.png");
    }

    @Test
    void evidence_and_chat_images_stay_while_they_are_referred_to() {
        Job job = completed(Duration.ofHours(1));
        String evidence = ((UploadResult.Uploaded) fileService.upload(new UploadCommand(customer.asActor(), FilePurpose.DISPUTE,
                job.id(), new Upload("leak.png", PNG)))).file().id();
        String image = ((UploadResult.Uploaded) fileService.upload(new UploadCommand(customer.asActor(), FilePurpose.PROFILE, null,
                new Upload("me.png", PNG)))).file().id();
        String loose = ((UploadResult.Uploaded) fileService.upload(new UploadCommand(customer.asActor(), FilePurpose.PROFILE, null,
                new Upload("other.png", PNG)))).file().id();
        DisputeService service = new DisputeService(disputes, jobs, files, new RecordingRefunds(), outbox, timeline, transactions, clock, ids,
                Duration.ofDays(7));
        assertThat(service.raise(new RaiseDisputeCommand(customer.asActor(), job.id(), "still leaking", List.of(evidence))))
                .isInstanceOf(DisputeResult.Ok.class);
        ChatService chat = new ChatService(messages, jobs, files, outbox, new InMemoryLiveEvents(), transactions, clock, ids);
        Job working = inProgress();
        assertThat(chat.send(new SendMessageCommand(customer.asActor(), working.id(), "", image))).isInstanceOf(SendResult.Sent.class);

        assertThat(fileService.delete(customer.asActor(), evidence)).isEqualTo(Deletion.IN_USE);
        assertThat(fileService.delete(customer.asActor(), image)).isEqualTo(Deletion.IN_USE);
        assertThat(fileService.delete(provider.asActor(), loose)).isEqualTo(Deletion.NOT_FOUND);
        assertThat(fileService.delete(customer.asActor(), loose)).isEqualTo(Deletion.DELETED);
        assertThat(files.byId(evidence)).isPresent();
        assertThat(contents.read(image)).isPresent();
        assertThat(contents.read(loose)).isEmpty();
    }

    @Test
    void the_sweep_removes_old_bytes_without_a_record_and_goes_on_past_a_failure() {
        String kept = ((UploadResult.Uploaded) fileService.upload(new UploadCommand(customer.asActor(), FilePurpose.PROFILE, null,
                new Upload("me.png", PNG)))).file().id();
        contents.write("fil_orphan1", PNG);
        contents.write("fil_orphan2", PNG);
        contents.write("fil_stuck", PNG);
        clock.advance(Duration.ofHours(2));
        contents.write("fil_young", PNG);
        FileContents failingOnce = new DeleteRefusingContents(contents, "fil_stuck");

        var sweep = new SweepOrphanedFilesService(files, failingOnce, clock).sweep(Duration.ofHours(1));

        assertThat(sweep).isEqualTo(new SweepOrphanedFilesUseCase.Sweep(2, 0, 1));
        assertThat(contents.read("fil_orphan1")).isEmpty();
        assertThat(contents.read("fil_orphan2")).isEmpty();
        assertThat(contents.read("fil_stuck")).as("failed, tried again next time").isPresent();
        assertThat(contents.read("fil_young")).as("within the grace period").isPresent();
        assertThat(contents.read(kept)).as("recorded").isPresent();
    }

    @Test
    void a_review_can_change_until_the_other_party_has_reviewed() {
        ReviewService reviews = new ReviewService(new InMemoryReviews(), jobs, ReviewPolicy.DEFAULT, clock, ids);
        Job job = completed(Duration.ofDays(1));
        ReviewResult written = reviews.write(new WriteReviewCommand(customer.asActor(), job.id(), 5, "great"));
        var review = ((ReviewResult.Ok) written).review();
        assertThat(reviews.about(provider.id(), new PageRequest(1, 10)).summary().count()).isZero();
        assertThat(reviews.edit(new EditReviewCommand(customer.asActor(), review.id(), 4, "good"))).isInstanceOf(ReviewResult.Ok.class);

        reviews.write(new WriteReviewCommand(provider.asActor(), job.id(), 3, null));
        assertThat(reviews.edit(new EditReviewCommand(customer.asActor(), review.id(), 1, "spite")))
                .isInstanceOf(ReviewResult.Revealed.class);
        assertThat(reviews.delete(customer.asActor(), review.id())).isInstanceOf(ReviewResult.Revealed.class);
        assertThat(reviews.about(provider.id(), new PageRequest(1, 10)).summary().average()).isEqualByComparingTo("4");
        assertThat(reviews.byId(Actor.customer(ContractFixtures.customer().id()), review.id())).isPresent();
    }

    @Test
    void without_double_blind_a_review_is_public_at_once_and_its_author_changes_it_within_the_window() {
        ReviewService reviews = new ReviewService(new InMemoryReviews(), jobs, new ReviewPolicy(Duration.ofDays(7), false), clock, ids);
        Job job = completed(Duration.ofDays(1));
        var review = ((ReviewResult.Ok) reviews.write(new WriteReviewCommand(customer.asActor(), job.id(), 5, "great"))).review();
        assertThat(reviews.about(provider.id(), new PageRequest(1, 10)).reviews().items()).containsExactly(review);
        assertThat(reviews.byId(provider.asActor(), review.id())).isPresent();

        reviews.write(new WriteReviewCommand(provider.asActor(), job.id(), 3, null));
        assertThat(reviews.edit(new EditReviewCommand(customer.asActor(), review.id(), 4, "good"))).isInstanceOf(ReviewResult.Ok.class);
        assertThat(reviews.about(provider.id(), new PageRequest(1, 10)).summary().average()).isEqualByComparingTo("4");
        assertThat(reviews.delete(customer.asActor(), review.id())).isInstanceOf(ReviewResult.Ok.class);
        assertThat(reviews.about(provider.id(), new PageRequest(1, 10)).summary().count()).isZero();
    }

    @Test
    void a_review_written_alone_is_revealed_when_the_window_closes() {
        ReviewService reviews = new ReviewService(new InMemoryReviews(), jobs, new ReviewPolicy(Duration.ofDays(7)), clock, ids);
        Job job = completed(Duration.ofDays(6));
        reviews.write(new WriteReviewCommand(customer.asActor(), job.id(), 2, "late"));
        assertThat(reviews.about(provider.id(), new PageRequest(1, 10)).reviews().items()).isEmpty();
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(reviews.about(provider.id(), new PageRequest(1, 10)).reviews().items()).hasSize(1);
        assertThat(reviews.write(new WriteReviewCommand(provider.asActor(), job.id(), 5, "too late")))
                .isEqualTo(new ReviewResult.Refused(ReviewPolicy.Refusal.REVIEW_WINDOW_CLOSED));
    }

    @Test
    void a_profile_image_stays_while_it_is_its_owners_picture() {
        String picture = ((UploadResult.Uploaded) fileService.upload(new UploadCommand(customer.asActor(), FilePurpose.PROFILE,
                null, new Upload("me.png", PNG)))).file().id();
        users.update(customer.withProfile(new Profile(null, null, picture)));

        assertThat(fileService.delete(customer.asActor(), picture)).isEqualTo(Deletion.IN_USE);
        assertThat(fileService.file(provider.asActor(), picture)).as("anyone signed in sees a profile image").isPresent();

        users.update(customer);
        assertThat(fileService.delete(customer.asActor(), picture)).isEqualTo(Deletion.DELETED);
    }

    @Test
    void a_providers_public_profile_counts_revealed_reviews_and_completed_jobs_and_no_one_else_has_one() {
        InMemoryReviews reviewStore = new InMemoryReviews();
        ReviewService reviews = new ReviewService(reviewStore, jobs, ReviewPolicy.DEFAULT, clock, ids);
        InMemoryProviderPresences presences = new InMemoryProviderPresences(users, reviewStore);
        ProviderProfileService profiles = new ProviderProfileService(users, reviewStore, jobs, presences, clock);
        Job first = completed(Duration.ofDays(1));
        Job second = completed(Duration.ofDays(2));
        completed(Duration.ofDays(3));
        jobs.add(ContractFixtures.accepted(customer.id(), provider.id(), "plumber", clock.instant()));
        reviews.write(new WriteReviewCommand(customer.asActor(), first.id(), 5, null));
        reviews.write(new WriteReviewCommand(provider.asActor(), first.id(), 4, null));
        reviews.write(new WriteReviewCommand(customer.asActor(), second.id(), 2, "hidden until answered or the window closes"));

        GetProviderProfileUseCase.ProviderProfile profile = profiles.profile(provider.id()).orElseThrow();

        assertThat(profile.completedJobs()).isEqualTo(3);
        assertThat(profile.ratings()).isEqualTo(reviews.about(provider.id(), new PageRequest(1, 10)).summary());
        assertThat(profile.ratings().count()).isEqualTo(1);
        assertThat(profile.availability()).as("never said anything").isEqualTo(Availability.OFFLINE);
        presences.save(ProviderPresence.unknown(provider.id(), clock.instant()).choosing(Availability.ONLINE, clock.instant()));
        assertThat(profiles.profile(provider.id()).orElseThrow().availability()).isEqualTo(Availability.ONLINE);

        assertThat(profiles.profile(customer.id())).as("a customer").isEmpty();
        assertThat(profiles.profile(admin.id())).as("an admin").isEmpty();
        assertThat(profiles.profile(ContractFixtures.provider(Set.of("plumber")).id())).as("unknown").isEmpty();
        users.update(provider.withStatus(AccountStatus.SUSPENDED));
        assertThat(profiles.profile(provider.id())).as("suspended").isEmpty();
    }

    /** Refunds as the payments would make them, remembering each so a retry is recognised. */
    private static final class RecordingRefunds implements DisputeRefunds {
        final List<Money> refunded = new ArrayList<>();
        Money left = Money.parse("850.00", "PHP");

        @Override
        public Optional<Money> refundable(JobId jobId) {
            return Optional.of(left).filter(Money::isPositive);
        }

        @Override
        public RefundOutcome refund(Actor admin, DisputeId disputeId, JobId jobId, Money amount, String note) {
            refunded.add(amount);
            left = left.minus(amount);
            return new RefundOutcome.Refunded("ref_1");
        }
    }

    @Test
    void a_dispute_makes_the_job_disputed_once_and_an_admin_refunds_through_the_payments() {
        RecordingRefunds refunds = new RecordingRefunds();
        DisputeService service = new DisputeService(disputes, jobs, files, refunds, outbox, timeline, transactions, clock, ids, Duration.ofDays(7));
        Job job = inProgress();

        assertThat(service.raise(new RaiseDisputeCommand(provider.asActor(), job.id(), "not paid", List.of("fil_nothere"))))
                .isInstanceOf(DisputeResult.Invalid.class);
        Dispute dispute = ((DisputeResult.Ok) service.raise(new RaiseDisputeCommand(provider.asActor(), job.id(), "not paid",
                List.of()))).dispute();
        assertThat(jobs.byId(job.id()).orElseThrow().status()).isEqualTo(JobStatus.DISPUTED);
        assertThat(service.raise(new RaiseDisputeCommand(customer.asActor(), job.id(), "me too", List.of())))
                .isEqualTo(new DisputeResult.Refused(Dispute.Refusal.DISPUTE_ALREADY_EXISTS));
        assertThat(service.get(Actor.customer(ContractFixtures.customer().id()), dispute.id())).isEmpty();
        assertThat(service.resolve(new ResolveDisputeCommand(customer.asActor(), dispute.id(), Resolution.FULL_REFUND, null, null)))
                .isInstanceOf(DisputeResult.NotFound.class);

        DisputeResult resolved = service.resolve(new ResolveDisputeCommand(admin.asActor(), dispute.id(), Resolution.PARTIAL_REFUND,
                new MoneyInput(new java.math.BigDecimal("200.00"), null), "some of it"));
        assertThat(resolved).isInstanceOf(DisputeResult.Ok.class);
        assertThat(refunds.refunded).containsExactly(Money.parse("200.00", "PHP"));
        assertThat(disputes.byId(dispute.id()).orElseThrow().decidedBy()).isEqualTo(admin.id());
        assertThat(outbox.events()).filteredOn(event -> event instanceof DisputeUpdated)
                .extracting(event -> ((DisputeUpdated) event).status())
                .containsExactly(DisputeStatus.OPEN, DisputeStatus.RESOLVED);
        assertThat(service.resolve(new ResolveDisputeCommand(admin.asActor(), dispute.id(), Resolution.FULL_REFUND, null, null)))
                .isEqualTo(new DisputeResult.Refused(Dispute.Refusal.INVALID_TRANSITION));
        assertThat(refunds.refunded).hasSize(1);
    }

    @Test
    void an_event_delivered_twice_notifies_each_recipient_once() {
        InMemoryNotifications notifications = new InMemoryNotifications();
        NotifyOnEvents notify = new NotifyOnEvents(notifications, users, outbox, transactions, clock, ids);
        Job job = completed(Duration.ofMinutes(1));
        var cancelled = new JobEvent.JobStatusChanged(job.id(), customer.id(), provider.id(), JobStatus.ACCEPTED,
                JobStatus.CANCELLED, dev.callout.domain.user.Role.CUSTOMER, "changed plans", clock.instant());
        notify.handle(cancelled);
        notify.handle(cancelled);
        var accepted = new JobEvent.JobAccepted(job.id(), customer.id(), provider.id(), clock.instant());
        notify.handle(accepted);

        assertThat(notifications.list(customer.id(), null, new PageRequest(1, 10)).items())
                .extracting(n -> n.type()).containsExactlyInAnyOrder("job_cancelled", "job_accepted");
        assertThat(notifications.list(provider.id(), null, new PageRequest(1, 10)).items())
                .extracting(n -> n.type()).containsExactly("job_cancelled");
        assertThat(outbox.events()).filteredOn(event -> event instanceof NotificationCreated).hasSize(3);
    }

    @Test
    void only_the_parties_chat_typing_reaches_the_other_party_and_a_closed_job_is_read_only() {
        InMemoryLiveEvents live = new InMemoryLiveEvents();
        List<LiveEvent> frames = new ArrayList<>();
        live.listen(frames::add);
        ChatService chat = new ChatService(messages, jobs, files, outbox, live, transactions, clock, ids);
        Job working = inProgress();

        assertThat(chat.send(new SendMessageCommand(Actor.customer(ContractFixtures.customer().id()), working.id(), "hi", null)))
                .isEqualTo(new SendResult.Refused(ChatRefusal.JOB_NOT_FOUND));
        assertThat(chat.send(new SendMessageCommand(customer.asActor(), working.id(), "hi", null))).isInstanceOf(SendResult.Sent.class);
        assertThat(outbox.events()).filteredOn(event -> event instanceof MessageReceived).hasSize(1);
        assertThat(chat.typing(provider.asActor(), working.id(), true)).isEqualTo(ChatRefusal.NONE);
        assertThat(frames).singleElement().satisfies(frame -> assertThat(frame.fields())
                .containsEntry("recipient_id", customer.id().value()).containsEntry("user_id", provider.id().value()));

        Job done = completed(Duration.ofMinutes(5));
        assertThat(chat.send(new SendMessageCommand(provider.asActor(), done.id(), "bye", null)))
                .isEqualTo(new SendResult.Refused(ChatRefusal.JOB_CLOSED));
        assertThat(chat.markRead(provider.asActor(), working.id())).hasValue(1);
    }
}

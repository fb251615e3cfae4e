package dev.callout.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.contract.ContractFixtures;
import dev.callout.application.contract.TrustStoresContract;
import dev.callout.application.file.DeleteRefusingContents;
import dev.callout.application.file.Deletion;
import dev.callout.application.file.SweepOrphanedFilesService;
import dev.callout.application.file.SweepOrphanedFilesUseCase.Sweep;
import dev.callout.application.port.Disputes;
import dev.callout.application.port.Favorites;
import dev.callout.application.port.FileContents;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Messages;
import dev.callout.application.port.Notifications;
import dev.callout.application.port.Reviews;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Users;
import dev.callout.domain.dispute.Dispute;
import dev.callout.domain.dispute.DisputeId;
import dev.callout.domain.dispute.DisputeStatus;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.ImageFormat;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.Job;
import dev.callout.domain.user.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trust stores against PostgreSQL, and uploaded bytes against the filesystem; then what only
 * PostgreSQL adds: references that hold against racing deletions, and the orphan sweep over both.
 */
class PostgresTrustStoresContractTest extends TrustStoresContract {

    @TempDir
    static Path directory;

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();
    private static FilesystemFileContents contents;

    @BeforeAll
    static void start() {
        contents = new FilesystemFileContents(directory.resolve("files"));
    }

    @Override
    protected Users users() {
        return database.bean(PostgresUsers.class);
    }

    @Override
    protected Jobs jobs() {
        return database.bean(PostgresJobs.class);
    }

    @Override
    protected StoredFiles files() {
        return database.bean(PostgresStoredFiles.class);
    }

    @Override
    protected FileContents contents() {
        return contents;
    }

    @Override
    protected Reviews reviews() {
        return database.bean(PostgresReviews.class);
    }

    @Override
    protected Favorites favorites() {
        return database.bean(PostgresFavorites.class);
    }

    @Override
    protected Disputes disputes() {
        return database.bean(PostgresDisputes.class);
    }

    @Override
    protected Notifications notifications() {
        return database.bean(PostgresNotifications.class);
    }

    @Override
    protected Messages messages() {
        return database.bean(PostgresMessages.class);
    }

    private Job job() {
        User customer = ContractFixtures.customer();
        User provider = ContractFixtures.provider(Set.of("plumber"));
        users().add(customer);
        users().add(provider);
        Job job = ContractFixtures.completed(customer.id(), provider.id(), "plumber", ContractFixtures.at(0));
        jobs().add(job);
        return job;
    }

    private StoredFile evidence(Job job) {
        StoredFile file = new StoredFile("fil_" + ContractFixtures.unique(), job.customerId(), FilePurpose.DISPUTE, job.id(),
                "leak.png", ImageFormat.PNG, 10, ContractFixtures.at(1));
        files().add(file);
        return file;
    }

    private static Dispute citing(Job job, StoredFile file) {
        return new Dispute(new DisputeId("dsp_" + ContractFixtures.unique()), job.id(), job.customerId(), "still leaking",
                List.of(file.id()), DisputeStatus.OPEN, null, null, null, null, ContractFixtures.at(2), null, null);
    }

    @Test
    void aFileThatADisputeOrAMessageCitesIsKeptByForeignKeysEvenWithoutTheServicesCheck() {
        Job job = job();
        StoredFile cited = evidence(job);
        assertThat(disputes().add(citing(job, cited), job)).isEqualTo(Disputes.AddResult.ADDED);
        StoredFile shown = evidence(job);
        messages().add(new dev.callout.domain.chat.Message("msg_" + ContractFixtures.unique(), job.id(), job.customerId(), "",
                shown.id(), ContractFixtures.at(3), null));

        assertThat(files().delete(cited)).isEqualTo(Deletion.IN_USE);
        assertThat(files().delete(shown)).isEqualTo(Deletion.IN_USE);
        assertThat(files().byId(cited.id())).isPresent();
        assertThat(database.number("SELECT count(*) FROM dispute_evidence WHERE file_id = ?", cited.id())).isOne();
    }

    @Test
    void aDisputeRacingTheDeletionOfItsEvidenceEitherKeepsTheFileOrIsRefusedNeverBoth() throws Exception {
        for (int round = 0; round < 20; round++) {
            Job job = job();
            StoredFile file = evidence(job);
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Disputes.AddResult> raised = CompletableFuture.supplyAsync(() -> {
                await(start);
                return disputes().add(citing(job, file), job);
            });
            CompletableFuture<Deletion> deleted = CompletableFuture.supplyAsync(() -> {
                await(start);
                return files().delete(file);
            });
            start.countDown();

            Disputes.AddResult raise = raised.get(30, TimeUnit.SECONDS);
            Deletion deletion = deleted.get(30, TimeUnit.SECONDS);
            if (raise == Disputes.AddResult.ADDED) {
                assertThat(deletion).as("round %d", round).isEqualTo(Deletion.IN_USE);
                assertThat(files().byId(file.id())).isPresent();
            } else {
                assertThat(raise).as("round %d", round).isEqualTo(Disputes.AddResult.EVIDENCE_MISSING);
                assertThat(deletion).isEqualTo(Deletion.DELETED);
                assertThat(disputes().byJob(job.id())).isEmpty();
            }
        }
    }

    private StoredFile picture() {
        User owner = ContractFixtures.customer();
        users().add(owner);
        StoredFile file = new StoredFile("fil_" + ContractFixtures.unique(), owner.id(), FilePurpose.PROFILE, null, "me.png",
                ImageFormat.PNG, 10, ContractFixtures.at(1));
        files().add(file);
        return file;
    }

    /** What a profile change does: hold the file, then write the reference; false when the file is gone. */
    private boolean setAsPicture(StoredFile file, CountDownLatch written, CountDownLatch commit) {
        return database.bean(PostgresTransactions.class).inTransaction(() -> {
            if (files().holdForReference(file.id()).isEmpty()) {
                return false;
            }
            User owner = users().byId(file.ownerId()).orElseThrow();
            users().update(owner.withProfile(owner.profile().withImageFileId(file.id())));
            written.countDown();
            try {
                assertThat(commit.await(30, TimeUnit.SECONDS)).as("told to commit").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return true;
        });
    }

    @Test
    void aProfileChangeWaitsForADeletionUnderWayAndThenFindsTheFileGoneInsteadOfFailing() throws Exception {
        StoredFile file = picture();
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try (var deleting = database.connect()) {
            deleting.setAutoCommit(false);
            try (var delete = deleting.prepareStatement("DELETE FROM files WHERE id = ?")) {
                delete.setString(1, file.id());
                assertThat(delete.executeUpdate()).isOne();
            }
            Future<Boolean> set = threads.submit(() -> setAsPicture(file, new CountDownLatch(1), new CountDownLatch(0)));
            awaitASessionWaitingForALock();
            deleting.commit();

            assertThat(set.get(30, TimeUnit.SECONDS)).as("refused, not a foreign-key failure").isFalse();
        } finally {
            threads.shutdownNow();
        }
        assertThat(users().byId(file.ownerId()).orElseThrow().profile().imageFileId()).isNull();
    }

    @Test
    void aDeletionWaitsForAProfileChangeUnderWayAndThenRefusesAsInUse() throws Exception {
        StoredFile file = picture();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> set = threads.submit(() -> setAsPicture(file, written, commit));
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Deletion> deleted = threads.submit(() -> files().delete(file));
            awaitASessionWaitingForALock();
            commit.countDown();

            assertThat(set.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(deleted.get(30, TimeUnit.SECONDS)).isEqualTo(Deletion.IN_USE);
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
        assertThat(files().byId(file.id())).isPresent();
    }

    @Test
    void aDeletionWaitsForAPostingThatAttachesTheImageAndThenRefusesAsInUse() throws Exception {
        Job job = job();
        StoredFile unposted = new StoredFile("fil_" + ContractFixtures.unique(), job.customerId(), FilePurpose.JOB, null,
                "sofa.png", ImageFormat.PNG, 10, ContractFixtures.at(1));
        files().add(unposted);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> posting = threads.submit(() -> database.bean(PostgresTransactions.class).inTransaction(() -> {
                assertThat(files().holdForAttaching(List.of(unposted.id()))).containsExactly(unposted);
                files().attach(List.of(unposted.id()), job.id());
                held.countDown();
                await(commit);
                return null;
            }));
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Deletion> deleted = threads.submit(() -> files().delete(unposted));
            awaitASessionWaitingForALock();
            commit.countDown();

            posting.get(30, TimeUnit.SECONDS);
            assertThat(deleted.get(30, TimeUnit.SECONDS)).isEqualTo(Deletion.IN_USE);
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
        assertThat(files().byId(unposted.id())).hasValueSatisfying(file -> assertThat(file.jobId()).isEqualTo(job.id()));
    }

    /** Until a session of this database waits for a lock, or fails the test after 30 s. */
    private static void awaitASessionWaitingForALock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (database.number("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock'") == 0) {
            assertThat(System.nanoTime()).as("nobody waited for the row").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSweepRemovesOldBytesWithoutARecordFromTheFilesystemAndGoesOnPastAFailure() throws IOException {
        FilesystemFileContents store = new FilesystemFileContents(directory.resolve("sweep"));
        Job job = job();
        StoredFile recorded = evidence(job);
        store.write(recorded.id(), new byte[] {1});
        for (String orphan : List.of("fil_orphanA1", "fil_orphanB2", "fil_stuckC3")) {
            store.write(orphan, new byte[] {2});
        }
        store.write("fil_youngD4", new byte[] {3});
        Path unfinished = directory.resolve("sweep").resolve("a1").resolve(".upload-123.tmp");
        Files.write(unfinished, new byte[] {4});
        Instant old = Instant.now().minus(Duration.ofHours(3));
        try (Stream<Path> written = Files.walk(directory.resolve("sweep"))) {
            for (Path path : written.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().contains("young")).toList()) {
                Files.setLastModifiedTime(path, FileTime.from(old));
            }
        }
        FileContents failingForOne = new DeleteRefusingContents(store, "fil_stuck");

        Sweep sweep = new SweepOrphanedFilesService(files(), failingForOne, Clock.systemUTC()).sweep(Duration.ofHours(1));

        assertThat(sweep).isEqualTo(new Sweep(2, 1, 1));
        assertThat(store.read("fil_orphanA1")).isEmpty();
        assertThat(store.read("fil_orphanB2")).isEmpty();
        assertThat(store.read("fil_stuckC3")).as("its failure stopped nothing else").isPresent();
        assertThat(store.read("fil_youngD4")).as("within the grace period").isPresent();
        assertThat(store.read(recorded.id())).as("recorded").isPresent();
        assertThat(unfinished).doesNotExist();
    }
}

package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.PageRequest;
import dev.callout.application.port.DispatchRounds;
import dev.callout.application.port.Disputes;
import dev.callout.application.port.JobDeletions;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Messages;
import dev.callout.application.port.Notifications;
import dev.callout.application.port.Orders;
import dev.callout.application.port.Payments;
import dev.callout.application.port.Reviews;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Timer;
import dev.callout.application.port.Timers;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.catalog.Order;
import dev.callout.domain.catalog.OrderDetails;
import dev.callout.domain.chat.Message;
import dev.callout.domain.dispatch.DispatchRound;
import dev.callout.domain.dispute.Dispute;
import dev.callout.domain.dispute.DisputeId;
import dev.callout.domain.dispute.DisputeStatus;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.ImageFormat;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.TimelineEntry;
import dev.callout.domain.notification.Notification;
import dev.callout.domain.payment.HoldWindow;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentOutcome;
import dev.callout.domain.review.Review;
import dev.callout.domain.review.ReviewId;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JobDeletions} must do: take the job and all that names it, leave everything else, tell jobs money
 * touched and jobs money is or may be held for.
 */
public abstract class JobDeletionsContract {

    protected abstract Users users();

    protected abstract Jobs jobs();

    protected abstract Messages messages();

    protected abstract StoredFiles files();

    protected abstract Reviews reviews();

    protected abstract Disputes disputes();

    protected abstract DispatchRounds rounds();

    protected abstract Timers timers();

    protected abstract Notifications notifications();

    protected abstract JobTimeline timeline();

    protected abstract Orders orders();

    protected abstract Payments payments();

    protected abstract Transactions transactions();

    protected abstract JobDeletions deletions();

    /** How many of the job's timers are still to fire. */
    protected abstract long timersOf(JobId jobId);

    private final PageRequest everything = new PageRequest(1, 100);

    private User stored(User user) {
        users().add(user);
        return user;
    }

    /** What a completed job collects: a chat with a photo, evidence, a dispute, reviews both ways, a round, a timer and a notification. */
    private record Trail(Job job, User customer, User provider, StoredFile photo, StoredFile evidence, Notification notification) {
    }

    private Trail trail(StoredFile profile) {
        User customer = stored(ContractFixtures.customer());
        User provider = stored(ContractFixtures.provider(Set.of("plumber")));
        Job job = ContractFixtures.completed(customer.id(), provider.id(), "plumber", at(0));
        jobs().add(job);
        StoredFile photo = file(customer, job, FilePurpose.JOB);
        StoredFile evidence = file(customer, job, FilePurpose.DISPUTE);
        messages().add(new Message("msg_" + ContractFixtures.unique(), job.id(), customer.id(), "see the leak", photo.id(), at(10), null));
        messages().add(new Message("msg_" + ContractFixtures.unique(), job.id(), provider.id(), "", profile.id(), at(11), null));
        assertThat(disputes().add(new Dispute(new DisputeId("dsp_" + ContractFixtures.unique()), job.id(), customer.id(), "still leaking",
                List.of(evidence.id()), DisputeStatus.OPEN, null, null, null, null, at(20), null, null), job))
                .isEqualTo(Disputes.AddResult.ADDED);
        reviews().add(new Review(new ReviewId("rev_" + ContractFixtures.unique()), job.id(), customer.id(), provider.id(), 2, "meh",
                at(30), at(30)), at(999_999));
        reviews().add(new Review(new ReviewId("rev_" + ContractFixtures.unique()), job.id(), provider.id(), customer.id(), 5, null,
                at(31), at(31)), at(999_999));
        rounds().save(DispatchRound.first(job.id(), at(0)).offering(0, Set.of(provider.id()), at(30)));
        timers().schedule(new Timer(Timer.Kind.STEP_ENDS, job.id(), 1, 0, at(30)));
        Notification notification = new Notification("ntf_" + ContractFixtures.unique(), customer.id(), "job_completed", "Done",
                "Your provider marked the job as completed.", Map.of("job_id", job.id().value(), "status", "completed"),
                "job.status_changed:" + job.id().value(), false, at(40));
        notifications().add(notification);
        timeline().record(List.of(new TimelineEntry(job.id(), JobStatus.COMPLETED, at(40), provider.id(), Role.PROVIDER)));
        orders().add(new Order(job.id(), "svc_" + ContractFixtures.unique(), "Leak repair", "pkg_" + ContractFixtures.unique(),
                "Basic", ContractFixtures.php(85_000), 90, new OrderDetails(Map.of("fixtures", 2))));
        return new Trail(job, customer, provider, photo, evidence, notification);
    }

    private StoredFile file(User owner, Job job, FilePurpose purpose) {
        StoredFile file = new StoredFile("fil_" + ContractFixtures.unique(), owner.id(), purpose, job == null ? null : job.id(),
                "leak.png", ImageFormat.PNG, 100, at(1));
        files().add(file);
        return file;
    }

    @Test
    void a_deleted_job_takes_everything_that_names_it_and_nothing_else() {
        User someone = stored(ContractFixtures.customer());
        StoredFile profile = file(someone, null, FilePurpose.PROFILE);
        Trail deleted = trail(profile);
        Trail kept = trail(profile);

        List<String> fileIds = transactions().inTransaction(() -> {
            assertThat(deletions().lock(deleted.job().id()).map(Job::id)).contains(deleted.job().id());
            assertThat(deletions().hasPayments(deleted.job().id())).isFalse();
            return deletions().delete(deleted.job().id());
        });

        assertThat(fileIds).containsExactlyInAnyOrder(deleted.photo().id(), deleted.evidence().id());
        JobId gone = deleted.job().id();
        assertThat(jobs().byId(gone)).isEmpty();
        assertThat(messages().thread(gone, everything).total()).isZero();
        assertThat(files().byId(deleted.photo().id())).isEmpty();
        assertThat(files().byId(deleted.evidence().id())).isEmpty();
        assertThat(disputes().byJob(gone)).isEmpty();
        assertThat(reviews().byJobAndAuthor(gone, deleted.customer().id())).isEmpty();
        assertThat(reviews().byJobAndAuthor(gone, deleted.provider().id())).isEmpty();
        assertThat(rounds().byJob(gone)).isEmpty();
        assertThat(timersOf(gone)).isZero();
        assertThat(notifications().list(deleted.customer().id(), null, everything).items()).isEmpty();
        assertThat(timeline().of(gone)).isEmpty();
        assertThat(orders().ofJob(gone)).isEmpty();

        JobId other = kept.job().id();
        assertThat(jobs().byId(other)).isPresent();
        assertThat(messages().thread(other, everything).total()).isEqualTo(2);
        assertThat(files().byId(kept.photo().id())).isPresent();
        assertThat(files().byId(profile.id())).as("a profile image shown in the deleted chat").isPresent();
        assertThat(disputes().byJob(other)).isPresent();
        assertThat(reviews().byJobAndAuthor(other, kept.customer().id())).isPresent();
        assertThat(rounds().byJob(other)).isPresent();
        assertThat(timersOf(other)).isOne();
        assertThat(notifications().list(kept.customer().id(), null, everything).items()).containsExactly(kept.notification());
        assertThat(timeline().of(other)).hasSize(1);
        assertThat(orders().ofJob(other)).isPresent();
    }

    @Test
    void a_payment_of_any_status_means_money_touched_the_job() {
        User customer = stored(ContractFixtures.customer());
        User provider = stored(ContractFixtures.provider(Set.of("plumber")));
        Job job = ContractFixtures.accepted(customer.id(), provider.id(), "plumber", at(0));
        jobs().add(job);
        Payment opened = changed(Payment.open(new PaymentId("pay_" + ContractFixtures.unique()), job, customer.asActor(),
                PaymentMethod.CARD, null, null, HoldWindow.STRIPE, false, at(40)));
        payments().add(opened);
        payments().update(changed(payments().byId(opened.id()).orElseThrow().cancel(at(50))));

        assertThat(transactions().inTransaction(() -> deletions().hasPayments(job.id()))).isTrue();
        assertThat(transactions().inTransaction(() -> deletions().lock(ContractFixtures.jobId()))).as("no such job").isEmpty();
    }

    @Test
    void a_payment_that_took_no_money_goes_with_its_job_and_one_that_holds_or_took_some_keeps_it() {
        User customer = stored(ContractFixtures.customer());
        User provider = stored(ContractFixtures.provider(Set.of("plumber")));
        Job cancelled = ContractFixtures.completed(customer.id(), provider.id(), "plumber", at(0));
        Job captured = ContractFixtures.completed(customer.id(), provider.id(), "plumber", at(0));
        jobs().add(cancelled);
        jobs().add(captured);
        Payment cash = cash(cancelled, customer);
        Payment confirmed = cash(captured, customer);
        assertThat(transactions().inTransaction(() -> deletions().holdsMoney(cancelled.id()))).as("pending").isTrue();

        payments().update(changed(cash.cancel(at(50))));
        payments().update(changed(confirmed.confirmCash(provider.asActor(), at(50))));

        assertThat(transactions().inTransaction(() -> deletions().holdsMoney(captured.id()))).isTrue();
        assertThat(transactions().inTransaction(() -> deletions().hasPayments(cancelled.id()))).isTrue();
        assertThat(transactions().inTransaction(() -> {
            deletions().lock(cancelled.id());
            return deletions().holdsMoney(cancelled.id()) ? null : deletions().delete(cancelled.id());
        })).isEmpty();
        assertThat(payments().byId(cash.id())).isEmpty();
        assertThat(jobs().byId(cancelled.id())).isEmpty();
        assertThat(payments().byId(confirmed.id())).hasValueSatisfying(kept -> assertThat(kept.captured().isPositive()).isTrue());
    }

    private Payment cash(Job job, User customer) {
        Payment opened = changed(Payment.open(new PaymentId("pay_" + ContractFixtures.unique()), job, customer.asActor(),
                PaymentMethod.CASH, null, null, HoldWindow.STRIPE, false, at(40)));
        payments().add(opened);
        return payments().byId(opened.id()).orElseThrow();
    }

    private static Payment changed(PaymentOutcome outcome) {
        assertThat(outcome).isInstanceOf(PaymentOutcome.Changed.class);
        return ((PaymentOutcome.Changed) outcome).payment();
    }
}

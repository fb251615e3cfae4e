package dev.callout.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.callout.application.CapturedLog;
import dev.callout.application.InvalidCommandException;
import dev.callout.application.PageRequest;
import dev.callout.application.TestClock;
import dev.callout.application.admin.DeleteJobUseCase.DeleteJobCommand;
import dev.callout.application.admin.DeleteJobUseCase.DeleteResult;
import dev.callout.application.contract.ContractFixtures;
import dev.callout.application.development.SimulatedPaymentGateway;
import dev.callout.application.file.DeleteRefusingContents;
import dev.callout.application.payment.HoldReleases;
import dev.callout.application.inmemory.InMemoryAuditLog;
import dev.callout.application.inmemory.InMemoryDispatchRounds;
import dev.callout.application.inmemory.InMemoryDisputes;
import dev.callout.application.inmemory.InMemoryFileContents;
import dev.callout.application.inmemory.InMemoryJobDeletions;
import dev.callout.application.inmemory.InMemoryJobs;
import dev.callout.application.inmemory.InMemoryOrders;
import dev.callout.application.inmemory.InMemoryJobTimeline;
import dev.callout.application.inmemory.InMemoryLedger;
import dev.callout.application.inmemory.InMemoryMessages;
import dev.callout.application.inmemory.InMemoryNotifications;
import dev.callout.application.inmemory.InMemoryOutbox;
import dev.callout.application.inmemory.InMemoryPayments;
import dev.callout.application.inmemory.InMemoryProviderPresences;
import dev.callout.application.inmemory.InMemoryReviews;
import dev.callout.application.inmemory.InMemoryStoredFiles;
import dev.callout.application.inmemory.InMemoryTimers;
import dev.callout.application.inmemory.InMemoryTransactions;
import dev.callout.application.inmemory.InMemoryUsers;
import dev.callout.application.port.FileContents;
import dev.callout.domain.dispatch.DispatchEvent;
import dev.callout.domain.dispatch.DispatchRound;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.ImageFormat;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.id.TimeOrderedIds;
import dev.callout.domain.job.Job;
import dev.callout.domain.payment.HoldWindow;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentOutcome;
import dev.callout.domain.payment.PaymentStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.AuditEntry;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.security.SecureRandom;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The moderation delete: admins only, never a job money touched, everything of it gone, audited, told. */
class DeleteJobServiceTest {

    private final TestClock clock = new TestClock(ContractFixtures.at(10_000));
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryStoredFiles files = new InMemoryStoredFiles();
    private final InMemoryFileContents contents = new InMemoryFileContents();
    private final InMemoryMessages messages = new InMemoryMessages(jobs, files);
    private final InMemoryReviews reviews = new InMemoryReviews();
    private final InMemoryPayments payments = new InMemoryPayments();
    private final InMemoryDispatchRounds rounds = new InMemoryDispatchRounds();
    private final InMemoryProviderPresences presences = new InMemoryProviderPresences(users, reviews);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final InMemoryJobDeletions deletions = new InMemoryJobDeletions(jobs, payments, ledger, messages, files,
            reviews, new InMemoryDisputes(files), rounds, new InMemoryTimers(), new InMemoryNotifications(),
            new InMemoryJobTimeline(), new InMemoryOrders());
    private final User customer = stored(ContractFixtures.customer());
    private final User provider = stored(ContractFixtures.provider(Set.of("plumber")));
    private final Actor admin = stored(ContractFixtures.admin()).asActor();

    private DeleteJobService service(FileContents bytes) {
        return new DeleteJobService(deletions, rounds, presences, bytes, audit, outbox, new InMemoryTransactions(), clock,
                new TimeOrderedIds(clock, new SecureRandom()));
    }

    private User stored(User user) {
        users.add(user);
        return user;
    }

    private Job accepted() {
        Job job = ContractFixtures.accepted(customer.id(), provider.id(), "plumber", ContractFixtures.at(0));
        jobs.add(job);
        return job;
    }

    private StoredFile photo(Job job, String id) {
        StoredFile file = new StoredFile(id, customer.id(), FilePurpose.JOB, job.id(), "leak.png", ImageFormat.PNG, 3,
                ContractFixtures.at(60));
        files.add(file);
        contents.write(id, new byte[] {1, 2, 3});
        return file;
    }

    private DeleteJobCommand by(Actor actor, Job job) {
        return new DeleteJobCommand(actor, job.id(), "  spam posting  ");
    }

    @Test
    void an_admin_deletes_a_job_frees_its_provider_removes_its_bytes_audits_it_and_tells_its_parties() {
        Job job = accepted();
        StoredFile photo = photo(job, "fil_photo1");
        presences.save(ProviderPresence.unknown(provider.id(), ContractFixtures.at(0)).working(job.id(), ContractFixtures.at(30)));

        DeleteResult result = service(contents).delete(by(admin, job));

        assertThat(result).isInstanceOf(DeleteResult.Deleted.class);
        assertThat(jobs.byId(job.id())).isEmpty();
        assertThat(files.byId(photo.id())).isEmpty();
        assertThat(contents.read(photo.id())).as("the bytes, after commit").isEmpty();
        assertThat(presences.byProvider(provider.id()).orElseThrow().activeJob()).isNull();
        AuditEntry entry = audit.list(new PageRequest(1, 10)).items().getFirst();
        assertThat(entry.actorId()).isEqualTo(admin.id());
        assertThat(entry.action()).isEqualTo("job.deleted");
        assertThat(entry.targetId()).isEqualTo(job.id().value());
        assertThat(entry.note()).isEqualTo("spam posting");
        assertThat(entry.at()).isEqualTo(clock.instant());
        assertThat(outbox.events()).containsExactly(new JobDeleted(job.id(), customer.id(), provider.id(), clock.instant()));
    }

    @Test
    void the_offers_still_out_for_an_open_job_are_withdrawn() {
        Job open = ContractFixtures.requested(customer.id(), "plumber", ContractFixtures.at(0));
        jobs.add(open);
        UserId first = ContractFixtures.provider(Set.of("plumber")).id();
        UserId second = ContractFixtures.provider(Set.of("plumber")).id();
        rounds.save(DispatchRound.first(open.id(), ContractFixtures.at(0)).offering(0, Set.of(first, second), ContractFixtures.at(30)));

        service(contents).delete(by(admin, open));

        assertThat(outbox.events()).containsExactly(
                new DispatchEvent.OfferWithdrawn(open.id(), first, "deleted", clock.instant()),
                new DispatchEvent.OfferWithdrawn(open.id(), second, "deleted", clock.instant()),
                new JobDeleted(open.id(), customer.id(), null, clock.instant()));
        assertThat(rounds.byJob(open.id())).isEmpty();
    }

    @Test
    void only_admins_delete_only_jobs_that_exist_and_money_never_touched() {
        Job job = accepted();
        assertThat(service(contents).delete(by(customer.asActor(), job))).isInstanceOf(DeleteResult.Forbidden.class);
        assertThat(service(contents).delete(by(provider.asActor(), job))).isInstanceOf(DeleteResult.Forbidden.class);
        assertThat(service(contents).delete(new DeleteJobCommand(admin, ContractFixtures.jobId(), "gone")))
                .isInstanceOf(DeleteResult.NotFound.class);
        assertThat(new DeleteJobCommand(admin, job.id(), " ").reason()).as("the seeds' DELETE takes no reason").isNull();
        assertThat(new DeleteJobCommand(admin, job.id(), null).reason()).isNull();
        assertThatThrownBy(() -> new DeleteJobCommand(admin, job.id(), "x".repeat(501)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.fields()).containsKey("reason"));

        Payment opened = ((PaymentOutcome.Changed) Payment.open(new PaymentId("pay_" + ContractFixtures.unique()), job,
                customer.asActor(), PaymentMethod.CARD, null, null, HoldWindow.STRIPE, false, ContractFixtures.at(40))).payment();
        payments.add(opened);
        payments.update(((PaymentOutcome.Changed) payments.byId(opened.id()).orElseThrow().cancel(ContractFixtures.at(50))).payment());

        assertThat(service(contents).delete(by(admin, job))).as("a cancelled payment that captured nothing still counts")
                .isInstanceOf(DeleteResult.HasPayments.class);
        assertThat(jobs.byId(job.id())).isPresent();
        assertThat(audit.list(new PageRequest(1, 10)).items()).isEmpty();
        assertThat(outbox.events()).isEmpty();
    }

    @Test
    void bytes_that_cannot_be_deleted_are_left_to_the_orphan_sweep() {
        Job job = accepted();
        photo(job, "fil_stuck1");
        photo(job, "fil_fine1");

        try (CapturedLog log = CapturedLog.of("callout.moderation")) {
            assertThat(service(new DeleteRefusingContents(contents, "fil_stuck")).delete(by(admin, job)))
                    .isInstanceOf(DeleteResult.Deleted.class);
            assertThat(log.warnings()).singleElement().asString().contains("fil_stuck1");
        }
        assertThat(contents.read("fil_fine1")).isEmpty();
        assertThat(contents.read("fil_stuck1")).isPresent();
        assertThat(files.byId("fil_stuck1")).isEmpty();
    }

    private Payment stored(PaymentOutcome opened) {
        Payment payment = ((PaymentOutcome.Changed) opened).payment();
        payments.add(payment);
        return payments.byId(payment.id()).orElseThrow();
    }

    @Test
    void under_the_release_policy_a_hold_is_released_and_goes_with_the_job_while_captured_money_keeps_it() {
        SimulatedPaymentGateway gateway = new SimulatedPaymentGateway(true);
        InMemoryTransactions transactions = new InMemoryTransactions();
        DeleteJobService releasing = new DeleteJobService(deletions, rounds, presences, contents, audit, outbox, transactions, clock,
                new TimeOrderedIds(clock, new SecureRandom()), new HoldReleases(payments, ledger, gateway, outbox, transactions, clock));
        Job held = accepted();
        Payment card = stored(Payment.open(new PaymentId("pay_" + ContractFixtures.unique()), held, customer.asActor(),
                PaymentMethod.CARD, null, null, HoldWindow.STRIPE, false, ContractFixtures.at(40)));

        assertThat(releasing.delete(by(admin, held))).isInstanceOf(DeleteResult.Deleted.class);

        assertThat(jobs.byId(held.id())).isEmpty();
        assertThat(payments.byId(card.id())).as("cancelled, and gone with its job").isEmpty();
        assertThat(gateway.calls()).extracting(SimulatedPaymentGateway.Call::operation).containsExactly("create", "cancel");
        assertThat(audit.list(new PageRequest(1, 10)).items()).extracting(AuditEntry::action, AuditEntry::targetId)
                .containsExactlyInAnyOrder(tuple("payment.released", card.id().value()),
                        tuple("job.deleted", held.id().value()));

        Job paid = ContractFixtures.completed(customer.id(), provider.id(), "plumber", ContractFixtures.at(0));
        jobs.add(paid);
        Payment cash = stored(Payment.open(new PaymentId("pay_" + ContractFixtures.unique()), paid, customer.asActor(),
                PaymentMethod.CASH, null, null, HoldWindow.STRIPE, false, ContractFixtures.at(40)));
        PaymentOutcome.Changed confirmed = (PaymentOutcome.Changed) cash.confirmCash(provider.asActor(), ContractFixtures.at(50));
        payments.update(confirmed.payment());
        ledger.record(confirmed.entries());
        Payment captured = payments.byId(cash.id()).orElseThrow();

        assertThat(releasing.delete(by(admin, paid))).isInstanceOf(DeleteResult.HasPayments.class);
        assertThat(jobs.byId(paid.id())).isPresent();
        assertThat(payments.byId(cash.id())).contains(captured);
        assertThat(captured.status()).isEqualTo(PaymentStatus.COMPLETED);
    }
}

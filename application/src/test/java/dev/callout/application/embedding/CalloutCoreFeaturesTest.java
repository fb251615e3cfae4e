package dev.callout.application.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.PageRequest;
import dev.callout.application.TestClock;
import dev.callout.application.account.LogInUseCase.LogInCommand;
import dev.callout.application.account.LogInUseCase.LogInResult;
import dev.callout.application.account.RegisterUserUseCase.RegisterCommand;
import dev.callout.application.account.RegisterUserUseCase.RegistrationResult;
import dev.callout.application.account.SignedIn;
import dev.callout.application.account.VerifyCodeUseCase.VerifyCodeCommand;
import dev.callout.application.account.VerifyCodeUseCase.VerifyResult;
import dev.callout.application.analytics.GetAnalyticsUseCase.Summary;
import dev.callout.application.chat.ChatUseCase.SendMessageCommand;
import dev.callout.application.chat.ChatUseCase.SendResult;
import dev.callout.application.development.RecordingPushSender;
import dev.callout.application.inmemory.InMemoryJobs;
import dev.callout.application.inmemory.Pbkdf2PasswordHasher;
import dev.callout.application.inmemory.RecordingCodeSender;
import dev.callout.application.inmemory.RecordingWebhookTransport;
import dev.callout.application.job.ChangeJobStatusUseCase.ChangeJobStatusCommand;
import dev.callout.application.job.JobRequest;
import dev.callout.application.job.JobResult;
import dev.callout.application.job.PostJobUseCase.PostJobCommand;
import dev.callout.application.port.Jobs;
import dev.callout.application.presence.SetAvailabilityUseCase.SetAvailabilityCommand;
import dev.callout.application.presence.UpdateLocationUseCase.UpdateLocationCommand;
import dev.callout.application.review.ReviewResult;
import dev.callout.application.review.WriteReviewUseCase.WriteReviewCommand;
import dev.callout.application.webhook.WebhookAddresses;
import dev.callout.application.webhook.WebhooksUseCase;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.notification.Notification;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PricingPolicy;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Identity, trust, analytics and webhooks driven through {@link CalloutCore} alone, with some ports swapped. */
class CalloutCoreFeaturesTest {

    private static final Category PLUMBER = new Category("plumber", "Plumber", new PricingPolicy(
            Money.parse("700.00", "PHP"), Money.parse("0.00", "PHP"), 2_000, FeeRate.DEFAULT), false);
    private static final GeoPoint MAKATI = new GeoPoint(14.5547, 121.0244);
    private static final String PASSWORD = "correct horse battery staple";

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final RecordingCodeSender codes = new RecordingCodeSender();
    private final RecordingPushSender pushes = new RecordingPushSender();
    private final RecordingWebhookTransport receiver = new RecordingWebhookTransport(new WebhookAddresses(false, false),
            host -> List.of(InetAddress.getByName("93.184.215.14")));
    private final CalloutCore core = CalloutCore.builder(clock).categories(List.of(PLUMBER))
            .identity(ports -> ports.codeSender(codes).passwordHasher(new Pbkdf2PasswordHasher(1_000)))
            .trust(ports -> ports.pushSender(pushes))
            .webhooks(ports -> ports.transport(receiver))
            .build();
    private final Actor customer = core.addAccount(Role.CUSTOMER, "Maria Santos", "maria@example.ph", Set.of());
    private final Actor provider = core.addAccount(Role.PROVIDER, "Jose Reyes", "jose@example.ph", Set.of("plumber"));
    private final Actor admin = core.addAccount(Role.ADMIN, "Ops", "ops@example.ph", Set.of());

    @Test
    void aCustomerSignsUpWithTheCodeSentThroughTheSwappedSenderSignsInAndOut() {
        var registered = core.identity().registerUser().register(
                new RegisterCommand(Role.CUSTOMER, "Ana Cruz", "ana@example.ph", null, PASSWORD, null));
        assertThat(registered).isInstanceOfSatisfying(RegistrationResult.Registered.class,
                result -> assertThat(result.user().status()).isEqualTo(AccountStatus.PENDING_VERIFICATION));

        VerifyResult verified = core.identity().verifyCode().verify(
                VerifyCodeCommand.of("ana@example.ph", codes.lastCode("ana@example.ph").orElseThrow()));
        assertThat(verified).isInstanceOf(VerifyResult.Verified.class);
        LogInResult loggedIn = core.identity().logIn().logIn(new LogInCommand("ana@example.ph", PASSWORD));
        assertThat(loggedIn).isInstanceOf(LogInResult.LoggedIn.class);
        SignedIn session = ((LogInResult.LoggedIn) loggedIn).signedIn();
        assertThat(core.identity().checkSession().isLive(session.user().id(), session.sessionId())).isTrue();

        core.identity().logOut().logOut(session.user().id(), session.sessionId());

        assertThat(core.identity().checkSession().isLive(session.user().id(), session.sessionId())).isFalse();
        assertThat(core.identity().logIn().logIn(new LogInCommand("ana@example.ph", "a wrong password")))
                .isNotInstanceOf(LogInResult.LoggedIn.class);
    }

    @Test
    void thePartiesChatAreNotifiedThroughTheSwappedPushSenderAndReviewTheWork() {
        Job job = acceptedJob();
        SendResult sent = core.trust().chat().send(new SendMessageCommand(customer, job.id(), "the gate is open", null));
        assertThat(sent).isInstanceOf(SendResult.Sent.class);
        core.runDueWork();

        assertThat(core.trust().conversations().list(provider, new PageRequest(1, 10)).items())
                .singleElement().satisfies(thread -> assertThat(thread.lastMessage()).isEqualTo("the gate is open"));
        assertThat(core.trust().notifications().list(customer, null, new PageRequest(1, 10)).items())
                .extracting(Notification::type).contains("job_accepted");
        assertThat(pushes.sent()).extracting(Notification::type).contains("job_created", "job_accepted");

        job = finish(job);
        ReviewResult review = core.trust().writeReview().write(new WriteReviewCommand(customer, job.id(), 5, "quick and tidy"));
        assertThat(review).isInstanceOf(ReviewResult.Ok.class);
    }

    @Test
    void anAdminsWebhookReceivesThePostedJobAndTheAnalyticsCountIt() {
        var registered = core.webhooks().register(new WebhooksUseCase.RegisterCommand(admin, "https://hooks.example.com/callout",
                List.of(JobEvent.POSTED), null));
        assertThat(registered).isInstanceOf(WebhooksUseCase.Result.Done.class);

        Job job = posted();
        core.runDueWork();

        assertThat(receiver.requests()).singleElement().satisfies(request -> {
            assertThat(request.url()).isEqualTo("https://hooks.example.com/callout");
            assertThat(request.text()).contains(job.id().value());
        });
        assertThat(core.analytics().summary(admin, null, null)).get().extracting(Summary::figures)
                .satisfies(figures -> assertThat(figures.jobs().total()).isEqualTo(1));
        assertThat(core.analytics().summary(customer, null, null)).as("admins only").isEmpty();
    }

    @Test
    void readModelsOverSwappedStoresAskForTheirOwnPort() {
        InMemoryJobs stored = new InMemoryJobs();
        Jobs elsewhere = (Jobs) Proxy.newProxyInstance(Jobs.class.getClassLoader(), new Class<?>[] {Jobs.class},
                (proxy, method, arguments) -> method.invoke(stored, arguments));
        CalloutCore swapped = CalloutCore.builder(clock).jobs(elsewhere).build();

        assertThatThrownBy(swapped::analytics).isInstanceOf(IllegalStateException.class).hasMessageContaining("analytics");
        assertThatThrownBy(() -> swapped.trust().conversations().list(customer, new PageRequest(1, 10)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("conversations");
    }

    private Job posted() {
        core.setAvailability().set(new SetAvailabilityCommand(provider, Availability.ONLINE));
        core.updateLocation().update(new UpdateLocationCommand(provider, new GeoPoint(14.5600, 121.0244)));
        return ok(core.postJob().post(new PostJobCommand(customer, new JobRequest("plumber", "leaking pipe",
                new Place(MAKATI, "Ayala Ave"), null, Urgency.IMMEDIATE, null, null))));
    }

    private Job acceptedJob() {
        Job job = posted();
        core.runDueWork();
        job = ok(core.changeJobStatus().change(new ChangeJobStatusCommand(provider, job.id(), JobStatus.ACCEPTED, null)));
        core.runDueWork();
        return job;
    }

    private Job finish(Job job) {
        for (JobStatus next : List.of(JobStatus.EN_ROUTE, JobStatus.IN_PROGRESS, JobStatus.COMPLETED)) {
            job = ok(core.changeJobStatus().change(new ChangeJobStatusCommand(provider, job.id(), next, null)));
            core.runDueWork();
        }
        return job;
    }

    private static Job ok(JobResult result) {
        assertThat(result).isInstanceOf(JobResult.Ok.class);
        return ((JobResult.Ok) result).job();
    }
}

package dev.callout.bootstrap;

import dev.callout.application.account.RegisterUserUseCase;
import dev.callout.application.account.RegisterUserUseCase.RegisterCommand;
import dev.callout.application.account.VerifyCodeUseCase;
import dev.callout.application.account.VerifyCodeUseCase.VerifyCodeCommand;
import dev.callout.application.dispute.DisputesUseCase;
import dev.callout.application.dispute.DisputesUseCase.RaiseDisputeCommand;
import dev.callout.application.job.AcceptJobUseCase;
import dev.callout.application.job.AcceptJobUseCase.AcceptJobCommand;
import dev.callout.application.job.ChangeJobStatusUseCase;
import dev.callout.application.job.ChangeJobStatusUseCase.ChangeJobStatusCommand;
import dev.callout.application.job.JobRequest;
import dev.callout.application.job.JobResult;
import dev.callout.application.job.PostJobUseCase;
import dev.callout.application.job.PostJobUseCase.PostJobCommand;
import dev.callout.application.payment.CreatePaymentUseCase;
import dev.callout.application.payment.CreatePaymentUseCase.CreatePaymentCommand;
import dev.callout.application.port.Users;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.ProviderDetails;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.persistence.RecordedCodes;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With --demo, once the server is up (after {@link DemoData} and {@link DemoPresence}): something for the operator
 * console's queues, created once through the same use cases as the API. A tow operator waits for
 * approval, Juan's finished plumbing job is paid by card and disputed, and Pedro is on his way to
 * Maria's electrical job (an active job on the map). Only beside the canonical demo: a product
 * profile's demo has people of its own.
 */
@Singleton
@Requires(property = "callout.demo", value = "true")
@Requires(property = DeploymentProfile.PROPERTY, value = "callout", defaultValue = "callout")
class DemoConsoleData implements ApplicationEventListener<ServerStartupEvent> {

    static final String PENDING_EMAIL = "ramon@demo.callout.dev";
    private static final Logger LOG = LoggerFactory.getLogger("callout.demo");

    private final Users users;
    private final RegisterUserUseCase register;
    private final VerifyCodeUseCase verify;
    private final RecordedCodes codes;
    private final PostJobUseCase postJob;
    private final AcceptJobUseCase accept;
    private final ChangeJobStatusUseCase changeStatus;
    private final CreatePaymentUseCase pay;
    private final DisputesUseCase disputes;
    private final Clock clock;

    DemoConsoleData(Users users, RegisterUserUseCase register, VerifyCodeUseCase verify, RecordedCodes codes,
                    PostJobUseCase postJob, AcceptJobUseCase accept, ChangeJobStatusUseCase changeStatus,
                    CreatePaymentUseCase pay, DisputesUseCase disputes, Clock clock) {
        this.users = users;
        this.register = register;
        this.verify = verify;
        this.codes = codes;
        this.postJob = postJob;
        this.accept = accept;
        this.changeStatus = changeStatus;
        this.pay = pay;
        this.disputes = disputes;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (users.byEmail(PENDING_EMAIL).isPresent()) {
            return;
        }
        Actor maria = demoUser("maria@demo.callout.dev");
        Actor juan = demoUser("juan@demo.callout.dev");
        Actor pedro = demoUser("pedro@demo.callout.dev");
        registerPendingProvider();
        Place quezonCity = new Place(new GeoPoint(14.6760, 121.0437), "Timog Ave, Quezon City");
        JobId drain = post(juan, "plumber", "Blocked drain in the bathroom.", quezonCity);
        accept.accept(new AcceptJobCommand(pedro, drain));
        for (JobStatus status : List.of(JobStatus.IN_PROGRESS, JobStatus.COMPLETED)) {
            changeStatus.change(new ChangeJobStatusCommand(pedro, drain, status, null));
        }
        pay.create(new CreatePaymentCommand(juan, drain, PaymentMethod.CARD, null));
        disputes.raise(new RaiseDisputeCommand(juan, drain, "The drain is blocked again the next morning.", List.of()));
        Place bgc = new Place(new GeoPoint(14.5509, 121.0503), "5th Ave, Bonifacio Global City, Taguig");
        JobId lights = post(maria, "electrician", "Flickering lights in the kitchen.", bgc);
        accept.accept(new AcceptJobCommand(pedro, lights));
        changeStatus.change(new ChangeJobStatusCommand(pedro, lights, JobStatus.EN_ROUTE, null));
        LOG.info("Demo console data loaded: Ramon Cruz ({}) waits for approval, a paid plumbing job is disputed,"
                + " Pedro is on his way to an electrical job", PENDING_EMAIL);
    }

    private Actor demoUser(String email) {
        return users.byEmail(email).map(User::asActor).orElseThrow(() -> new IllegalStateException(email + " is missing"));
    }

    private void registerPendingProvider() {
        ProviderDetails truck = new ProviderDetails("wheel-lift tow truck", "c", "N02-24-135790",
                LocalDate.now(clock).plusYears(3), "NCR 4821");
        register.register(new RegisterCommand(Role.PROVIDER, "Ramon Cruz", PENDING_EMAIL, "+639191110004",
                DemoData.PASSWORD, Set.of("towing"), truck));
        verify.verify(VerifyCodeCommand.of(PENDING_EMAIL, codes.lastCode(PENDING_EMAIL).orElseThrow()));
    }

    private JobId post(Actor customer, String category, String description, Place place) {
        JobResult result = postJob.post(new PostJobCommand(customer, new JobRequest(category, description, place, null,
                Urgency.IMMEDIATE, null, null)));
        if (result instanceof JobResult.Ok ok) {
            return ok.job().id();
        }
        throw new IllegalStateException("a demo job was not posted: " + result);
    }
}

package dev.callout.bootstrap;

import dev.callout.application.account.CreateAdminUseCase.CreateAdminCommand;
import dev.callout.application.account.CreateAdminUseCase.CreateAdminResult;
import dev.callout.application.account.CreateAdminUseCase;
import dev.callout.application.account.RegisterUserUseCase.RegisterCommand;
import dev.callout.application.account.RegisterUserUseCase.RegistrationResult;
import dev.callout.application.account.RegisterUserUseCase;
import dev.callout.application.account.VerifyCodeUseCase.VerifyCodeCommand;
import dev.callout.application.account.VerifyCodeUseCase.VerifyResult;
import dev.callout.application.account.VerifyCodeUseCase;
import dev.callout.application.admin.ChangeAccountStatusUseCase.ChangeStatusCommand;
import dev.callout.application.admin.ChangeAccountStatusUseCase;
import dev.callout.application.catalog.CatalogUseCase.FieldInput;
import dev.callout.application.catalog.CatalogUseCase.NewPackage;
import dev.callout.application.catalog.CatalogUseCase.NewService;
import dev.callout.application.catalog.CatalogUseCase.ServiceWithPackages;
import dev.callout.application.catalog.CatalogUseCase;
import dev.callout.application.job.JobRequest;
import dev.callout.application.job.JobResult;
import dev.callout.application.job.MoneyInput;
import dev.callout.application.job.OrderJobUseCase;
import dev.callout.application.job.PostJobUseCase.PostJobCommand;
import dev.callout.application.job.PostJobUseCase;
import dev.callout.application.port.Users;
import dev.callout.domain.catalog.ServicePackage;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Place;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.ProviderDetails;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.persistence.RecordedCodes;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With --demo: customers and providers of several categories around Metro Manila, a few open jobs
 * and a small catalog of services with packages (with --profile art, {@link ArtDemo}'s people and
 * breakdown around London instead; with --profile depannini, {@link DepanniniDemo}'s; with --profile
 * chayenity, {@link ChayenityDemo}'s people and gigs around Bangkok; with --profile bluework,
 * {@link BlueWorkDemo}'s worker too; with --profile orders, {@link OrdersDemo}'s order too), created
 * once through the same use cases as the API and printed
 * with their credentials.
 */
@Singleton
@Requires(property = "callout.demo", value = "true")
class DemoData implements ApplicationEventListener<StartupEvent> {

    static final String PASSWORD = "callout-demo";
    static final String ADMIN_EMAIL = "admin@demo.callout.dev";
    private static final Logger LOG = LoggerFactory.getLogger("callout.demo");

    record Person(Role role, String name, String email, String phone, Set<String> categories) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person(Role.CUSTOMER, "Maria Santos", "maria@demo.callout.dev", "+639181234567", Set.of()),
            new Person(Role.CUSTOMER, "Juan dela Cruz", "juan@demo.callout.dev", "+639171234567", Set.of()),
            new Person(Role.PROVIDER, "Pedro Reyes", "pedro@demo.callout.dev", "+639191110001", Set.of("plumber", "electrician")),
            new Person(Role.PROVIDER, "Ana Villanueva", "ana@demo.callout.dev", "+639191110002", Set.of("towing", "repair")),
            new Person(Role.PROVIDER, "Lito Garcia", "lito@demo.callout.dev", "+639191110003", Set.of("cleaning", "moving_help")));

    private final Users users;
    private final RegisterUserUseCase register;
    private final VerifyCodeUseCase verify;
    private final RecordedCodes codes;
    private final CreateAdminUseCase createAdmin;
    private final ChangeAccountStatusUseCase changeStatus;
    private final PostJobUseCase postJob;
    private final CatalogUseCase catalog;
    private final Clock clock;
    private final boolean art;
    private final boolean chayenity;
    private final boolean orders;
    private final OrderJobUseCase orderJob;
    private final List<Person> people;
    private final DeploymentProfile profile;
    private final DepanniniDemo depannini;

    DemoData(DeploymentProfile profile, Users users, RegisterUserUseCase register, VerifyCodeUseCase verify,
             RecordedCodes codes, CreateAdminUseCase createAdmin, ChangeAccountStatusUseCase changeStatus,
             PostJobUseCase postJob, CatalogUseCase catalog, OrderJobUseCase orderJob, Clock clock,
             DepanniniDemo depannini) {
        this.users = users;
        this.register = register;
        this.verify = verify;
        this.codes = codes;
        this.createAdmin = createAdmin;
        this.changeStatus = changeStatus;
        this.postJob = postJob;
        this.catalog = catalog;
        this.clock = clock;
        this.art = profile == DeploymentProfile.ART;
        this.chayenity = profile == DeploymentProfile.CHAYENITY;
        this.orders = profile == DeploymentProfile.ORDERS;
        this.orderJob = orderJob;
        this.people = art ? ArtDemo.PEOPLE : chayenity ? ChayenityDemo.PEOPLE : PEOPLE;
        this.profile = profile;
        this.depannini = depannini;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (profile == DeploymentProfile.DEPANNINI) {
            depannini.load();
            return;
        }
        boolean fresh = users.byEmail(people.getFirst().email()).isEmpty();
        List<User> created = new ArrayList<>();
        if (fresh) {
            User admin = ((CreateAdminResult.Created) createAdmin.create(
                    new CreateAdminCommand("Demo Admin", ADMIN_EMAIL, null, PASSWORD))).admin();
            for (Person person : people) {
                // towing needs the vehicle and licence details Depannini asks for
                ProviderDetails truck = person.categories().contains("towing")
                        ? new ProviderDetails("flatbed truck", "c", "N01-23-456789", LocalDate.now(clock).plusYears(2), "NBC 1234")
                        : null;
                RegistrationResult result = register.register(new RegisterCommand(person.role(), person.name(),
                        person.email(), person.phone(), PASSWORD, person.categories(), truck));
                if (result instanceof RegistrationResult.Registered registered) {
                    created.add(activate(registered.user(), admin));
                }
            }
            if (art) {
                posted(postJob.post(new PostJobCommand(created.get(1).asActor(), ArtDemo.breakdown())));
            } else if (chayenity) {
                ChayenityDemo.gigs(clock.instant())
                        .forEach(gig -> posted(postJob.post(new PostJobCommand(created.getFirst().asActor(), gig))));
            } else {
                postJobs(created.get(0), created.get(1));
                String studioClean = addCatalog(admin.asActor());
                if (orders) {
                    posted(OrdersDemo.order(orderJob, created.get(0), studioClean));
                }
            }
            if (profile == DeploymentProfile.BLUEWORK) {
                BlueWorkDemo.addPendingWorker(register, verify, codes);
            }
        }
        StringBuilder lines = new StringBuilder(fresh ? "Demo data loaded" : "Demo data already present")
                .append("; every demo account's password is '").append(PASSWORD).append("':")
                .append(System.lineSeparator()).append(String.format("  %-8s %-16s %s", "admin", "Demo Admin", ADMIN_EMAIL));
        for (Person person : people) {
            lines.append(System.lineSeparator()).append(String.format("  %-8s %-16s %-24s %-14s %s",
                    person.role().wireName(), person.name(), person.email(), person.phone(),
                    person.categories().isEmpty() ? "" : "serves " + String.join(", ", person.categories().stream().sorted().toList())));
        }
        LOG.info("{}", lines);
    }

    /**
     * Verifies the account with the code the development sender recorded (unless the deployment's
     * accounts start verified), and approves providers.
     */
    private User activate(User user, User admin) {
        User active = user;
        if (active.status() == AccountStatus.PENDING_VERIFICATION) {
            String to = user.email() != null ? user.email() : user.phone();
            VerifyResult verified = verify.verify(VerifyCodeCommand.of(to, codes.lastCode(to).orElseThrow()));
            active = ((VerifyResult.Verified) verified).user();
        }
        if (active.status() == AccountStatus.PENDING_APPROVAL) {
            changeStatus.change(new ChangeStatusCommand(admin.asActor(), active.id(), AccountStatus.ACTIVE, "demo provider", true));
            active = active.withStatus(AccountStatus.ACTIVE);
        }
        return active;
    }

    private void postJobs(User maria, User juan) {
        Place makati = new Place(new GeoPoint(14.5547, 121.0244), "123 Rizal St, Makati");
        Place edsa = new Place(new GeoPoint(14.5869, 121.0567), "EDSA corner Shaw Blvd, Mandaluyong");
        Place shop = new Place(new GeoPoint(14.6091, 121.0223), "AutoFix, Aurora Blvd, San Juan");
        List<JobResult> results = List.of(
                postJob.post(new PostJobCommand(maria.asActor(), new JobRequest("plumber",
                        "Leaking pipe under the kitchen sink.", makati, null, Urgency.IMMEDIATE, null, null))),
                postJob.post(new PostJobCommand(juan.asActor(), new JobRequest("towing",
                        "Car won't start, needs a tow to the shop.", edsa, shop, Urgency.IMMEDIATE, null, null))),
                postJob.post(new PostJobCommand(maria.asActor(), new JobRequest("moving_help",
                        "Help moving a sofa and a dining table, about 3 hours.", makati, null, Urgency.SCHEDULED,
                        clock.instant().plus(Duration.ofDays(1)), new MoneyInput(new BigDecimal("1500.00"), "PHP")))));
        results.forEach(DemoData::posted);
    }

    private static void posted(JobResult result) {
        if (!(result instanceof JobResult.Ok)) {
            LOG.warn("a demo job was not posted: {}", result);
        }
    }

    /**
     * Two services a customer can order at once: a home clean in two sizes, and an electrical safety
     * check. Answers the studio clean's package id.
     */
    private String addCatalog(Actor admin) {
        String cleaning = service(catalog.create(new NewService(admin, "Home deep clean",
                "Floors, kitchen and bathrooms, supplies included.", null, "cleaning", List.of(
                        new FieldInput("rooms", "number", true, null),
                        new FieldInput("size", "string", true, List.of("studio", "condo", "house")),
                        new FieldInput("pets", "boolean", false, null),
                        new FieldInput("preferred_date", "date", false, null)))));
        CatalogUseCase.Result<ServicePackage> studio = catalog.addPackage(new NewPackage(admin, cleaning, "Studio or 1-bedroom",
                "One cleaner, about 3 hours.", new MoneyInput(new BigDecimal("1200.00"), "PHP"), 180,
                List.of("supplies included", "eco products")));
        catalog.addPackage(new NewPackage(admin, cleaning, "Family home", "Two cleaners, about 4 hours.",
                new MoneyInput(new BigDecimal("2500.00"), "PHP"), 240, List.of("supplies included", "inside the fridge and oven")));
        String wiring = service(catalog.create(new NewService(admin, "Electrical safety check",
                "Outlets, breakers and wiring checked, with a written report.", null, "electrician", List.of(
                        new FieldInput("breakers", "number", false, null),
                        new FieldInput("building_age", "string", true, List.of("under 10 years", "10 to 30 years", "older"))))));
        catalog.addPackage(new NewPackage(admin, wiring, "Standard check", null,
                new MoneyInput(new BigDecimal("950.00"), "PHP"), 90, List.of("written report")));
        return ((CatalogUseCase.Result.Done<ServicePackage>) studio).value().id();
    }

    private static String service(CatalogUseCase.Result<ServiceWithPackages> created) {
        return ((CatalogUseCase.Result.Done<ServiceWithPackages>) created).value().service().id();
    }
}

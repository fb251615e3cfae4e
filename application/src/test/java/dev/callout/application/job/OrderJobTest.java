package dev.callout.application.job;

import static dev.callout.application.job.JobWorld.ADMIN;
import static dev.callout.application.job.JobWorld.ALICE;
import static dev.callout.application.job.JobWorld.MANILA;
import static dev.callout.application.job.JobWorld.PLUMBER;
import static dev.callout.application.job.JobWorld.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.PageRequest;
import dev.callout.application.catalog.CatalogService;
import dev.callout.application.catalog.CatalogUseCase.FieldInput;
import dev.callout.application.catalog.CatalogUseCase.NewPackage;
import dev.callout.application.catalog.CatalogUseCase.NewService;
import dev.callout.application.catalog.CatalogUseCase.PackageChanges;
import dev.callout.application.catalog.CatalogUseCase.Result;
import dev.callout.application.catalog.CatalogUseCase.ServiceChanges;
import dev.callout.application.catalog.CatalogUseCase.ServiceWithPackages;
import dev.callout.application.catalog.CatalogUseCase;
import dev.callout.application.idempotency.OnCommit;
import dev.callout.application.inmemory.InMemoryAuditLog;
import dev.callout.application.inmemory.InMemoryStoredFiles;
import dev.callout.application.job.OrderJobUseCase.OrderCommand;
import dev.callout.domain.catalog.Order;
import dev.callout.domain.catalog.ServicePackage;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.ImageFormat;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.PriceBasis;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.UserId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderJobTest {

    private final JobWorld world = new JobWorld();
    private final InMemoryStoredFiles files = new InMemoryStoredFiles();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final CatalogService catalog = new CatalogService(world.catalog, world.categories, files, audit,
            world.transactions, world.clock, world.ids);

    private static <T> T done(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Done.class);
        return ((Result.Done<T>) result).value();
    }

    private ServiceWithPackages plumbingService() {
        return done(catalog.create(new NewService(ADMIN, "Leak repair", "Find and fix a leak", null, "plumbing", List.of(
                new FieldInput("fixtures", "number", true, null),
                new FieldInput("where", "string", true, List.of("kitchen", "bathroom")),
                new FieldInput("water_off", "boolean", false, null),
                new FieldInput("by", "date", false, null)))));
    }

    private ServicePackage basicPackage(String serviceId) {
        return done(catalog.addPackage(new NewPackage(ADMIN, serviceId, "Basic", null, new MoneyInput(new BigDecimal("850"), null),
                90, List.of("one hour of labour"))));
    }

    private JobResult order(String packageId, Map<String, Object> details) {
        return world.order.order(new OrderCommand(ALICE, new OrderRequest(packageId, details, "under the sink", MANILA, null,
                Urgency.IMMEDIATE, null, false, null, null, List.of())), OnCommit.nothing());
    }

    @Test
    void anOrderIsAJobOfTheServicesCategoryPricedByThePackageAndKeepsWhatWasOrdered() {
        ServiceWithPackages service = plumbingService();
        ServicePackage basic = basicPackage(service.service().id());

        Job job = ok(order(basic.id(), Map.of("fixtures", 2, "where", "kitchen", "by", "2030-06-30")));

        assertThat(job.details().category()).isEqualTo("plumbing");
        assertThat(job.price().basis()).isEqualTo(PriceBasis.PACKAGE);
        assertThat(job.price().total()).isEqualTo(Money.parse("850.00", "PHP"));
        assertThat(world.outbox.events()).filteredOn(JobEvent.JobPosted.class::isInstance).hasSize(1);
        done(catalog.updatePackage(new PackageChanges(ADMIN, basic.id(), "Basic plus", null,
                new MoneyInput(new BigDecimal("1900"), "PHP"), 120, null)));
        done(catalog.update(new ServiceChanges(ADMIN, service.service().id(), null, null, null, null, "archived", null)));
        done(catalog.deletePackage(ADMIN, basic.id()));

        JobView view = world.get.view(PLUMBER, job.id()).orElseThrow();
        assertThat(view.order()).isEqualTo(new Order(job.id(), service.service().id(), "Leak repair", basic.id(), "Basic",
                Money.parse("850.00", "PHP"), 90, view.order().details()));
        assertThat(view.order().details().values()).containsExactly(Map.entry("by", "2030-06-30"),
                Map.entry("fixtures", new BigDecimal("2")), Map.entry("where", "kitchen"));
        assertThat(world.stored(job.id()).price().total()).isEqualTo(Money.parse("850.00", "PHP"));
    }

    @Test
    void anOrderTakesAGigsTitleHoursAndImagesAsAnyPostedJobDoes() {
        ServicePackage basic = basicPackage(plumbingService().service().id());
        StoredFile sink = jobImage(ALICE.id());
        StoredFile bobs = jobImage(new UserId("usr_bob"));

        assertThat(orderGig(basic.id(), List.of(sink.id(), bobs.id()))).isEqualTo(new JobResult.Invalid(Map.of(
                "image_file_ids", "must be job images you uploaded and have not posted with a job")));
        assertThat(world.storedCount()).as("nothing posted with another's image").isZero();
        Job job = ok(orderGig(basic.id(), List.of(sink.id())));

        assertThat(world.stored(job.id()).details().title()).isEqualTo("Fix the sink");
        assertThat(world.stored(job.id()).details().durationHours()).isEqualTo(2);
        assertThat(world.stored(job.id()).details().imageFileIds()).containsExactly(sink.id());
        assertThat(world.files.byId(sink.id())).hasValueSatisfying(file -> assertThat(file.jobId()).isEqualTo(job.id()));
        assertThat(world.files.byId(bobs.id())).hasValueSatisfying(file -> assertThat(file.jobId()).isNull());
    }

    private StoredFile jobImage(UserId owner) {
        StoredFile file = new StoredFile(StoredFile.nextId(world.ids), owner, FilePurpose.JOB, null, "sink.jpg",
                ImageFormat.JPEG, 100, world.clock.instant());
        world.files.add(file);
        return file;
    }

    private JobResult orderGig(String packageId, List<String> images) {
        return world.order.order(new OrderCommand(ALICE, new OrderRequest(packageId, Map.of("fixtures", 1, "where", "kitchen"),
                null, MANILA, null, Urgency.IMMEDIATE, null, false, "Fix the sink", 2, images)), OnCommit.nothing());
    }

    @Test
    void detailsThatDoNotFitTheSchemaAreNamedOneByOneAndNothingIsPosted() {
        ServicePackage basic = basicPackage(plumbingService().service().id());

        JobResult refused = order(basic.id(), Map.of("where", "garage", "water_off", "yes", "by", "next week", "colour", "red"));

        assertThat(refused).isEqualTo(new JobResult.Invalid(Map.of(
                "details.fixtures", "is required",
                "details.where", "must be one of kitchen, bathroom",
                "details.water_off", "must be true or false",
                "details.by", "must be a date such as 2030-06-30",
                "details.colour", "is not a detail of this service")));
        assertThat(world.storedCount()).isZero();
        assertThat(world.outbox.events()).isEmpty();
    }

    @Test
    void anUnknownPackageOrAnArchivedServiceTakesNoOrder() {
        ServiceWithPackages service = plumbingService();
        ServicePackage basic = basicPackage(service.service().id());
        Map<String, Object> details = Map.of("fixtures", 1, "where", "bathroom");

        assertThat(order("pkg_nothing", details)).isEqualTo(new JobResult.Invalid(Map.of("package_id", "no such package")));
        done(catalog.update(new ServiceChanges(ADMIN, service.service().id(), null, null, null, null, "archived", null)));
        assertThat(order(basic.id(), details)).isEqualTo(new JobResult.Invalid(Map.of("package_id", "its service is archived")));
        assertThat(catalog.list("plumbing", new PageRequest(1, 10)).items()).isEmpty();
        assertThat(world.storedCount()).isZero();
    }

    @Test
    void anOrderWithoutALocationIsServedAtTheDeploymentsDefaultPlaceAndNeedsOneWithout() {
        ServicePackage basic = basicPackage(plumbingService().service().id());
        Map<String, Object> details = Map.of("fixtures", 1, "where", "bathroom");
        OrderRequest nowhere = new OrderRequest(basic.id(), details, null, null, null, Urgency.IMMEDIATE, null, false, null,
                null, List.of());

        Job remote = ok(world.orderAtMakati.order(new OrderCommand(ALICE, nowhere), OnCommit.nothing()));
        Job named = ok(world.orderAtMakati.order(new OrderCommand(ALICE, new OrderRequest(basic.id(), details, null, MANILA,
                null, Urgency.IMMEDIATE, null, false, null, null, List.of())), OnCommit.nothing()));

        assertThat(remote.details().location()).isEqualTo(JobWorld.MAKATI);
        assertThat(named.details().location()).isEqualTo(MANILA);
        assertThatThrownBy(() -> world.order.order(new OrderCommand(ALICE, nowhere), OnCommit.nothing()))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.fields()).containsOnlyKeys("location"));
        assertThat(world.storedCount()).isEqualTo(2);
    }

    @Test
    void onlyAdminsChangeTheCatalogAndAServicesImageIsTheirOwnProfileUpload() {
        StoredFile mine = new StoredFile("fil_mine", ADMIN.id(), FilePurpose.PROFILE, null, "van.png", ImageFormat.PNG, 10,
                world.clock.instant());
        StoredFile theirs = new StoredFile("fil_theirs", new UserId("usr_other"), FilePurpose.PROFILE, null, "x.png",
                ImageFormat.PNG, 10, world.clock.instant());
        files.add(mine);
        files.add(theirs);

        assertThat(catalog.create(new NewService(ALICE, "Mine", null, null, "plumbing", null))).isInstanceOf(Result.Forbidden.class);
        assertThatThrownBy(() -> catalog.create(new NewService(ADMIN, "Theirs", null, theirs.id(), "plumbing", null)))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("image_file_id"));
        ServiceWithPackages created = done(catalog.create(new NewService(ADMIN, "With a picture", null, mine.id(), "plumbing", null)));
        assertThat(created.service().imageFileId()).isEqualTo(mine.id());
        assertThat(audit.list(new PageRequest(1, 10)).items()).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("service.created"));
        assertThatThrownBy(() -> catalog.update(new ServiceChanges(ADMIN, created.service().id(), null, null, null, "juggling",
                null, null))).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.fields()).containsOnlyKeys("category"));
    }
}

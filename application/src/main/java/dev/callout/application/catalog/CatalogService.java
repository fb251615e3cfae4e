package dev.callout.application.catalog;

import dev.callout.application.FieldErrors;
import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.job.MoneyInput;
import dev.callout.application.port.AuditLog;
import dev.callout.application.port.Catalog;
import dev.callout.application.port.Categories;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Transactions;
import dev.callout.domain.catalog.DetailField;
import dev.callout.domain.catalog.Service;
import dev.callout.domain.catalog.ServicePackage;
import dev.callout.domain.catalog.ServiceStatus;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.AuditEntry;
import dev.callout.domain.user.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The catalog's reads and the admins' changes, each change audited in its transaction. A service's
 * image is a profile-purpose upload of the admin's own; package prices are in the currency of the
 * service's category.
 */
public final class CatalogService implements CatalogUseCase {

    private final Catalog catalog;
    private final Categories categories;
    private final StoredFiles files;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    public CatalogService(Catalog catalog, Categories categories, StoredFiles files, AuditLog audit,
                          Transactions transactions, Clock clock, IdGenerator ids) {
        this.catalog = catalog;
        this.categories = categories;
        this.files = files;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public Page<Service> list(String category, PageRequest page) {
        return catalog.activeServices(category, page);
    }

    @Override
    public Optional<ServiceWithPackages> get(String serviceId) {
        return catalog.service(serviceId).map(service -> new ServiceWithPackages(service, catalog.packagesOf(service.id())));
    }

    @Override
    public Result<ServiceWithPackages> create(NewService command) {
        return asAdmin(command.admin(), () -> {
            FieldErrors errors = new FieldErrors();
            checkCategory(command.category(), errors);
            checkImage(command.admin(), command.imageFileId(), errors);
            errors.throwIfAny();
            Instant now = clock.instant();
            Service service = new Service(ids.next(Service.PREFIX), command.name().strip(), blankToNull(command.description()),
                    command.imageFileId(), command.category(), ServiceStatus.ACTIVE, schema(command.detailsSchema(), List.of()),
                    now, now);
            return transactions.inTransaction(() -> {
                catalog.addService(service);
                audited(command.admin(), "service.created", service.id(), service.name(), now);
                return new Result.Done<>(new ServiceWithPackages(service, List.of()));
            });
        });
    }

    @Override
    public Result<ServiceWithPackages> update(ServiceChanges command) {
        return asAdmin(command.admin(), () -> transactions.inTransaction(() -> {
            Optional<Service> found = catalog.service(command.serviceId());
            if (found.isEmpty()) {
                return new Result.NotFound<>();
            }
            Service current = found.get();
            List<ServicePackage> packages = catalog.packagesOf(current.id());
            FieldErrors errors = new FieldErrors();
            Optional<ServiceStatus> status = Optional.ofNullable(command.status()).flatMap(ServiceStatus::fromWireName);
            errors.require(command.status() == null || status.isPresent(), "status", "must be active or archived");
            if (command.category() != null && !command.category().equals(current.category())) {
                checkCategory(command.category(), errors).ifPresent(category -> errors.require(packages.stream()
                                .allMatch(p -> p.price().currency().equals(category.pricing().currency())),
                        "category", "prices in another currency than this service's packages"));
            }
            if (command.imageFileId() != null && !command.imageFileId().equals(current.imageFileId())) {
                checkImage(command.admin(), command.imageFileId(), errors);
            }
            errors.throwIfAny();
            Instant now = clock.instant();
            Service changed = new Service(current.id(), command.name() == null ? current.name() : command.name().strip(),
                    command.description() == null ? current.description() : blankToNull(command.description()),
                    command.imageFileId() == null ? current.imageFileId() : command.imageFileId(),
                    command.category() == null ? current.category() : command.category(), status.orElse(current.status()),
                    schema(command.detailsSchema(), current.detailsSchema()), current.createdAt(), now);
            catalog.updateService(changed);
            String action = changed.status() == current.status() ? "service.updated"
                    : changed.isActive() ? "service.restored" : "service.archived";
            audited(command.admin(), action, changed.id(), changed.name(), now);
            return new Result.Done<>(new ServiceWithPackages(changed, packages));
        }));
    }

    @Override
    public Result<ServicePackage> addPackage(NewPackage command) {
        return asAdmin(command.admin(), () -> transactions.inTransaction(() -> {
            Optional<Service> service = catalog.service(command.serviceId());
            if (service.isEmpty()) {
                return new Result.NotFound<>();
            }
            Money price = price(command.price(), currencyOf(service.get()));
            Instant now = clock.instant();
            ServicePackage added = new ServicePackage(ids.next(ServicePackage.PREFIX), service.get().id(), command.name().strip(),
                    blankToNull(command.description()), price, command.durationMinutes(),
                    command.features() == null ? List.of() : command.features(), now, now);
            catalog.addPackage(added);
            audited(command.admin(), "package.created", added.id(), added.name() + " " + price, now);
            return new Result.Done<>(added);
        }));
    }

    @Override
    public Result<ServicePackage> updatePackage(PackageChanges command) {
        return asAdmin(command.admin(), () -> transactions.inTransaction(() -> {
            Optional<ServicePackage> found = catalog.servicePackage(command.packageId());
            if (found.isEmpty()) {
                return new Result.NotFound<>();
            }
            ServicePackage current = found.get();
            Money price = command.price() == null ? current.price()
                    : price(command.price(), currencyOf(catalog.service(current.serviceId()).orElseThrow()));
            Instant now = clock.instant();
            ServicePackage changed = new ServicePackage(current.id(), current.serviceId(),
                    command.name() == null ? current.name() : command.name().strip(),
                    command.description() == null ? current.description() : blankToNull(command.description()), price,
                    command.durationMinutes() == null ? current.durationMinutes() : command.durationMinutes(),
                    command.features() == null ? current.features() : command.features(), current.createdAt(), now);
            catalog.updatePackage(changed);
            audited(command.admin(), "package.updated", changed.id(), changed.name() + " " + price, now);
            return new Result.Done<>(changed);
        }));
    }

    @Override
    public Result<ServicePackage> deletePackage(Actor admin, String packageId) {
        return asAdmin(admin, () -> transactions.inTransaction(() -> {
            Optional<ServicePackage> found = catalog.servicePackage(packageId);
            if (found.isEmpty() || !catalog.deletePackage(packageId)) {
                return new Result.NotFound<>();
            }
            audited(admin, "package.deleted", packageId, found.get().name(), clock.instant());
            return new Result.Done<>(found.get());
        }));
    }

    private Optional<Category> checkCategory(String code, FieldErrors errors) {
        Optional<Category> category = categories.byCode(code);
        errors.require(category.isPresent(), "category", "unknown category '" + code + "'");
        return category;
    }

    private void checkImage(Actor admin, String imageFileId, FieldErrors errors) {
        if (imageFileId != null) {
            errors.require(files.byId(imageFileId)
                            .filter(file -> file.ownerId().equals(admin.id()) && file.purpose() == FilePurpose.PROFILE).isPresent(),
                    "image_file_id", "must be an image you uploaded with purpose profile");
        }
    }

    private Currency currencyOf(Service service) {
        return categories.byCode(service.category()).orElseThrow().pricing().currency();
    }

    private static Money price(MoneyInput input, Currency currency) {
        MoneyInput.Converted converted = input.in(currency, "price");
        FieldErrors errors = new FieldErrors();
        converted.problem().forEach((field, problem) -> errors.require(false, field, problem));
        errors.throwIfAny();
        return converted.money();
    }

    private static List<DetailField> schema(List<FieldInput> given, List<DetailField> current) {
        return given == null ? current : given.stream().map(DetailsSchemaRules::field).toList();
    }

    private void audited(Actor admin, String action, String targetId, String note, Instant at) {
        audit.record(new AuditEntry(ids.next(AuditEntry.PREFIX), admin.id(), action, targetId, note, at));
    }

    private static <T> Result<T> asAdmin(Actor caller, Supplier<Result<T>> work) {
        return caller.is(Role.ADMIN) ? work.get() : new Result.Forbidden<>();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

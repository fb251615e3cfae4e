package dev.callout.application.catalog;

import dev.callout.application.FieldErrors;
import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.job.MoneyInput;
import dev.callout.domain.catalog.Service;
import dev.callout.domain.catalog.ServicePackage;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.user.Actor;
import java.util.List;
import java.util.Optional;

/**
 * The catalog: anyone reads the active services and a service with its packages; admins add and
 * change them, every change audited. Bad input is an {@link dev.callout.application.InvalidCommandException}
 * naming each field. In the changes, a null field keeps what is there.
 */
public interface CatalogUseCase {

    Page<Service> list(String category, PageRequest page);

    /** A service (archived ones too: jobs ordered from them still name them) with its packages. */
    Optional<ServiceWithPackages> get(String serviceId);

    Result<ServiceWithPackages> create(NewService command);

    Result<ServiceWithPackages> update(ServiceChanges command);

    Result<ServicePackage> addPackage(NewPackage command);

    Result<ServicePackage> updatePackage(PackageChanges command);

    Result<ServicePackage> deletePackage(Actor admin, String packageId);

    record ServiceWithPackages(Service service, List<ServicePackage> packages) {
        public ServiceWithPackages {
            packages = List.copyOf(packages);
        }
    }

    /** A field of a details schema as given: type string|number|boolean|date, required defaults to false. */
    record FieldInput(String name, String type, Boolean required, List<String> choices) {
    }

    record NewService(Actor admin, String name, String description, String imageFileId, String category,
                      List<FieldInput> detailsSchema) {
        public NewService {
            new FieldErrors().notBlank(name, "name").notBlank(category, "category").throwIfAny();
            checkService(name, description, imageFileId, category, detailsSchema);
        }
    }

    record ServiceChanges(Actor admin, String serviceId, String name, String description, String imageFileId,
                          String category, String status, List<FieldInput> detailsSchema) {
        public ServiceChanges {
            new FieldErrors().require(name == null || !name.isBlank(), "name", "must not be blank")
                    .require(category == null || !category.isBlank(), "category", "must not be blank")
                    .singleLine(status, 16, "status")
                    .throwIfAny();
            checkService(name, description, imageFileId, category, detailsSchema);
        }
    }

    record NewPackage(Actor admin, String serviceId, String name, String description, MoneyInput price,
                      Integer durationMinutes, List<String> features) {
        public NewPackage {
            new FieldErrors().notBlank(name, "name").require(price != null, "price", "is required")
                    .require(durationMinutes != null, "duration_minutes", "is required").throwIfAny();
            checkPackage(name, description, price, durationMinutes, features);
        }
    }

    record PackageChanges(Actor admin, String packageId, String name, String description, MoneyInput price,
                          Integer durationMinutes, List<String> features) {
        public PackageChanges {
            new FieldErrors().require(name == null || !name.isBlank(), "name", "must not be blank").throwIfAny();
            checkPackage(name, description, price, durationMinutes, features);
        }
    }

    sealed interface Result<T> {

        record Done<T>(T value) implements Result<T> {
        }

        record NotFound<T>() implements Result<T> {
        }

        record Forbidden<T>() implements Result<T> {
        }
    }

    private static void checkService(String name, String description, String imageFileId, String category,
                                     List<FieldInput> detailsSchema) {
        FieldErrors errors = new FieldErrors()
                .singleLine(name, Service.MAX_NAME_LENGTH, "name")
                .freeText(description, Service.MAX_DESCRIPTION_LENGTH, "description")
                .singleLine(imageFileId, 64, "image_file_id")
                .singleLine(category, Category.MAX_CODE_LENGTH, "category");
        DetailsSchemaRules.check(detailsSchema, errors);
        errors.throwIfAny();
    }

    private static void checkPackage(String name, String description, MoneyInput price, Integer durationMinutes,
                                     List<String> features) {
        new FieldErrors()
                .singleLine(name, ServicePackage.MAX_NAME_LENGTH, "name")
                .freeText(description, ServicePackage.MAX_DESCRIPTION_LENGTH, "description")
                .require(price == null || price.amount().signum() >= 0, "price.amount", "must not be negative")
                .singleLine(price == null ? null : price.currency(), 3, "price.currency")
                .require(durationMinutes == null
                                || (durationMinutes >= 1 && durationMinutes <= ServicePackage.MAX_DURATION_MINUTES),
                        "duration_minutes", "must be 1 to " + ServicePackage.MAX_DURATION_MINUTES)
                .singleLines(features, ServicePackage.MAX_FEATURES, ServicePackage.MAX_FEATURE_LENGTH, "features")
                .throwIfAny();
    }
}

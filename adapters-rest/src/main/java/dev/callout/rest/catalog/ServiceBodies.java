package dev.callout.rest.catalog;

import dev.callout.application.FieldErrors;
import dev.callout.application.catalog.CatalogUseCase.FieldInput;
import dev.callout.application.catalog.CatalogUseCase.ServiceWithPackages;
import dev.callout.application.job.MoneyInput;
import dev.callout.domain.catalog.DetailField;
import dev.callout.domain.catalog.Service;
import dev.callout.domain.catalog.ServicePackage;
import dev.callout.rest.body.MoneyBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The catalog's request and response bodies. */
final class ServiceBodies {

    private ServiceBodies() {
    }

    @Serdeable
    @Schema(name = "DetailField", description = "a field an order of the service gives in its details")
    record FieldBody(@Schema(example = "rooms", description = "lower-case letters, digits and _") String name,
                     @Schema(allowableValues = {"string", "number", "boolean", "date"}) String type,
                     @Nullable @Schema(description = "default false") Boolean required,
                     @Nullable @Schema(description = "for string fields: the only values allowed") List<String> choices) {
        static FieldBody of(DetailField field) {
            return new FieldBody(field.name(), field.type().wireName(), field.required(), field.choices());
        }

        FieldInput input() {
            return new FieldInput(name, type, required, choices);
        }
    }

    @Serdeable
    @Schema(name = "ServiceRequest", description = "POST: name and category required; PATCH: each field given replaces "
            + "what is there (details_schema as a whole), status active|archived")
    record ServiceRequestBody(@Nullable @Schema(example = "Home deep clean", maxLength = 120) String name,
                              @Nullable @Schema(maxLength = 2000) String description,
                              @Nullable @Schema(description = "a profile-purpose image you uploaded") String imageFileId,
                              @Nullable @Schema(example = "cleaning") String category,
                              @Nullable @Schema(allowableValues = {"active", "archived"}, description = "PATCH only") String status,
                              @Nullable List<FieldBody> detailsSchema) {
        List<FieldInput> schema() {
            return detailsSchema == null ? null : detailsSchema.stream().map(field -> field == null ? null : field.input()).toList();
        }
    }

    @Serdeable
    @Schema(name = "PackageRequest", description = "POST: name, price and duration_minutes required; PATCH: each field given replaces what is there")
    record PackageRequestBody(@Nullable @Schema(example = "Studio", maxLength = 120) String name,
                              @Nullable @Schema(maxLength = 2000) String description,
                              @Nullable PriceInputBody price,
                              @Nullable @Schema(example = "180", minimum = "1", maximum = "10080") Integer durationMinutes,
                              @Nullable @Schema(example = "[\"supplies included\"]") List<String> features) {
        MoneyInput priceInput() {
            if (price == null) {
                return null;
            }
            new FieldErrors().require(price.amount() != null, "price.amount", "is required")
                    .singleLine(price.currency(), 3, "price.currency").throwIfAny();
            return new MoneyInput(price.amount(), price.currency());
        }
    }

    /** A price's amount may be a decimal string or a JSON number; the currency defaults to the category's. */
    @Serdeable
    @Schema(name = "PriceInput")
    record PriceInputBody(@Nullable @Schema(example = "1200.00") BigDecimal amount,
                          @Nullable @Schema(example = "PHP") String currency) {
    }

    @Serdeable
    @Schema(name = "ServicePackage")
    record PackageBody(String id, String serviceId, String name, @Nullable String description, MoneyBody price,
                       int durationMinutes, List<String> features, Instant createdAt, Instant updatedAt) {
        static PackageBody of(ServicePackage p) {
            return new PackageBody(p.id(), p.serviceId(), p.name(), p.description(), MoneyBody.of(p.price()), p.durationMinutes(),
                    p.features(), p.createdAt(), p.updatedAt());
        }
    }

    @Serdeable
    @Schema(name = "Service")
    record ServiceBody(String id, String name, @Nullable String description, @Nullable String imageFileId,
                       @Nullable @Schema(description = "for signed-in users") String imageUrl, String category,
                       @Schema(allowableValues = {"active", "archived"}) String status, List<FieldBody> detailsSchema,
                       @Nullable @Schema(description = "with GET /services/{id} and the admin routes") List<PackageBody> packages,
                       Instant createdAt, Instant updatedAt) {
        static ServiceBody of(Service service) {
            return of(service, null);
        }

        static ServiceBody of(ServiceWithPackages found) {
            return of(found.service(), found.packages().stream().map(PackageBody::of).toList());
        }

        private static ServiceBody of(Service s, List<PackageBody> packages) {
            return new ServiceBody(s.id(), s.name(), s.description(), s.imageFileId(),
                    s.imageFileId() == null ? null : "/api/v1/files/" + s.imageFileId(), s.category(), s.status().wireName(),
                    s.detailsSchema().stream().map(FieldBody::of).toList(), packages, s.createdAt(), s.updatedAt());
        }
    }
}

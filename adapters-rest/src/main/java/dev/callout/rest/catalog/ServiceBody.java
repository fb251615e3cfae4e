package dev.callout.rest.catalog;

import dev.callout.application.catalog.CatalogUseCase.ServiceWithPackages;
import dev.callout.domain.catalog.Service;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "Service")
record ServiceBody(String id, String name, @Nullable String description, @Nullable String imageFileId,
                   @Nullable @Schema(description = "for signed-in users") String imageUrl, String category,
                   @Schema(allowableValues = {"active", "archived"}) String status, List<DetailFieldBody> detailsSchema,
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
                s.detailsSchema().stream().map(DetailFieldBody::of).toList(), packages, s.createdAt(), s.updatedAt());
    }
}

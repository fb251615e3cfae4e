package dev.callout.rest.catalog;

import dev.callout.application.catalog.CatalogUseCase.FieldInput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "ServiceRequest", description = "POST: name and category required; PATCH: each field given replaces "
        + "what is there (details_schema as a whole), status active|archived")
record ServiceRequestBody(@Nullable @Schema(example = "Home deep clean", maxLength = 120) String name,
                          @Nullable @Schema(maxLength = 2000) String description,
                          @Nullable @Schema(description = "a profile-purpose image you uploaded") String imageFileId,
                          @Nullable @Schema(example = "cleaning") String category,
                          @Nullable @Schema(allowableValues = {"active", "archived"}, description = "PATCH only") String status,
                          @Nullable List<DetailFieldBody> detailsSchema) {
    List<FieldInput> schema() {
        return detailsSchema == null ? null : detailsSchema.stream().map(field -> field == null ? null : field.input()).toList();
    }
}

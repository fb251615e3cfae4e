package dev.callout.rest.catalog;

import dev.callout.application.catalog.CatalogUseCase.FieldInput;
import dev.callout.domain.catalog.DetailField;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "DetailField", description = "a field an order of the service gives in its details")
record DetailFieldBody(@Schema(example = "rooms", description = "lower-case letters, digits and _") String name,
                       @Schema(allowableValues = {"string", "number", "boolean", "date"}) String type,
                       @Nullable @Schema(description = "default false") Boolean required,
                       @Nullable @Schema(description = "for string fields: the only values allowed") List<String> choices) {
    static DetailFieldBody of(DetailField field) {
        return new DetailFieldBody(field.name(), field.type().wireName(), field.required(), field.choices());
    }

    FieldInput input() {
        return new FieldInput(name, type, required, choices);
    }
}

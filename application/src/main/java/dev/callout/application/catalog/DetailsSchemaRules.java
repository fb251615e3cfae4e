package dev.callout.application.catalog;

import dev.callout.application.FieldErrors;
import dev.callout.application.catalog.CatalogUseCase.FieldInput;
import dev.callout.domain.catalog.DetailField;
import dev.callout.domain.catalog.FieldType;
import dev.callout.domain.catalog.Service;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** How a details schema field given by an admin must look, and the field it makes. */
final class DetailsSchemaRules {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0," + (DetailField.MAX_NAME_LENGTH - 1) + "}");

    private DetailsSchemaRules() {
    }

    /** Checks a whole schema (null: none given), naming each field by its place, details_schema[i]. */
    static void check(List<FieldInput> schema, FieldErrors errors) {
        if (schema == null) {
            return;
        }
        errors.require(schema.size() <= Service.MAX_FIELDS, "details_schema", "at most " + Service.MAX_FIELDS + " fields");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < schema.size(); i++) {
            FieldInput field = schema.get(i);
            String path = "details_schema[" + i + "]";
            check(field, path, errors);
            errors.require(field == null || field.name() == null || names.add(field.name()), path + ".name",
                    "is already a field of this schema");
        }
    }

    private static void check(FieldInput field, String path, FieldErrors errors) {
        if (field == null) {
            errors.require(false, path, "must be a field");
            return;
        }
        errors.require(field.name() != null && NAME.matcher(field.name()).matches(), path + ".name",
                "must be lower-case letters, digits and _, starting with a letter, at most " + DetailField.MAX_NAME_LENGTH);
        errors.require(field.type() != null && FieldType.fromWireName(field.type()).isPresent(), path + ".type",
                "must be string, number, boolean or date");
        List<String> choices = field.choices();
        if (choices != null) {
            errors.singleLines(choices, DetailField.MAX_CHOICES, DetailField.MAX_CHOICE_LENGTH, path + ".choices");
            errors.require(choices.isEmpty() || "string".equals(field.type()), path + ".choices", "only string fields have choices");
            errors.require(choices.stream().distinct().count() == choices.size(), path + ".choices", "names each choice once");
            errors.require(choices.stream().noneMatch(choice -> choice != null && choice.isBlank()), path + ".choices",
                    "must not be blank");
        }
    }

    /** The field of an input {@link #check} accepted. */
    static DetailField field(FieldInput input) {
        return new DetailField(input.name(), FieldType.fromWireName(input.type()).orElseThrow(),
                Boolean.TRUE.equals(input.required()), input.choices() == null ? List.of() : input.choices());
    }
}

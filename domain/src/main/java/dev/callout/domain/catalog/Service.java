package dev.callout.domain.catalog;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the catalog offers in a category (whose providers serve its orders): a name, a description,
 * an image (an uploaded file), active or archived, and the details schema an order must follow.
 */
public record Service(String id, String name, String description, String imageFileId, String category,
                      ServiceStatus status, List<DetailField> detailsSchema, Instant createdAt, Instant updatedAt) {

    public static final String PREFIX = "svc";
    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    public static final int MAX_FIELDS = 30;

    public Service {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        detailsSchema = List.copyOf(detailsSchema);
        Set<String> names = new HashSet<>();
        if (!detailsSchema.stream().allMatch(field -> names.add(field.name()))) {
            throw new IllegalArgumentException("a details schema names each field once");
        }
    }

    /**
     * Why these order details do not fit the schema, per field ({@code details.<name>}): a missing
     * required field, a value of the wrong type or outside its choices, a field the schema does not have.
     */
    public Map<String, String> problemsWith(Map<String, Object> details) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (DetailField field : detailsSchema) {
            field.problemWith(details.get(field.name())).ifPresent(problem -> problems.put("details." + field.name(), problem));
        }
        details.keySet().stream()
                .filter(name -> detailsSchema.stream().noneMatch(field -> field.name().equals(name)))
                .sorted()
                .forEach(name -> problems.put("details." + name, "is not a detail of this service"));
        return problems;
    }

    public boolean isActive() {
        return status == ServiceStatus.ACTIVE;
    }
}

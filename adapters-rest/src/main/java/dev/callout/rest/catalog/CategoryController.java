package dev.callout.rest.catalog;

import dev.callout.application.catalog.ListCategoriesUseCase;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

@Controller("/api/v1/categories")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalog")
public class CategoryController {

    private final ListCategoriesUseCase categories;

    public CategoryController(ListCategoriesUseCase categories) {
        this.categories = categories;
    }

    @Get
    @Operation(summary = "The service categories on offer and their tariffs (public, so sign-up forms can list them)")
    public List<CategoryBody> list() {
        return categories.all().stream().map(CategoryBody::of).toList();
    }
}

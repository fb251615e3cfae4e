package dev.callout.application.catalog;

import dev.callout.application.port.Categories;
import dev.callout.domain.pricing.Category;
import java.util.List;

public final class ListCategoriesService implements ListCategoriesUseCase {

    private final Categories categories;

    public ListCategoriesService(Categories categories) {
        this.categories = categories;
    }

    @Override
    public List<Category> all() {
        return categories.all();
    }
}

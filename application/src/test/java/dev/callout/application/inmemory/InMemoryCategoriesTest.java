package dev.callout.application.inmemory;

import dev.callout.application.contract.CategoriesContract;
import dev.callout.application.port.Categories;
import java.util.List;

class InMemoryCategoriesTest extends CategoriesContract {

    private final InMemoryCategories categories = new InMemoryCategories(List.of());

    @Override
    protected Categories categories() {
        return categories;
    }
}

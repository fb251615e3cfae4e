package dev.callout.application.catalog;

import dev.callout.domain.pricing.Category;
import java.util.List;

/** The service categories on offer, with their tariffs. */
public interface ListCategoriesUseCase {

    List<Category> all();
}

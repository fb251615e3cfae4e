package dev.callout.application.port;

import dev.callout.domain.pricing.Category;
import java.util.List;
import java.util.Optional;

/** The service categories a deployment offers, each with its tariff. */
public interface Categories {

    Optional<Category> byCode(String code);

    List<Category> all();

    /** Adds the category, or replaces the one with its code (its jobs keep the price they were posted at). */
    void save(Category category);
}

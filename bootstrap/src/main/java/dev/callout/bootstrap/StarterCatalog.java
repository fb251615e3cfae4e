package dev.callout.bootstrap;

import dev.callout.application.port.Categories;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the starter catalogue ({@link StarterCategory}) over the categories of the same codes as the
 * application starts, before it serves: a profile's currency and tariffs. None configured, none written.
 */
@Context
class StarterCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(StarterCatalog.class);

    private final Categories categories;
    private final List<StarterCategory> starters;

    StarterCatalog(Categories categories, List<StarterCategory> starters) {
        this.categories = categories;
        this.starters = starters;
    }

    @PostConstruct
    void write() {
        starters.stream().map(StarterCategory::category).forEach(category -> {
            categories.save(category);
            LOG.info("catalogue: {} priced in {}", category.code(), category.pricing().currency());
        });
    }
}

package dev.callout.application.inmemory;

import dev.callout.application.port.Categories;
import dev.callout.domain.pricing.Category;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A catalog in a map. */
public final class InMemoryCategories implements Categories {

    private final Map<String, Category> byCode;

    public InMemoryCategories(List<Category> categories) {
        this.byCode = new ConcurrentHashMap<>(categories.stream().collect(Collectors.toMap(Category::code, Function.identity())));
    }

    @Override
    public Optional<Category> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public List<Category> all() {
        return byCode.values().stream().sorted(Comparator.comparing(Category::code)).toList();
    }

    @Override
    public void save(Category category) {
        byCode.put(category.code(), category);
    }
}

package dev.callout.rest.body;

import dev.callout.application.Page;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/** {@code {"data": [...], "meta": {"page", "limit", "total"}}} */
@Serdeable
public record PageBody<T>(List<T> data, Meta meta) {

    @Serdeable
    public record Meta(int page, int limit, long total) {
    }

    public static <S, T> PageBody<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageBody<>(page.items().stream().map(mapper).toList(),
                new Meta(page.request().page(), page.request().limit(), page.total()));
    }
}

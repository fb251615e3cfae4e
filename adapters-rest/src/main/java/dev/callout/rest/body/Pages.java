package dev.callout.rest.body;

import dev.callout.application.Page;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A page on the wire, {@code {"data": [...], "meta": {"page", "limit", "total"}}}: each list route answers a
 * concrete record of its own ({@code JobPageBody}, …), so the API document names it as the API does.
 */
public final class Pages {

    private Pages() {
    }

    public static <S, T, P> P of(Page<S> page, Function<S, T> item, BiFunction<List<T>, PageMetaBody, P> body) {
        return body.apply(page.items().stream().map(item).toList(),
                new PageMetaBody(page.request().page(), page.request().limit(), page.total()));
    }
}

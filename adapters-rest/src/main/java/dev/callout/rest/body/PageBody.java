package dev.callout.rest.body;

import dev.callout.application.Page;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/** A page of any items, for the product profiles' bodies; canonical routes answer a page record of their own ({@link Pages}). */
@Serdeable
public record PageBody<T>(List<T> data, PageMetaBody meta) {

    public static <S, T> PageBody<T> of(Page<S> page, Function<S, T> mapper) {
        return Pages.of(page, mapper, PageBody::new);
    }
}

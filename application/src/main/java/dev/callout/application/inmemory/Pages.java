package dev.callout.application.inmemory;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import java.util.List;

/** One page cut from a whole, already ordered list. */
final class Pages {

    private Pages() {
    }

    static <T> Page<T> of(List<T> all, PageRequest page) {
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.limit(), all.size());
        return new Page<>(all.subList(from, to), page, all.size());
    }
}

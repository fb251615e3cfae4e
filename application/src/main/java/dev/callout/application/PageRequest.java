package dev.callout.application;

import java.util.Map;

/** Page numbers start at 1; a page holds at most 100 items. */
public record PageRequest(int page, int limit) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    public PageRequest {
        if (page < 1) {
            throw new InvalidCommandException(Map.of("page", "must be 1 or more"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidCommandException(Map.of("limit", "must be between 1 and " + MAX_LIMIT));
        }
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }
}

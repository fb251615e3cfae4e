package dev.callout.rest.profile.chayenity;

import dev.callout.application.PageRequest;
import dev.callout.application.Page;
import dev.callout.domain.file.StoredFile;
import dev.callout.rest.error.ApiError;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Chayenity's wire conventions: UTC times without a zone, skip/limit pages, file URLs. */
final class Wire {

    static final String BASE = "/api";
    private static final String UPLOAD_PATH = BASE + "/upload/";
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private Wire() {
    }

    /** {@code 2025-10-01T10:00:00.000000}, in UTC. */
    static String time(Instant at) {
        return at == null ? null : MICROS.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    /** A gig's start as the document writes it: {@code 2025-10-01T14:00:00}, in UTC. */
    static String startTime(Instant at) {
        return at == null ? null : SECONDS.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    /** A time the client sends, with or without its zone (none is UTC). */
    static Instant readTime(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw ApiError.validation(Map.of(field, "must be an ISO 8601 time such as 2025-10-01T14:00:00"));
            }
        }
    }

    /** The file an {@code /api/upload/{file_id}} URL names (absolute or not). */
    static Optional<String> fileIdOfUrl(String url) {
        int at = url == null ? -1 : url.lastIndexOf(UPLOAD_PATH);
        return at < 0 ? Optional.empty() : Uuids.toId(url.substring(at + UPLOAD_PATH.length()), StoredFile.PREFIX);
    }

    static String fileUrl(String fileId) {
        return fileId == null ? null : UPLOAD_PATH + Uuids.of(fileId);
    }

    /** {@code skip} items then {@code limit} (1 to 100, default 20), read from page-numbered lists. */
    static <T> Slice<T> slice(Integer skip, Integer limit, int defaultLimit, Function<PageRequest, Page<T>> read) {
        int from = skip == null ? 0 : skip;
        int size = limit == null ? defaultLimit : limit;
        if (from < 0) {
            throw ApiError.validation(Map.of("skip", "must be 0 or more"));
        }
        if (size < 1 || size > PageRequest.MAX_LIMIT) {
            throw ApiError.validation(Map.of("limit", "must be between 1 and " + PageRequest.MAX_LIMIT));
        }
        int page = from / size + 1;
        Page<T> first = read.apply(new PageRequest(page, size));
        List<T> items = new ArrayList<>(first.items());
        int within = from % size;
        if (within > 0 && items.size() == size) {
            items.addAll(read.apply(new PageRequest(page + 1, size)).items());
        }
        List<T> wanted = items.subList(Math.min(within, items.size()), Math.min(within + size, items.size()));
        return new Slice<>(List.copyOf(wanted), first.total(), from + wanted.size() < first.total());
    }

    record Slice<T>(List<T> items, long totalCount, boolean hasMore) {
    }
}

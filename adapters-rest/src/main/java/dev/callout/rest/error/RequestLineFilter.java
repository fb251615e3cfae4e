package dev.callout.rest.error;

import dev.callout.domain.text.TextRule;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Ids in the path and values in the query are single lines of text ({@link TextRule#SINGLE_LINE}):
 * a request whose decoded path or query holds a control character (a NUL, which PostgreSQL cannot
 * store, among them), a bidirectional override or a broken surrogate is refused with 400 before any
 * route runs. Their length is bounded by the server's request-line limit.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestLineFilter implements Ordered {

    @RequestFilter
    public void refuseUnsafeCharacters(HttpRequest<?> request) {
        Map<String, String> problems = new LinkedHashMap<>();
        pathProblem(request.getPath()).ifPresent(problem -> problems.put("path", problem));
        for (Map.Entry<String, List<String>> parameter : request.getParameters()) {
            String name = parameter.getKey();
            String field = TextRule.SINGLE_LINE.problemWith(name).isEmpty() ? name : "query";
            Stream.concat(Stream.of(name), parameter.getValue().stream())
                    .flatMap(text -> TextRule.SINGLE_LINE.problemWith(text).stream())
                    .findFirst()
                    .ifPresent(problem -> problems.putIfAbsent(field, problem));
        }
        if (!problems.isEmpty()) {
            throw new ApiError(HttpStatus.BAD_REQUEST, MalformedRequest.CODE,
                    "the request's path or query holds characters that are not allowed", problems);
        }
    }

    /** The path as routes see it, percent-decoded. */
    private static Optional<String> pathProblem(String rawPath) {
        try {
            return TextRule.SINGLE_LINE.problemWith(URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException badEscape) {
            return Optional.of("has a malformed percent escape");
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}

package dev.callout.application.analytics;

import dev.callout.application.FieldErrors;
import dev.callout.application.port.Analytics;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

public final class GetAnalyticsService implements GetAnalyticsUseCase {

    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = LocalDate.of(10_000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private final Analytics analytics;
    private final Clock clock;

    public GetAnalyticsService(Analytics analytics, Clock clock) {
        this.analytics = analytics;
        this.clock = clock;
    }

    @Override
    public Optional<Summary> summary(Actor caller, Instant from, Instant to) {
        if (!caller.is(Role.ADMIN)) {
            return Optional.empty();
        }
        AnalyticsPeriod period = period(from, to);
        return Optional.of(new Summary(period, analytics.figures(period)));
    }

    @Override
    public Optional<Series> series(Actor caller, Instant from, Instant to, Interval interval) {
        if (!caller.is(Role.ADMIN)) {
            return Optional.empty();
        }
        AnalyticsPeriod period = period(from, to);
        long steps = steps(period, interval.length());
        new FieldErrors().require(steps <= MAX_BUCKETS, "interval",
                "gives " + steps + " steps over this period, more than " + MAX_BUCKETS + ": choose a longer interval or a shorter period")
                .throwIfAny();
        Map<Instant, Bucket> filled = analytics.series(period, interval.length()).stream()
                .collect(Collectors.toMap(Bucket::start, Function.identity()));
        List<Bucket> buckets = new ArrayList<>();
        for (long step = 0; step < steps; step++) {
            Instant start = period.from().plus(interval.length().multipliedBy(step));
            buckets.add(filled.getOrDefault(start, new Bucket(start, JobFigures.NONE, List.of())));
        }
        return Optional.of(new Series(period, interval, buckets));
    }

    private AnalyticsPeriod period(Instant from, Instant to) {
        new FieldErrors()
                .require(from == null || within(from), "from", "must be between the years 1970 and 9999")
                .require(to == null || within(to), "to", "must be between the years 1970 and 9999")
                .throwIfAny();
        Instant end = to != null ? to.truncatedTo(ChronoUnit.MICROS)
                : LocalDate.now(clock).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant start = from != null ? from.truncatedTo(ChronoUnit.MICROS) : end.minus(DEFAULT_SPAN);
        new FieldErrors()
                .require(start.isBefore(end), to != null ? "to" : "from",
                        to != null ? "must be after from" : "must be before to (by default the end of today, UTC)")
                .require(!Duration.between(start, end).minus(MAX_SPAN).isPositive(), "to",
                        "may be at most " + MAX_SPAN.toDays() + " days after from")
                .throwIfAny();
        return new AnalyticsPeriod(start, end);
    }

    private static boolean within(Instant moment) {
        return !moment.isBefore(EARLIEST) && !moment.isAfter(LATEST);
    }

    private static long steps(AnalyticsPeriod period, Duration interval) {
        Duration span = Duration.between(period.from(), period.to());
        long whole = span.dividedBy(interval);
        return interval.multipliedBy(whole).equals(span) ? whole : whole + 1;
    }
}

package dev.callout.persistence;

import static dev.callout.persistence.TrustTables.Reviews.*;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Reviews;
import dev.callout.domain.job.JobId;
import dev.callout.domain.review.RatingSummary;
import dev.callout.domain.review.Review;
import dev.callout.domain.review.ReviewId;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The reviews table. The unique (job, author) constraint makes "one review per party per job" hold
 * under races; what is revealed (the counterpart reviewed, or the window closed) is decided in the
 * query that reads, so summaries are always exact. Matching reads ratings from the user's row: the
 * totals of the reviews counted (revealed for good, kept by a trigger) plus the uncounted ones
 * revealed at the search's time ({@link #revealedRatingsOf}). Each write counts what it revealed.
 */
@Singleton
public final class PostgresReviews implements Reviews {

    private static final Table<Record> R = TABLE.as("r");
    private static final Table<Record> COUNTERPART = TABLE.as("c");
    private static final Field<Integer> REVEALED_COUNT = DSL.field(DSL.name("revealed", "review_count"), SQLDataType.INTEGER);
    private static final Field<Long> REVEALED_SUM = DSL.field(DSL.name("revealed", "rating_sum"), SQLDataType.BIGINT);
    private static final Field<Integer> COUNTED_REVIEWS = DSL.field(DSL.name("users", "counted_reviews"), SQLDataType.INTEGER);
    private static final Field<Long> COUNTED_SUM = DSL.field(DSL.name("users", "counted_rating_sum"), SQLDataType.BIGINT);
    private static final Field<Boolean> COUNTED = DSL.field(DSL.name("counted"), SQLDataType.BOOLEAN);

    private final Sql sql;

    PostgresReviews(Sql sql) {
        this.sql = sql;
    }

    @Override
    public AddResult add(Review review, Instant windowClosesAt) {
        int added = sql.run(dsl -> dsl.insertInto(TABLE).set(ID, review.id().value()).set(JOB_ID, review.jobId().value())
                .set(AUTHOR_ID, review.authorId().value()).set(SUBJECT_ID, review.subjectId().value())
                .set(RATING, review.rating()).set(COMMENT, review.comment()).set(WINDOW_CLOSES_AT, windowClosesAt)
                .set(CREATED_AT, review.createdAt()).set(UPDATED_AT, review.updatedAt())
                .onConflict(JOB_ID, AUTHOR_ID).doNothing().execute());
        if (added == 0) {
            return AddResult.ALREADY_REVIEWED;
        }
        // this review may reveal its counterpart (about the author) and itself
        count(review.createdAt(), review.subjectId(), review.authorId());
        return AddResult.ADDED;
    }

    /**
     * Counts the reviews about {@code subjects} revealed at {@code at} for good: answered, or their window closed.
     * The trigger of V30 adds them to their subject's totals: one subject a statement, in id order, so two writes
     * never deadlock on them. Right after the write, not with it: one left uncounted still shows when revealed.
     */
    private void count(Instant at, UserId... subjects) {
        Arrays.stream(subjects).map(UserId::value).distinct().sorted().forEach(subject -> sql.run(dsl -> dsl.update(R)
                .set(COUNTED, true).where(DSL.not(DSL.condition(of(R, COUNTED))), of(R, SUBJECT_ID).eq(subject))
                .and(revealedBy(at)).execute()));
    }

    @Override
    public Optional<Review> byId(ReviewId id) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(ID.eq(id.value())).fetchOptional(PostgresReviews::review));
    }

    @Override
    public Optional<Review> byJobAndAuthor(JobId jobId, UserId authorId) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(JOB_ID.eq(jobId.value()), AUTHOR_ID.eq(authorId.value()))
                .fetchOptional(PostgresReviews::review));
    }

    @Override
    public void update(Review review) {
        sql.run(dsl -> dsl.update(TABLE).set(RATING, review.rating()).set(COMMENT, review.comment())
                .set(UPDATED_AT, review.updatedAt()).where(ID.eq(review.id().value())).execute());
        count(review.updatedAt(), review.subjectId());
    }

    /** Uncounts, in the same statement, the counterpart it revealed: whether that one still shows is decided when read. */
    @Override
    public boolean delete(ReviewId id) {
        return sql.run(dsl -> dsl.fetchValue("""
                WITH gone AS (DELETE FROM reviews WHERE id = ? RETURNING job_id, author_id),
                     uncounted AS (UPDATE reviews r SET counted = false FROM gone
                                   WHERE r.job_id = gone.job_id AND r.subject_id = gone.author_id AND r.counted)
                SELECT count(*) FROM gone""", id.value())).equals(1L);
    }

    @Override
    public Page<Review> revealedAbout(UserId subject, Instant now, PageRequest page) {
        Condition revealed = revealed(subject, now);
        return sql.run(dsl -> new Page<>(dsl.select(ALL.stream().map(field -> of(R, field)).toList()).from(R).where(revealed)
                .orderBy(of(R, CREATED_AT).desc(), of(R, ID).desc()).limit(page.limit()).offset(page.offset())
                .fetch(PostgresReviews::review), page, dsl.fetchCount(R, revealed)));
    }

    @Override
    public RatingSummary summaryAbout(UserId subject, Instant now) {
        Map<Integer, Long> counts = new HashMap<>();
        sql.run(dsl -> dsl.select(of(R, RATING), DSL.count()).from(R).where(revealed(subject, now))
                .groupBy(of(R, RATING)).fetch())
                .forEach(row -> counts.put(row.value1(), row.value2().longValue()));
        return RatingSummary.fromCounts(counts);
    }

    @Override
    public Page<Review> byAuthor(UserId author, PageRequest page) {
        Condition mine = AUTHOR_ID.eq(author.value());
        return sql.run(dsl -> new Page<>(dsl.select(ALL).from(TABLE).where(mine).orderBy(CREATED_AT.desc(), ID.desc())
                .limit(page.limit()).offset(page.offset()).fetch(PostgresReviews::review), page, dsl.fetchCount(TABLE, mine)));
    }

    /**
     * One row with the count and sum of the uncounted reviews about {@code subject} (a column of the
     * query it is joined to) revealed at {@code now}, from the partial index of the uncounted: a
     * lateral table, read with {@link #ratingOf} beside the {@code users} row's totals.
     */
    static Table<?> revealedRatingsOf(Field<String> subject, Instant now) {
        return DSL.lateral(DSL.select(DSL.count().as(REVEALED_COUNT.getName()),
                DSL.field("coalesce(sum({0}), 0)", SQLDataType.BIGINT, of(R, RATING)).as(REVEALED_SUM.getName()))
                .from(R).where(revealed(subject, now), DSL.not(DSL.condition(of(R, COUNTED))))).as("revealed");
    }

    /** The average of a {@code users} row joined to {@link #revealedRatingsOf}, as the summary computes it; null for none. */
    static Double ratingOf(Record row) {
        BigDecimal average = RatingSummary.averageOf(row.get(COUNTED_REVIEWS) + row.get(REVEALED_COUNT),
                row.get(COUNTED_SUM) + row.get(REVEALED_SUM));
        return average == null ? null : average.doubleValue();
    }

    static Field<?>[] ratingFields() {
        return new Field<?>[] {COUNTED_REVIEWS, COUNTED_SUM, REVEALED_COUNT, REVEALED_SUM};
    }

    private static Condition revealed(UserId subject, Instant now) {
        return revealed(DSL.val(subject.value()), now);
    }

    /** About the subject, and either the window closed or the subject reviewed the same job. */
    private static Condition revealed(Field<String> subject, Instant now) {
        return of(R, SUBJECT_ID).eq(subject).and(revealedBy(now));
    }

    private static Condition revealedBy(Instant now) {
        return of(R, WINDOW_CLOSES_AT).lt(now).or(DSL.exists(DSL.selectOne().from(COUNTERPART)
                .where(of(COUNTERPART, JOB_ID).eq(of(R, JOB_ID)), of(COUNTERPART, AUTHOR_ID).eq(of(R, SUBJECT_ID)))));
    }

    /** The column of an aliased table ({@code r.subject_id}), typed like the table's own. */
    private static <T> Field<T> of(Table<Record> alias, Field<T> column) {
        return DSL.field(DSL.name(alias.getName(), column.getName()), column.getDataType());
    }

    private static Review review(Record row) {
        return new Review(new ReviewId(row.get(ID)), new JobId(row.get(JOB_ID)), new UserId(row.get(AUTHOR_ID)),
                new UserId(row.get(SUBJECT_ID)), row.get(RATING), row.get(COMMENT), row.get(CREATED_AT), row.get(UPDATED_AT));
    }
}

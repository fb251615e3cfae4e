-- Callout schema, version 31: each user's rating kept as a running total of the reviews about them
-- that are revealed for good, so a nearby search reads it from the row it already joins.

-- A review is counted once it is revealed and stays so: its counterpart exists (deleting the
-- counterpart uncounts it) or its window had closed when a review about or by its subject was
-- written. The review store counts them right after each write (one left uncounted is still read
-- right, only slower) and uncounts a counterpart in the statement deleting it; a search adds, from the
-- small partial index below, the uncounted reviews revealed at its own time (a window closing
-- reveals a review without anyone writing), so a rating is exact at every instant.
ALTER TABLE reviews ADD COLUMN counted boolean NOT NULL DEFAULT false;

ALTER TABLE users
    ADD COLUMN counted_reviews    integer NOT NULL DEFAULT 0 CHECK (counted_reviews >= 0),
    ADD COLUMN counted_rating_sum bigint  NOT NULL DEFAULT 0 CHECK (counted_rating_sum >= 0);

CREATE INDEX reviews_uncounted ON reviews (subject_id) INCLUDE (rating, window_closes_at, job_id) WHERE NOT counted;

-- The totals follow the counted rows whatever changes them: a count, an edit, a deletion, or a
-- cascade from a deleted job or account.
CREATE FUNCTION reviews_count_rating() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.counted THEN
        UPDATE users SET counted_reviews = counted_reviews - 1, counted_rating_sum = counted_rating_sum - OLD.rating
        WHERE id = OLD.subject_id;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.counted THEN
        UPDATE users SET counted_reviews = counted_reviews + 1, counted_rating_sum = counted_rating_sum + NEW.rating
        WHERE id = NEW.subject_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER reviews_count_rating AFTER INSERT OR DELETE OR UPDATE OF counted, rating, subject_id ON reviews
    FOR EACH ROW EXECUTE FUNCTION reviews_count_rating();

-- The reviews revealed now, counted through the trigger.
UPDATE reviews r SET counted = true
WHERE r.window_closes_at < now()
   OR EXISTS (SELECT 1 FROM reviews c WHERE c.job_id = r.job_id AND c.author_id = r.subject_id);

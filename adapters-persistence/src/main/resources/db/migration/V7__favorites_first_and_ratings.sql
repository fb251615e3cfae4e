-- Callout schema, version 7: jobs offered to the customer's favourites first, and ratings in matching.

-- Read by dispatch on whichever node runs a job's steps, after any restart.
ALTER TABLE jobs ADD COLUMN favorites_first boolean NOT NULL DEFAULT false;

-- A provider's rating is computed from the revealed reviews when matching reads it (a review is
-- revealed by the counterpart's review or by the clock alone, so a stored copy would go stale
-- without anyone writing). This covers that read: the reviews about a provider with the columns
-- the revealed condition and the average need.
CREATE INDEX reviews_subject_rating ON reviews (subject_id) INCLUDE (rating, window_closes_at, job_id);

-- The copy that was never written.
ALTER TABLE provider_presence DROP COLUMN rating;

-- Callout schema, version 23: what users tell about themselves, providers' base locations, and gigs'
-- titles, hours and images.

-- A bio, an address on one line and a picture: a file of the user's own, uploaded for a profile
-- (the application checks owner and purpose). The key refuses deleting a file that is someone's
-- picture; a profile change locks the file (FOR KEY SHARE) before writing, so a deletion under way
-- makes it refuse cleanly instead of failing on the key.
ALTER TABLE users
    ADD COLUMN bio                   text CHECK (length(bio) BETWEEN 1 AND 1000),
    ADD COLUMN address_text          text CHECK (length(address_text) BETWEEN 1 AND 500),
    ADD COLUMN profile_image_file_id text COLLATE "C" REFERENCES files (id);

-- Where a provider works from when they send no live position (a gig helper's fixed address).
ALTER TABLE provider_presence
    ADD COLUMN base_lat     double precision CHECK (base_lat BETWEEN -90 AND 90),
    ADD COLUMN base_lng     double precision CHECK (base_lng BETWEEN -180 AND 180),
    ADD COLUMN base_address text CHECK (length(base_address) <= 500),
    ADD CONSTRAINT provider_presence_base_whole CHECK ((base_lat IS NULL) = (base_lng IS NULL)
        AND (base_address IS NULL OR base_lat IS NOT NULL));

-- A provider who could be matched now has a spot per category at their live position and one at
-- their base location. Both rows carry position_at, the time of the live position (null on a base
-- row when there is none), so a search keeps a live spot while it is fresh and a base spot while
-- it is not: at most one of the two counts at any time, and the fresh live one wins. The GiST
-- index on (category, ll_to_earth(lat, lng)) serves both kinds.
ALTER TABLE provider_spots
    DROP CONSTRAINT provider_spots_pkey,
    ADD COLUMN source text NOT NULL DEFAULT 'live' CHECK (source IN ('live', 'base')),
    ALTER COLUMN position_at DROP NOT NULL,
    ADD CONSTRAINT provider_spots_live_has_time CHECK (source = 'base' OR position_at IS NOT NULL),
    ADD PRIMARY KEY (provider_id, category, source);

-- The public profile counts a provider's completed jobs.
CREATE INDEX jobs_provider_completed ON jobs (provider_id) WHERE status = 'completed';

-- A gig's title, hours and the images it was posted with (set at posting, never changed).
ALTER TABLE jobs
    ADD COLUMN title           text CHECK (length(title) BETWEEN 1 AND 120),
    ADD COLUMN duration_hours  integer CHECK (duration_hours BETWEEN 1 AND 720),
    ADD COLUMN image_file_ids  text[] COLLATE "C" NOT NULL DEFAULT '{}';

-- A job image may be uploaded before its job is posted (no job yet); dispute evidence always names
-- its job and a profile image never does.
ALTER TABLE files
    DROP CONSTRAINT files_job_purpose,
    ADD CONSTRAINT files_job_purpose CHECK ((purpose <> 'profile' OR job_id IS NULL)
        AND (purpose <> 'dispute' OR job_id IS NOT NULL));

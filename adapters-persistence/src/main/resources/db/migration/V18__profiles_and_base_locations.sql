-- Callout schema, version 18: what users tell about themselves, and providers' base locations.

-- A bio, an address on one line and a picture: a file of the user's own, uploaded for a profile
-- (the application checks owner and purpose). The key refuses deleting a file that is someone's
-- picture; a profile change locks the file (FOR KEY SHARE) before writing, so a deletion under way
-- makes it refuse cleanly instead of failing on the key.
ALTER TABLE users
    ADD COLUMN bio                   text CHECK (length(bio) BETWEEN 1 AND 1000),
    ADD COLUMN address_text          text CHECK (length(address_text) BETWEEN 1 AND 500),
    ADD COLUMN profile_image_file_id text COLLATE "C" REFERENCES files (id);

-- The public profile counts a provider's completed jobs.
CREATE INDEX jobs_provider_completed ON jobs (provider_id) WHERE status = 'completed';

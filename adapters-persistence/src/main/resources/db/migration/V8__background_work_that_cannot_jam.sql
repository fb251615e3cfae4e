-- Callout schema, version 8: background work that cannot jam.
-- V3 added no_provider_found without widening the provider check, so every expiry failed. The
-- check now names the states that require a provider, as JobStatus.requiresProvider does.

ALTER TABLE jobs DROP CONSTRAINT jobs_provider_when_required;
ALTER TABLE jobs ADD CONSTRAINT jobs_provider_when_required
    CHECK (status NOT IN ('accepted', 'en_route', 'in_progress', 'completed', 'disputed') OR provider_id IS NOT NULL);

-- Chayenity's gigs have no category: the chayenity profile posts them all as "gig"
-- (callout.jobs.default-category), priced at the seeker's budget in THB with a 5% service fee.
INSERT INTO categories (code, name, currency, base_fare_minor, per_km_minor, immediate_surcharge_bps, platform_fee_bps, requires_vehicle)
VALUES ('gig', 'Gig', 'THB', 0, 0, 0, 500, false);

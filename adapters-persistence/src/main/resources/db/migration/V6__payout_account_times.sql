-- Providers link, replace and unlink their connected account through the API: keep when the first
-- was linked (created_at) and when it last changed (updated_at), both from the application's clock.
ALTER TABLE provider_payout_accounts RENAME COLUMN linked_at TO created_at;
ALTER TABLE provider_payout_accounts ALTER COLUMN created_at DROP DEFAULT;
ALTER TABLE provider_payout_accounts ADD COLUMN updated_at timestamptz;
UPDATE provider_payout_accounts SET updated_at = created_at;
ALTER TABLE provider_payout_accounts ALTER COLUMN updated_at SET NOT NULL;

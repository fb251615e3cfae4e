-- A claim holds its key for a short lease (claim_token names the claim), so a request that died
-- before its work committed leaves the key free again within seconds, not a day. An answer kept
-- in the work's own transaction outlives the lease and is replayed; completed marks the final one.
ALTER TABLE idempotency_keys
    ADD COLUMN claim_token text,
    ADD COLUMN lease_until timestamptz,
    ADD COLUMN completed   boolean NOT NULL DEFAULT false;

UPDATE idempotency_keys SET claim_token = '', lease_until = claimed_at, completed = response_status IS NOT NULL;

ALTER TABLE idempotency_keys
    ALTER COLUMN claim_token SET NOT NULL,
    ALTER COLUMN lease_until SET NOT NULL,
    ADD CONSTRAINT idempotency_keys_answer_whole CHECK ((response_status IS NULL) = (response_body IS NULL)),
    ADD CONSTRAINT idempotency_keys_completed_answered CHECK (NOT completed OR response_status IS NOT NULL);

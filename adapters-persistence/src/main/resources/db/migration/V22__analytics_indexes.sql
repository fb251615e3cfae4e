-- Callout schema, version 15: indexes for the admin analytics. Each number is about the rows
-- created in a period, so each index leads with the creation time and carries the columns its
-- aggregates read: a period is one index-only range scan (given a vacuumed visibility map).

-- jobs_created keeps serving newest-first lists; it now also covers the job figures.
DROP INDEX jobs_created;
CREATE INDEX jobs_created ON jobs (created_at DESC, id DESC) INCLUDE (status, urgency, accepted_at, customer_id, provider_id);

-- payments_created likewise, for the payment figures.
DROP INDEX payments_created;
CREATE INDEX payments_created ON payments (created_at DESC, id DESC) INCLUDE (currency, stage, captured_minor);

CREATE INDEX refunds_succeeded ON refunds (payment_id) INCLUDE (amount_minor) WHERE status = 'succeeded';

CREATE INDEX users_registered ON users (created_at) WHERE role IN ('customer', 'provider');

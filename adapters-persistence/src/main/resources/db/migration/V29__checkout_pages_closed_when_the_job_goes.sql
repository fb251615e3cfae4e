-- Callout schema, version 29: a job cancelled, expired or deleted while its hosted payment page is open asks the
-- gateway to expire the page (Stripe Checkout: POST /v1/checkout/sessions/{id}/expire), its own gateway call,
-- 'expire', so the customer cannot pay for a job that is gone.

ALTER TABLE payments DROP CONSTRAINT payments_pending_call_check;
ALTER TABLE payments ADD CONSTRAINT payments_pending_call_check
    CHECK (pending_call IN ('create', 'checkout', 'capture', 'cancel', 'expire'));

-- A job's deletion cancels every intent its payments left open at the gateway, refused ones included: all of them.
CREATE INDEX payments_job ON payments (job_id, created_at);

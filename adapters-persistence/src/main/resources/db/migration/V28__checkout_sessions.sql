-- Callout schema, version 28: a card paid on the gateway's hosted page (callout.payments.hosted-checkout) keeps
-- the page's session (Stripe Checkout: its id, address and expiry) until the customer pays there; the page is
-- asked for with its own gateway call, 'checkout'.

ALTER TABLE payments ADD COLUMN checkout_session_id text UNIQUE;
ALTER TABLE payments ADD COLUMN checkout_url text;
ALTER TABLE payments ADD COLUMN checkout_expires_at timestamptz;
ALTER TABLE payments ADD CONSTRAINT payments_checkout_whole
    CHECK ((checkout_session_id IS NULL) = (checkout_url IS NULL) AND (checkout_url IS NULL) = (checkout_expires_at IS NULL));
ALTER TABLE payments DROP CONSTRAINT payments_pending_call_check;
ALTER TABLE payments ADD CONSTRAINT payments_pending_call_check
    CHECK (pending_call IN ('create', 'checkout', 'capture', 'cancel'));

-- Callout schema, version 27: a card held as its job is posted (callout.payments.cards-held-from-posting)
-- has no provider until one takes the job, and money is never released to nobody; whether the customer
-- released the money themself (the job's completion releases it too), so a second release is told apart.

ALTER TABLE payments ALTER COLUMN provider_id DROP NOT NULL;
ALTER TABLE payments ADD CONSTRAINT payments_released_to_a_provider CHECK (provider_id IS NOT NULL OR NOT released);
ALTER TABLE payments ADD COLUMN customer_released boolean NOT NULL DEFAULT false;

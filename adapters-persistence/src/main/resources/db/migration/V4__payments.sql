-- Callout schema, version 4: payments and their refunds, the ledger of every money movement,
-- handled gateway webhooks, idempotency keys and providers' payout accounts.
-- Money is an integer amount of the currency's minor units, never a float.

CREATE TABLE payments (
    id                text        COLLATE "C" PRIMARY KEY,
    job_id            text        COLLATE "C" NOT NULL REFERENCES jobs (id),
    customer_id       text        COLLATE "C" NOT NULL REFERENCES users (id),
    provider_id       text        COLLATE "C" NOT NULL REFERENCES users (id),
    method            text        NOT NULL CHECK (method IN ('card', 'cash', 'gcash', 'maya')),
    currency          char(3)     NOT NULL,
    amount_minor      bigint      NOT NULL CHECK (amount_minor > 0),
    fee_minor         bigint      NOT NULL CHECK (fee_minor >= 0),
    net_minor         bigint      NOT NULL CHECK (net_minor >= 0),
    hold_plan         text        NOT NULL CHECK (hold_plan IN ('authorise', 'capture_now')),
    payout_account    text,
    stage             text        NOT NULL CHECK (stage IN ('pending', 'authorized', 'captured', 'cancelled', 'failed')),
    -- derived from the rest; kept for lists and reports
    status            text        NOT NULL,
    released          boolean     NOT NULL,
    release_requested boolean     NOT NULL,
    cancel_requested  boolean     NOT NULL,
    disputed          boolean     NOT NULL,
    -- a gateway call asked for and not yet answered (made after commit, retried with the same key)
    pending_call      text        CHECK (pending_call IN ('create', 'capture', 'cancel')),
    intent_id         text        UNIQUE,
    client_secret     text,
    captured_minor    bigint      NOT NULL CHECK (captured_minor >= 0),
    failure_code      text,
    failure_message   text,
    created_at        timestamptz NOT NULL,
    captured_at       timestamptz,
    updated_at        timestamptz NOT NULL,
    version           bigint      NOT NULL CHECK (version >= 1),
    CONSTRAINT payments_fee_plus_net CHECK (fee_minor + net_minor = amount_minor),
    CONSTRAINT payments_captured_at_most_amount CHECK (captured_minor <= amount_minor),
    CONSTRAINT payments_released_when_captured CHECK (NOT released OR stage = 'captured')
);

-- one live payment per job: "first payment wins" is this index
CREATE UNIQUE INDEX payments_one_live_per_job ON payments (job_id) WHERE stage NOT IN ('cancelled', 'failed');
CREATE INDEX payments_customer_created ON payments (customer_id, created_at DESC, id DESC);
CREATE INDEX payments_provider_created ON payments (provider_id, created_at DESC, id DESC);
CREATE INDEX payments_created ON payments (created_at DESC, id DESC);
CREATE INDEX payments_awaiting_gateway ON payments (updated_at) WHERE pending_call IS NOT NULL;

CREATE TABLE refunds (
    id                text        COLLATE "C" PRIMARY KEY,
    payment_id        text        COLLATE "C" NOT NULL REFERENCES payments (id),
    position          int         NOT NULL,
    amount_minor      bigint      NOT NULL CHECK (amount_minor > 0),
    currency          char(3)     NOT NULL,
    reason            text        CHECK (length(reason) <= 500),
    status            text        NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
    gateway_refund_id text,
    -- the admin who asked; null for the platform itself or a refund made at the gateway
    requested_by      text        COLLATE "C",
    created_at        timestamptz NOT NULL,
    settled_at        timestamptz,
    CONSTRAINT refunds_settled_has_time CHECK ((status = 'pending') = (settled_at IS NULL)),
    UNIQUE (payment_id, position)
);

CREATE INDEX refunds_unsent ON refunds (payment_id) WHERE status = 'pending' AND gateway_refund_id IS NULL;

-- Append-only. Every movement is two entries of one payment that sum to zero; the deferred
-- trigger below refuses a commit after which a payment's entries do not.
CREATE TABLE ledger_entries (
    id            bigserial   PRIMARY KEY,
    job_id        text        COLLATE "C" NOT NULL REFERENCES jobs (id),
    payment_id    text        COLLATE "C" NOT NULL REFERENCES payments (id),
    account_type  text        NOT NULL CHECK (account_type IN ('customer', 'platform_holding', 'platform_revenue',
                                                                'provider', 'provider_external')),
    account_owner text        COLLATE "C",
    amount_minor  bigint      NOT NULL CHECK (amount_minor <> 0),
    currency      char(3)     NOT NULL,
    kind          text        NOT NULL,
    method        text        NOT NULL,
    recorded_at   timestamptz NOT NULL,
    CONSTRAINT ledger_owner_when_personal CHECK (
        (account_type IN ('customer', 'provider', 'provider_external')) = (account_owner IS NOT NULL))
);

CREATE INDEX ledger_job ON ledger_entries (job_id, id);
CREATE INDEX ledger_payment ON ledger_entries (payment_id);
CREATE INDEX ledger_account ON ledger_entries (account_type, account_owner, currency);
CREATE INDEX ledger_earnings ON ledger_entries (account_owner, recorded_at DESC, id DESC)
    WHERE account_type = 'provider' AND kind IN ('provider_earning', 'earning_reversal');

CREATE FUNCTION ledger_payment_balances() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM ledger_entries WHERE payment_id = NEW.payment_id
               GROUP BY currency HAVING sum(amount_minor) <> 0) THEN
        RAISE EXCEPTION 'ledger entries of payment % do not balance', NEW.payment_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER ledger_balanced AFTER INSERT ON ledger_entries
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_payment_balances();

CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only';
END
$$;

CREATE TRIGGER ledger_no_changes BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();

CREATE TABLE processed_webhook_events (
    event_id     text        PRIMARY KEY,
    event_type   text        NOT NULL,
    processed_at timestamptz NOT NULL
);

CREATE TABLE idempotency_keys (
    caller          text        NOT NULL,
    route           text        NOT NULL,
    key             text        NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    fingerprint     text        NOT NULL,
    claimed_at      timestamptz NOT NULL,
    response_status int,
    response_body   text,
    PRIMARY KEY (caller, route, key)
);

CREATE INDEX idempotency_keys_claimed ON idempotency_keys (claimed_at);

CREATE TABLE provider_payout_accounts (
    provider_id text        COLLATE "C" PRIMARY KEY REFERENCES users (id),
    account     text        NOT NULL,
    linked_at   timestamptz NOT NULL DEFAULT now()
);

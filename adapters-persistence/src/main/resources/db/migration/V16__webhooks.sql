-- Callout schema, version 16: outgoing webhooks, their endpoints and deliveries.

-- An integrator's endpoint. The signing secret must be recoverable (every delivery is signed with
-- it), so it is stored sealed with AES-GCM under callout.webhooks.secrets-key ("v1:" and base64 of
-- nonce and ciphertext, the endpoint id as associated data): a copy of the database alone, a backup
-- or a read-only SQL login, cannot forge Callout's signature.
CREATE TABLE webhook_endpoints (
    id            text        COLLATE "C" PRIMARY KEY,
    url           text        NOT NULL CHECK (length(url) BETWEEN 1 AND 2048),
    events        text[]      NOT NULL CHECK (cardinality(events) > 0),
    description   text        CHECK (length(description) <= 500),
    sealed_secret text        NOT NULL,
    created_at    timestamptz NOT NULL
);

-- One event on its way to one endpoint; the body is sent as stored on every attempt. Workers
-- lease pending rows (leased_until) with FOR UPDATE SKIP LOCKED; a report counts only while its
-- lease holds.
CREATE TABLE webhook_deliveries (
    id                 text        COLLATE "C" PRIMARY KEY,
    endpoint_id        text        COLLATE "C" NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_id           text        NOT NULL,
    event_type         text        NOT NULL,
    body               text        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts           integer     NOT NULL CHECK (attempts >= 0),
    last_response_code integer     CHECK (last_response_code BETWEEN 100 AND 599),
    last_error         text,
    last_attempt_at    timestamptz,
    next_attempt_at    timestamptz,
    leased_until       timestamptz,
    created_at         timestamptz NOT NULL,
    UNIQUE (endpoint_id, event_id),
    CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL))
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (endpoint_id, next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_newest ON webhook_deliveries (endpoint_id, created_at DESC, id DESC);

-- Callout schema, version 1: accounts, the category catalogue, jobs and the event outbox.
-- Money is always an integer amount of the currency's minor units (centavos), never a float.

CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

CREATE TABLE users (
    id            text        COLLATE "C" PRIMARY KEY,
    role          text        NOT NULL CHECK (role IN ('customer', 'provider', 'admin')),
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    email         text        UNIQUE,
    phone         text        UNIQUE,
    password_hash text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('pending_verification', 'pending_approval', 'active', 'suspended')),
    categories    text[]      NOT NULL DEFAULT '{}',
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    CONSTRAINT users_email_or_phone CHECK (email IS NOT NULL OR phone IS NOT NULL),
    CONSTRAINT users_only_providers_serve CHECK (role = 'provider' OR cardinality(categories) = 0)
);

CREATE TABLE categories (
    code                     text    PRIMARY KEY,
    name                     text    NOT NULL,
    currency                 char(3) NOT NULL,
    base_fare_minor          bigint  NOT NULL CHECK (base_fare_minor >= 0),
    per_km_minor             bigint  NOT NULL CHECK (per_km_minor >= 0),
    immediate_surcharge_bps  int     NOT NULL CHECK (immediate_surcharge_bps BETWEEN 0 AND 100000),
    platform_fee_bps         int     NOT NULL CHECK (platform_fee_bps BETWEEN 0 AND 10000),
    requires_vehicle         boolean NOT NULL DEFAULT false
);

-- Metro Manila tariffs in PHP centavos: 20% surcharge for immediate jobs, 5% platform fee.
INSERT INTO categories (code, name, currency, base_fare_minor, per_km_minor, immediate_surcharge_bps, platform_fee_bps, requires_vehicle) VALUES
    ('towing',      'Towing',                     'PHP', 150000, 8000, 2000, 500, true),
    ('repair',      'Roadside repair',            'PHP',  80000,    0, 2000, 500, false),
    ('plumber',     'Plumber',                    'PHP',  70000,    0, 2000, 500, false),
    ('electrician', 'Electrician',                'PHP',  75000,    0, 2000, 500, false),
    ('cleaning',    'Home cleaning',              'PHP',  90000,    0, 2000, 500, false),
    ('moving_help', 'Moving help (an afternoon)', 'PHP', 120000,    0, 2000, 500, false);

CREATE TABLE jobs (
    -- ids compare byte-wise (COLLATE "C") so "newest first, then id" ties break as in Java
    id                      text          COLLATE "C" PRIMARY KEY,
    customer_id             text          COLLATE "C" NOT NULL REFERENCES users (id),
    provider_id             text          COLLATE "C" REFERENCES users (id),
    category                text          NOT NULL REFERENCES categories (code),
    description             text          CHECK (length(description) <= 2000),
    location_lat            double precision NOT NULL CHECK (location_lat BETWEEN -90 AND 90),
    location_lng            double precision NOT NULL CHECK (location_lng BETWEEN -180 AND 180),
    location_address        text          CHECK (length(location_address) <= 500),
    dropoff_lat             double precision CHECK (dropoff_lat BETWEEN -90 AND 90),
    dropoff_lng             double precision CHECK (dropoff_lng BETWEEN -180 AND 180),
    dropoff_address         text          CHECK (length(dropoff_address) <= 500),
    urgency                 text          NOT NULL CHECK (urgency IN ('immediate', 'scheduled')),
    scheduled_at            timestamptz,
    price_basis             text          NOT NULL CHECK (price_basis IN ('tariff', 'budget', 'package')),
    distance_km             numeric(10,3) NOT NULL CHECK (distance_km >= 0),
    base_fare_minor         bigint        CHECK (base_fare_minor >= 0),
    distance_charge_minor   bigint        CHECK (distance_charge_minor >= 0),
    urgency_surcharge_minor bigint        CHECK (urgency_surcharge_minor >= 0),
    total_minor             bigint        NOT NULL CHECK (total_minor >= 0),
    platform_fee_minor      bigint        NOT NULL CHECK (platform_fee_minor >= 0),
    provider_net_minor      bigint        NOT NULL CHECK (provider_net_minor >= 0),
    fee_bps                 int           NOT NULL CHECK (fee_bps BETWEEN 0 AND 10000),
    currency                char(3)       NOT NULL,
    status                  text          NOT NULL CHECK (status IN ('requested', 'accepted', 'en_route', 'in_progress',
                                                                     'completed', 'cancelled', 'disputed')),
    excluded_provider_ids   text[]        NOT NULL DEFAULT '{}',
    created_at              timestamptz   NOT NULL,
    accepted_at             timestamptz,
    started_at              timestamptz,
    completed_at            timestamptz,
    cancelled_at            timestamptz,
    cancellation_reason     text          CHECK (length(cancellation_reason) <= 500),
    updated_at              timestamptz   NOT NULL,
    version                 bigint        NOT NULL CHECK (version >= 1),
    CONSTRAINT jobs_fee_plus_net_is_total CHECK (platform_fee_minor + provider_net_minor = total_minor),
    CONSTRAINT jobs_tariff_parts_add_up CHECK (price_basis <> 'tariff'
        OR base_fare_minor + distance_charge_minor + urgency_surcharge_minor = total_minor),
    CONSTRAINT jobs_dropoff_whole CHECK ((dropoff_lat IS NULL) = (dropoff_lng IS NULL)
        AND (dropoff_address IS NULL OR dropoff_lat IS NOT NULL)),
    CONSTRAINT jobs_scheduled_has_time CHECK ((urgency = 'scheduled') = (scheduled_at IS NOT NULL)),
    CONSTRAINT jobs_provider_when_required CHECK (status IN ('requested', 'cancelled') OR provider_id IS NOT NULL),
    CONSTRAINT jobs_requested_is_open CHECK (status <> 'requested' OR (provider_id IS NULL AND accepted_at IS NULL)),
    CONSTRAINT jobs_assigned_has_acceptance CHECK (provider_id IS NULL OR accepted_at IS NOT NULL),
    CONSTRAINT jobs_cancelled_has_time CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
    CONSTRAINT jobs_not_own_provider CHECK (provider_id IS NULL OR provider_id <> customer_id)
);

CREATE INDEX jobs_customer_created ON jobs (customer_id, created_at DESC, id DESC);
CREATE INDEX jobs_provider_created ON jobs (provider_id, created_at DESC, id DESC) WHERE provider_id IS NOT NULL;
CREATE INDEX jobs_status_category_created ON jobs (status, category, created_at DESC, id DESC);
CREATE INDEX jobs_created ON jobs (created_at DESC, id DESC);

CREATE TABLE outbox (
    id           bigserial   PRIMARY KEY,
    event_type   text        NOT NULL,
    subject_id   text        NOT NULL,
    payload      jsonb       NOT NULL,
    occurred_at  timestamptz NOT NULL,
    published_at timestamptz
);

CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL;
CREATE INDEX outbox_subject ON outbox (subject_id);

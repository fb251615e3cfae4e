-- Callout schema, version 3: dispatch and realtime. Providers on the map (with an earthdistance
-- GiST index), each job's dispatch round, durable timers, the outbox relay's bookkeeping and the
-- NOTIFY that wakes every node when an event is recorded. Jobs may now expire unassigned.

ALTER TABLE jobs DROP CONSTRAINT jobs_status_check;
ALTER TABLE jobs ADD CONSTRAINT jobs_status_check CHECK (status IN ('requested', 'accepted', 'en_route', 'in_progress',
    'completed', 'cancelled', 'disputed', 'no_provider_found'));

-- Open jobs near a provider (GET /jobs/nearby).
CREATE INDEX jobs_open_location ON jobs USING gist (ll_to_earth(location_lat, location_lng)) WHERE status = 'requested';

CREATE TABLE provider_presence (
    provider_id   text             COLLATE "C" PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    availability  text             NOT NULL CHECK (availability IN ('online', 'offline', 'busy')),
    lat           double precision CHECK (lat BETWEEN -90 AND 90),
    lng           double precision CHECK (lng BETWEEN -180 AND 180),
    position_at   timestamptz,
    active_job_id text             COLLATE "C",
    rating        numeric(3, 2)    CHECK (rating BETWEEN 0 AND 5),
    updated_at    timestamptz      NOT NULL,
    CONSTRAINT provider_presence_position_whole CHECK ((lat IS NULL) = (lng IS NULL) AND (lat IS NULL) = (position_at IS NULL))
);

CREATE INDEX provider_presence_position ON provider_presence USING gist (ll_to_earth(lat, lng)) WHERE lat IS NOT NULL;

-- What searches walk: one row per category of each provider who could be matched now (online,
-- not on a job, with a position), kept by the presence store on every save. The GiST index
-- leads with the category (btree_gist), so a nearest-first scan of one category reads only it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE provider_spots (
    provider_id text             COLLATE "C" NOT NULL REFERENCES provider_presence (provider_id) ON DELETE CASCADE,
    category    text             NOT NULL,
    lat         double precision NOT NULL,
    lng         double precision NOT NULL,
    position_at timestamptz      NOT NULL,
    PRIMARY KEY (provider_id, category)
);

CREATE INDEX provider_spots_position ON provider_spots USING gist (category, ll_to_earth(lat, lng));

CREATE TABLE dispatch_rounds (
    job_id               text        COLLATE "C" PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
    wave                 int         NOT NULL CHECK (wave >= 1),
    opened_at            timestamptz NOT NULL,
    step                 int         NOT NULL CHECK (step >= 0),
    offered_provider_ids text[]      NOT NULL DEFAULT '{}',
    expires_at           timestamptz NOT NULL
);

-- Claimed with FOR UPDATE SKIP LOCKED and deleted in the transaction that does the work.
CREATE TABLE timers (
    id      bigserial   PRIMARY KEY,
    kind    text        NOT NULL CHECK (kind IN ('start_dispatch', 'step_ends')),
    job_id  text        COLLATE "C" NOT NULL,
    wave    int         NOT NULL,
    step    int         NOT NULL,
    due_at  timestamptz NOT NULL
);

CREATE INDEX timers_due ON timers (due_at, id);

-- The relay leases pending rows, retries failed handlers alone (handlers_left) with backoff.
ALTER TABLE outbox
    ADD COLUMN attempts        int         NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at timestamptz,
    ADD COLUMN leased_until    timestamptz,
    ADD COLUMN handlers_left   text[]      NOT NULL DEFAULT '{}',
    ADD COLUMN last_error      text;

-- Every node LISTENs: the event itself when it fits in a notification, else just its id.
CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    message text := json_build_object('id', NEW.id, 'type', NEW.event_type, 'fields', NEW.payload)::text;
BEGIN
    IF octet_length(message) > 7900 THEN
        message := json_build_object('id', NEW.id, 'type', NEW.event_type)::text;
    END IF;
    PERFORM pg_notify('callout_events', message);
    RETURN NULL;
END
$$;

CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION outbox_notify();

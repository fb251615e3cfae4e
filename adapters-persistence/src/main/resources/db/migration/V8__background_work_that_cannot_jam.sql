-- Callout schema, version 8: background work that cannot jam.
-- 1. V3 added no_provider_found without widening the provider check, so every expiry failed.
--    The check now names the states that require a provider, as JobStatus.requiresProvider does.
-- 2. A timer whose work fails is tried again alone, with backoff (next_attempt_at), and after the
--    last attempt it is parked in dead_letters, as is a relay handler that keeps failing on an event.
-- 3. Each outbox row records its transaction (tx), so a node whose LISTEN connection dropped can
--    catch up on exactly the events committed meanwhile (see PostgresLiveEvents).

ALTER TABLE jobs DROP CONSTRAINT jobs_provider_when_required;
ALTER TABLE jobs ADD CONSTRAINT jobs_provider_when_required
    CHECK (status NOT IN ('accepted', 'en_route', 'in_progress', 'completed', 'disputed') OR provider_id IS NOT NULL);

ALTER TABLE timers
    ADD COLUMN attempts        int         NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    ADD COLUMN next_attempt_at timestamptz,
    ADD COLUMN last_error      text;
UPDATE timers SET next_attempt_at = due_at;
ALTER TABLE timers ALTER COLUMN next_attempt_at SET NOT NULL;
DROP INDEX timers_due;
CREATE INDEX timers_next_attempt ON timers (next_attempt_at, id);

-- Work given up on after the last attempt, until an admin puts it back. A timer is moved here
-- whole; an event stays in the outbox (published_at: the relay is done with it) and each handler
-- that gave up on it has a row here.
CREATE TABLE dead_letters (
    id           text        COLLATE "C" PRIMARY KEY,
    kind         text        NOT NULL CHECK (kind IN ('timer', 'event')),
    work         text        NOT NULL,
    subject_id   text        NOT NULL,
    handler      text,
    outbox_id    bigint      REFERENCES outbox (id),
    timer_wave   int,
    timer_step   int,
    timer_due_at timestamptz,
    attempts     int         NOT NULL CHECK (attempts >= 1),
    last_error   text        NOT NULL,
    parked_at    timestamptz NOT NULL,
    CONSTRAINT dead_letters_shape CHECK (
        (kind = 'timer' AND handler IS NULL AND outbox_id IS NULL
            AND timer_wave IS NOT NULL AND timer_step IS NOT NULL AND timer_due_at IS NOT NULL)
        OR (kind = 'event' AND handler IS NOT NULL AND outbox_id IS NOT NULL
            AND timer_wave IS NULL AND timer_step IS NULL AND timer_due_at IS NULL)),
    CONSTRAINT dead_letters_one_per_handler UNIQUE (outbox_id, handler)
);

CREATE INDEX dead_letters_parked ON dead_letters (parked_at DESC, id DESC);

ALTER TABLE outbox ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX outbox_tx ON outbox (tx);

CREATE OR REPLACE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    message text := json_build_object('id', NEW.id, 'tx', NEW.tx::text, 'type', NEW.event_type, 'fields', NEW.payload)::text;
BEGIN
    IF octet_length(message) > 7900 THEN
        message := json_build_object('id', NEW.id, 'tx', NEW.tx::text, 'type', NEW.event_type)::text;
    END IF;
    PERFORM pg_notify('callout_events', message);
    RETURN NULL;
END
$$;

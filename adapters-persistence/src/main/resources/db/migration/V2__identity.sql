-- Identity and accounts: provider onboarding details, soft deletion, sessions with rotating refresh
-- tokens, one-time codes, sign-in throttling, the audit log and the development code outbox.

ALTER TABLE users DROP CONSTRAINT users_status_check;
ALTER TABLE users ADD CONSTRAINT users_status_check
    CHECK (status IN ('pending_verification', 'pending_approval', 'active', 'suspended', 'deleted'));
ALTER TABLE users DROP CONSTRAINT users_email_or_phone;
-- a deleted account loses its email and phone when its personal data is purged
ALTER TABLE users ADD CONSTRAINT users_email_or_phone CHECK (email IS NOT NULL OR phone IS NOT NULL OR status = 'deleted');
ALTER TABLE users
    ADD COLUMN vehicle_type         text CHECK (length(vehicle_type) <= 64),
    ADD COLUMN licence_category     text CHECK (length(licence_category) <= 64),
    ADD COLUMN licence_number       text CHECK (length(licence_number) <= 64),
    ADD COLUMN licence_expiry       date,
    ADD COLUMN vehicle_registration text CHECK (length(vehicle_registration) <= 64),
    ADD COLUMN deleted_at           timestamptz,
    ADD CONSTRAINT users_deleted_has_time CHECK ((status = 'deleted') = (deleted_at IS NOT NULL)),
    ADD CONSTRAINT users_provider_details_whole CHECK (
        (vehicle_type IS NULL) = (licence_category IS NULL) AND (vehicle_type IS NULL) = (licence_number IS NULL)
        AND (vehicle_type IS NULL) = (licence_expiry IS NULL) AND (vehicle_type IS NULL) = (vehicle_registration IS NULL));

CREATE INDEX users_role_status_created ON users (role, status, created_at, id);
CREATE INDEX users_deleted ON users (deleted_at) WHERE status = 'deleted' AND (email IS NOT NULL OR phone IS NOT NULL);

CREATE TABLE sessions (
    id             text        COLLATE "C" PRIMARY KEY,
    user_id        text        COLLATE "C" NOT NULL REFERENCES users (id),
    started_at     timestamptz NOT NULL,
    revoked_at     timestamptz,
    revoked_reason text
);

CREATE INDEX sessions_live_by_user ON sessions (user_id) WHERE revoked_at IS NULL;

-- only SHA-256 hashes of refresh tokens are stored
CREATE TABLE refresh_tokens (
    hash       text        PRIMARY KEY,
    session_id text        COLLATE "C" NOT NULL REFERENCES sessions (id),
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

-- one-time codes, kept as HMACs keyed with a server secret
CREATE TABLE verification_codes (
    id          text        COLLATE "C" PRIMARY KEY,
    user_id     text        COLLATE "C" NOT NULL REFERENCES users (id),
    purpose     text        NOT NULL CHECK (purpose IN ('verify', 'reset_password')),
    channel     text        NOT NULL CHECK (channel IN ('email', 'phone')),
    destination text        NOT NULL,
    code_hash   text        NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    attempts    int         NOT NULL CHECK (attempts >= 0),
    consumed_at timestamptz,
    retired     boolean     NOT NULL DEFAULT false
);

CREATE INDEX verification_codes_live ON verification_codes (destination, purpose, created_at DESC)
    WHERE consumed_at IS NULL AND NOT retired;

-- failed sign-ins and code requests per key ("id:<identifier>", "ip:<address>", "code:<destination>")
CREATE TABLE login_attempts (
    key          text        PRIMARY KEY,
    failures     int         NOT NULL CHECK (failures >= 1),
    window_start timestamptz NOT NULL,
    last_failure timestamptz NOT NULL
);

CREATE TABLE audit_log (
    id        text        COLLATE "C" PRIMARY KEY,
    actor_id  text        COLLATE "C" REFERENCES users (id),
    action    text        NOT NULL,
    target_id text        NOT NULL,
    note      text        CHECK (length(note) <= 1000),
    at        timestamptz NOT NULL
);

CREATE INDEX audit_log_newest ON audit_log (at DESC, id DESC);

-- what the development code sender "sent": plain codes, for local use only (see README)
CREATE TABLE sent_codes (
    id          bigserial   PRIMARY KEY,
    channel     text        NOT NULL,
    destination text        NOT NULL,
    purpose     text        NOT NULL,
    code        text        NOT NULL,
    sent_at     timestamptz NOT NULL
);

CREATE INDEX sent_codes_destination ON sent_codes (destination, id DESC);

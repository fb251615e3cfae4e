-- Callout schema, version 5: trust and conversation. Uploaded files (bytes live in the file
-- store, rows say who owns them and who may see them), reviews (double-blind: a review shows once
-- the other party reviewed too or its window closed), favourite providers, disputes, per-user
-- notifications (one per event and recipient, however often the event is delivered) and job chat.

CREATE TABLE files (
    id                text        COLLATE "C" PRIMARY KEY,
    owner_id          text        COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose           text        NOT NULL CHECK (purpose IN ('profile', 'job', 'dispute')),
    job_id            text        COLLATE "C" REFERENCES jobs (id) ON DELETE CASCADE,
    original_name     text,
    media_type        text        NOT NULL,
    size_bytes        bigint      NOT NULL CHECK (size_bytes > 0),
    created_at        timestamptz NOT NULL,
    CONSTRAINT files_job_purpose CHECK ((purpose = 'profile') = (job_id IS NULL))
);

CREATE INDEX files_owner ON files (owner_id, created_at DESC, id DESC);
CREATE INDEX files_job ON files (job_id, purpose) WHERE job_id IS NOT NULL;

CREATE TABLE reviews (
    id               text        COLLATE "C" PRIMARY KEY,
    job_id           text        COLLATE "C" NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    author_id        text        COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    subject_id       text        COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    rating           smallint    NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment          text        CHECK (char_length(comment) <= 1000),
    window_closes_at timestamptz NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    -- one review per party per job, whatever races
    CONSTRAINT reviews_one_per_author UNIQUE (job_id, author_id),
    CONSTRAINT reviews_not_self CHECK (author_id <> subject_id)
);

CREATE INDEX reviews_subject ON reviews (subject_id, created_at DESC, id DESC);
CREATE INDEX reviews_author ON reviews (author_id, created_at DESC, id DESC);

CREATE TABLE favorites (
    id          text        COLLATE "C" PRIMARY KEY,
    customer_id text        COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider_id text        COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    note        text        CHECK (char_length(note) <= 500),
    created_at  timestamptz NOT NULL,
    CONSTRAINT favorites_once UNIQUE (customer_id, provider_id)
);

CREATE TABLE disputes (
    id                 text        COLLATE "C" PRIMARY KEY,
    job_id             text        COLLATE "C" NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    customer_id        text        COLLATE "C" NOT NULL,
    provider_id        text        COLLATE "C",
    raised_by          text        COLLATE "C" NOT NULL,
    reason             text        NOT NULL,
    evidence_file_ids  text[]      NOT NULL DEFAULT '{}',
    status             text        NOT NULL CHECK (status IN ('open', 'under_review', 'resolved')),
    resolution         text        CHECK (resolution IN ('full_refund', 'partial_refund', 'no_action', 'provider_warning')),
    refund_minor       bigint,
    refund_currency    char(3),
    decision_note      text,
    decided_by         text        COLLATE "C",
    created_at         timestamptz NOT NULL,
    review_started_at  timestamptz,
    resolved_at        timestamptz,
    -- one dispute per job
    CONSTRAINT disputes_one_per_job UNIQUE (job_id)
);

CREATE INDEX disputes_customer ON disputes (customer_id, created_at DESC);
CREATE INDEX disputes_provider ON disputes (provider_id, created_at DESC);

CREATE TABLE notifications (
    id           text        COLLATE "C" PRIMARY KEY,
    recipient_id text        COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type         text        NOT NULL,
    title        text        NOT NULL,
    body         text        NOT NULL,
    payload      jsonb       NOT NULL,
    source_key   text        NOT NULL,
    read         boolean     NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL,
    -- an event redelivered after a crash or on another node notifies nobody twice
    CONSTRAINT notifications_once UNIQUE (source_key, recipient_id)
);

CREATE INDEX notifications_recipient ON notifications (recipient_id, created_at DESC, id DESC);

CREATE TABLE messages (
    id             text        COLLATE "C" PRIMARY KEY,
    job_id         text        COLLATE "C" NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    sender_id      text        COLLATE "C" NOT NULL,
    content        text        NOT NULL,
    image_file_id  text        COLLATE "C",
    sent_at        timestamptz NOT NULL,
    read_at        timestamptz
);

CREATE INDEX messages_job ON messages (job_id, sent_at DESC, id DESC);
CREATE INDEX messages_unread ON messages (job_id, sender_id) WHERE read_at IS NULL;

-- Callout schema, version 19: each job's timeline.

-- One transition of a job: the status it reached, when, and who moved it (both actor columns null:
-- the system, a dispatch timer). Written in the transaction of the transition; id keeps the order.
CREATE TABLE job_timeline (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id     text        COLLATE "C" NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    status     text        NOT NULL CHECK (status IN ('requested', 'accepted', 'en_route', 'in_progress', 'completed',
                                                   'cancelled', 'disputed', 'no_provider_found')),
    at         timestamptz NOT NULL,
    actor_id   text        COLLATE "C",
    actor_role text        CHECK (actor_role IN ('customer', 'provider', 'admin')),
    CHECK ((actor_id IS NULL) = (actor_role IS NULL))
);

CREATE INDEX job_timeline_of_job ON job_timeline (job_id, id);

-- Callout schema, version 9: realtime sockets across nodes.

-- A reconnecting socket replays a job's events after the last one it saw (job.subscribe with
-- last_event_id); they are found by the job their payload names.
CREATE INDEX outbox_job_events ON outbox ((payload ->> 'job_id'), id);

-- Every node's open sockets, so the cap per user holds across nodes. A node renews its leases each
-- heartbeat; a dead node's lapse and stop counting.
CREATE TABLE socket_leases (
    id           text        COLLATE "C" PRIMARY KEY,
    user_id      text        COLLATE "C" NOT NULL,
    node_id      text        COLLATE "C" NOT NULL,
    leased_until timestamptz NOT NULL
);

CREATE INDEX socket_leases_user ON socket_leases (user_id);
CREATE INDEX socket_leases_node ON socket_leases (node_id);
CREATE INDEX socket_leases_lapse ON socket_leases (leased_until);

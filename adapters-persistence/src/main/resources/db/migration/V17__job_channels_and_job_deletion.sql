-- Callout schema, version 17: who is on each job's realtime channel, and what deleting a job looks up.

-- A socket subscribed to a job's channel, on any node: its user is present there while one of their
-- sockets is. Leased like socket_leases: each node renews its own every heartbeat, a dead node's lapse
-- and the next node to renew announces that their users left.
CREATE TABLE job_channel_members (
    socket_id    text        COLLATE "C" NOT NULL,
    job_id       text        COLLATE "C" NOT NULL,
    user_id      text        COLLATE "C" NOT NULL,
    node_id      text        COLLATE "C" NOT NULL,
    leased_until timestamptz NOT NULL,
    PRIMARY KEY (socket_id, job_id)
);

CREATE INDEX job_channel_members_job_user ON job_channel_members (job_id, user_id);
CREATE INDEX job_channel_members_node ON job_channel_members (node_id);
CREATE INDEX job_channel_members_lapse ON job_channel_members (leased_until);

-- A moderator's hard delete of a job removes its notifications and timers, found by the job.
CREATE INDEX notifications_job ON notifications ((payload ->> 'job_id'));
CREATE INDEX timers_job ON timers (job_id);

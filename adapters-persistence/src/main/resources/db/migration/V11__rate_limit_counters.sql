-- Callout schema, version 11: rate-limit windows shared by every node.

-- One fixed window per key ("general:user:usr_…", "auth:address:203.0.113.7"): how many requests
-- the nodes have reserved from it and the last slice granted (the upsert returns it). Counters
-- are disposable, so the table is unlogged: cheaper writes, and a database crash merely resets
-- the limits. Ended windows are deleted in the background (by window_ends_at).
CREATE UNLOGGED TABLE rate_limit_counters (
    key            text        PRIMARY KEY,
    window_ends_at timestamptz NOT NULL,
    taken          integer     NOT NULL CHECK (taken >= 0),
    granted        integer     NOT NULL CHECK (granted >= 0)
);

CREATE INDEX rate_limit_counters_window_ends ON rate_limit_counters (window_ends_at);

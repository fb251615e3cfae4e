-- Callout schema, version 9: a reconnecting socket replays a job's events after the last one it saw
-- (job.subscribe with last_event_id); they are found by the job their payload names.
CREATE INDEX outbox_job_events ON outbox ((payload ->> 'job_id'), id);

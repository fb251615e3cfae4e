-- Callout schema, version 10: why a handled webhook event had no effect (null when it was applied).
ALTER TABLE processed_webhook_events ADD COLUMN ignored_because text;

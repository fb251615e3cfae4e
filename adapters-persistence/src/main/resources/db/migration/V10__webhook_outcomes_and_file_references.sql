-- Callout schema, version 10: why a handled webhook event had no effect (null when it was applied).
ALTER TABLE processed_webhook_events ADD COLUMN ignored_because text;

-- A file that a dispute's evidence or a chat message refers to cannot be deleted. Foreign keys
-- decide, also when the deletion races the dispute or the message; NO ACTION (checked at the end
-- of the statement) still lets a job's deletion cascade through its files, disputes and messages.
CREATE TABLE dispute_evidence (
    dispute_id text COLLATE "C" NOT NULL REFERENCES disputes (id) ON DELETE CASCADE,
    file_id    text COLLATE "C" NOT NULL REFERENCES files (id),
    PRIMARY KEY (dispute_id, file_id)
);

CREATE INDEX dispute_evidence_file ON dispute_evidence (file_id);

INSERT INTO dispute_evidence (dispute_id, file_id)
SELECT DISTINCT d.id, e.file_id
FROM disputes d CROSS JOIN LATERAL unnest(d.evidence_file_ids) AS e (file_id)
JOIN files f ON f.id = e.file_id;

-- messages written before this version may name images deleted since: NOT VALID leaves them be
ALTER TABLE messages ADD CONSTRAINT messages_image_file FOREIGN KEY (image_file_id) REFERENCES files (id) NOT VALID;

CREATE INDEX messages_image ON messages (image_file_id) WHERE image_file_id IS NOT NULL;

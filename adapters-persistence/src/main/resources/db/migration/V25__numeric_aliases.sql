-- Whole-number aliases of ids, for product APIs whose ids are integers (Depannini): one per id,
-- given on first use and kept for good.
CREATE TABLE numeric_aliases (
    alias bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id    text   COLLATE "C" NOT NULL UNIQUE CHECK (length(id) <= 64)
);

-- Callout schema, version 24: each job's timeline; the catalog of services and packages, and orders.

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

-- A service of the catalog. details_schema: the fields an order gives, [{name, type, required, choices}].
-- Its image is an upload that cannot be deleted while the service shows it.
CREATE TABLE services (
    id             text        COLLATE "C" PRIMARY KEY,
    name           text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    description    text        CHECK (length(description) <= 2000),
    image_file_id  text        COLLATE "C" REFERENCES files (id),
    category       text        NOT NULL REFERENCES categories (code),
    status         text        NOT NULL CHECK (status IN ('active', 'archived')),
    details_schema jsonb       NOT NULL CHECK (jsonb_typeof(details_schema) = 'array'),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);

CREATE INDEX services_active ON services (category, name COLLATE "C", id) WHERE status = 'active';
CREATE INDEX services_image ON services (image_file_id) WHERE image_file_id IS NOT NULL;

CREATE TABLE service_packages (
    id               text        COLLATE "C" PRIMARY KEY,
    service_id       text        COLLATE "C" NOT NULL REFERENCES services (id),
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    description      text        CHECK (length(description) <= 2000),
    price_minor      bigint      NOT NULL CHECK (price_minor >= 0),
    currency         char(3)     NOT NULL,
    duration_minutes integer     NOT NULL CHECK (duration_minutes BETWEEN 1 AND 10080),
    features         text[]      NOT NULL DEFAULT '{}' CHECK (cardinality(features) <= 20),
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);

CREATE INDEX service_packages_of_service ON service_packages (service_id, price_minor, id);

-- What a job was ordered as: copies of the service's and package's names, price and duration when it
-- was posted, so catalog edits, archiving and deleted packages never change a posted job (no foreign
-- keys to them for that reason); details are the customer's answers to the schema.
CREATE TABLE job_orders (
    job_id           text        COLLATE "C" PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
    service_id       text        COLLATE "C" NOT NULL,
    service_name     text        NOT NULL,
    package_id       text        COLLATE "C" NOT NULL,
    package_name     text        NOT NULL,
    price_minor      bigint      NOT NULL CHECK (price_minor >= 0),
    currency         char(3)     NOT NULL,
    duration_minutes integer     NOT NULL,
    details          jsonb       NOT NULL CHECK (jsonb_typeof(details) = 'object')
);

CREATE INDEX job_orders_of_service ON job_orders (service_id);

-- Suishoupai schema, version 1: reference data, cases, the append-only event log, media, idempotency.
-- All times are UTC instants (timestamptz); the city's zone is configuration.

CREATE TABLE department (
    code        varchar(32)  PRIMARY KEY,
    name        varchar(100) NOT NULL,
    name_en     varchar(200) NOT NULL,
    kind        varchar(16)  NOT NULL CHECK (kind IN ('BUREAU', 'UTILITY', 'DISTRICT', 'ENTERPRISE')),
    active      boolean      NOT NULL DEFAULT true
);

CREATE TABLE category (
    code                    varchar(16)  PRIMARY KEY,
    kind                    varchar(16)  NOT NULL CHECK (kind IN ('COMPONENT', 'EVENT')),
    group_code              varchar(8)   NOT NULL,
    group_name              varchar(40)  NOT NULL,
    name                    varchar(100) NOT NULL,
    name_en                 varchar(200) NOT NULL,
    filing_conditions       text         NOT NULL,
    time_limit_hours        integer      NOT NULL CHECK (time_limit_hours > 0),
    working_hours           boolean      NOT NULL,
    urgency                 varchar(16)  NOT NULL CHECK (urgency IN ('NORMAL', 'URGENT', 'CRITICAL')),
    points                  integer      NOT NULL CHECK (points >= 0),
    default_department_code varchar(32)  REFERENCES department (code),
    auto_dispatch           boolean      NOT NULL DEFAULT false,
    active                  boolean      NOT NULL DEFAULT true
);

-- One row per city-local day; the case number's sequence part comes from an upsert on it.
CREATE TABLE case_number_counter (
    day        date    PRIMARY KEY,
    last_value integer NOT NULL
);

CREATE TABLE city_case (
    id              bigserial     PRIMARY KEY,
    case_number     varchar(40)   NOT NULL UNIQUE,
    state           varchar(16)   NOT NULL CHECK (state IN ('SUBMITTED', 'FILED', 'NOT_FILED', 'DUPLICATE',
                                        'DISPATCHED', 'RETURNED', 'DISPOSED', 'CLOSED')),
    category_code   varchar(16)   NOT NULL REFERENCES category (code),
    description     varchar(1000) NOT NULL,
    address         varchar(300),
    lat             double precision NOT NULL,
    lon             double precision NOT NULL,
    reporter_id     varchar(200)  NOT NULL,
    source          varchar(16)   NOT NULL CHECK (source IN ('CITIZEN', 'STAFF', 'OPEN311')),
    department_code varchar(32)   REFERENCES department (code),
    deadline        timestamptz,
    duplicate_of    varchar(40),
    rework_count    integer       NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    version         integer       NOT NULL DEFAULT 0
);
CREATE INDEX city_case_reporter_idx ON city_case (reporter_id, created_at DESC);
CREATE INDEX city_case_category_created_idx ON city_case (category_code, created_at);
CREATE INDEX city_case_state_idx ON city_case (state);

-- Every transition is one row here. Rows are never changed or removed (enforced below).
CREATE TABLE case_event (
    id          bigserial     PRIMARY KEY,
    case_id     bigint        NOT NULL REFERENCES city_case (id),
    at          timestamptz   NOT NULL,
    actor_id    varchar(200)  NOT NULL,
    actor_role  varchar(20)   NOT NULL,
    from_state  varchar(16),
    to_state    varchar(16)   NOT NULL,
    note        varchar(1000),
    public_note boolean       NOT NULL DEFAULT true,
    media_keys  text
);
CREATE INDEX case_event_case_idx ON case_event (case_id, id);

CREATE FUNCTION forbid_update_or_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON case_event
    FOR EACH ROW EXECUTE FUNCTION forbid_update_or_delete();

-- A stored object belongs to at most one case: the primary key makes reuse impossible.
CREATE TABLE case_media (
    object_key   varchar(200) PRIMARY KEY,
    case_id      bigint       NOT NULL REFERENCES city_case (id),
    stage        varchar(16)  NOT NULL CHECK (stage IN ('REPORT', 'DISPOSAL', 'VERIFICATION')),
    kind         varchar(8)   NOT NULL CHECK (kind IN ('PHOTO', 'VIDEO', 'AUDIO')),
    content_type varchar(60)  NOT NULL,
    size_bytes   bigint       NOT NULL,
    attached_at  timestamptz  NOT NULL
);
CREATE INDEX case_media_case_idx ON case_media (case_id);

-- idempotencyKey store: (caller, operation, key) -> request hash and the first answer.
CREATE TABLE idempotency_record (
    caller_id    varchar(200) NOT NULL,
    operation    varchar(60)  NOT NULL,
    idem_key     varchar(200) NOT NULL,
    request_hash varchar(64)  NOT NULL,
    response     text,
    created_at   timestamptz  NOT NULL,
    PRIMARY KEY (caller_id, operation, idem_key)
);

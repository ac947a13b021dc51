-- Queries at scale: lookup by number (and its prefix), combined search, statistics; Open311 clients.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- substring search (ILIKE '%…%') on the citizen's description and the place text
CREATE INDEX city_case_description_trgm_idx ON city_case USING gin (description gin_trgm_ops);
CREATE INDEX city_case_address_trgm_idx ON city_case USING gin (address gin_trgm_ops);
-- case-number prefix (LIKE 'XN-2022%')
CREATE INDEX city_case_number_prefix_idx ON city_case (case_number varchar_pattern_ops);
-- newest first, and the period filter of statistics
CREATE INDEX city_case_created_idx ON city_case (created_at DESC, id DESC);
CREATE INDEX city_case_category_state_created_idx ON city_case (category_code, state, created_at DESC);
CREATE INDEX city_case_department_created_idx ON city_case (department_code, created_at DESC);
-- near (bounding box first)
CREATE INDEX city_case_lat_lon_idx ON city_case (lat, lon);
-- statistics read the event log per case and state
CREATE INDEX case_event_state_idx ON case_event (to_state, case_id);

-- Open311 GeoReport v2 clients: keys are stored hashed and tied to a named client.
CREATE TABLE api_key (
    id          bigserial    PRIMARY KEY,
    client_name varchar(100) NOT NULL,
    key_hash    varchar(64)  NOT NULL UNIQUE,
    key_prefix  varchar(12)  NOT NULL,
    created_by  varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL,
    revoked_by  varchar(200),
    revoked_at  timestamptz
);

-- Open311 reports carry at most one media_url, a link the client hosts (not an object in our bucket).
ALTER TABLE city_case ADD COLUMN external_media_url varchar(1000);

-- The GeoReport "token" of a submitted request, for clients that look the request id up later.
CREATE TABLE open311_token (
    token       varchar(64)  PRIMARY KEY,
    case_number varchar(40)  NOT NULL REFERENCES city_case (case_number),
    api_key_id  bigint       NOT NULL REFERENCES api_key (id),
    created_at  timestamptz  NOT NULL
);

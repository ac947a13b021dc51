-- Issue #18, items 3-5: subscriptions and the citizens' news, response templates, assignment inside a department.

-- Who hears of a case: its subscribers (the reporter and every "still there" are subscribed for them), the
-- subscribers of an area holding it, and those who watch a circle around where they live.
CREATE TABLE subscription (
    id         bigserial        PRIMARY KEY,
    account_id varchar(200)     NOT NULL,
    kind       varchar(8)       NOT NULL CHECK (kind IN ('CASE', 'AREA', 'NEAR')),
    case_id    bigint           REFERENCES city_case (id),
    area_code  varchar(64),
    lat        double precision,
    lon        double precision,
    radius_m   integer,
    -- the circle's bounding box, so that the cases' fan-out finds the circles holding a point on an index
    min_lat    double precision,
    min_lon    double precision,
    max_lat    double precision,
    max_lon    double precision,
    created_at timestamptz      NOT NULL,
    CHECK ((kind = 'CASE') = (case_id IS NOT NULL)),
    CHECK ((kind = 'AREA') = (area_code IS NOT NULL)),
    CHECK ((kind = 'NEAR') = (lat IS NOT NULL AND lon IS NOT NULL AND radius_m IS NOT NULL AND min_lat IS NOT NULL))
);
CREATE UNIQUE INDEX subscription_case_uq ON subscription (case_id, account_id) WHERE kind = 'CASE';
CREATE UNIQUE INDEX subscription_area_uq ON subscription (area_code, account_id) WHERE kind = 'AREA';
CREATE UNIQUE INDEX subscription_near_uq ON subscription (account_id, lat, lon, radius_m) WHERE kind = 'NEAR';
CREATE INDEX subscription_account_idx ON subscription (account_id, id);
CREATE INDEX subscription_near_box_idx ON subscription
    USING gist (box(point(min_lon, min_lat), point(max_lon, max_lat))) WHERE kind = 'NEAR';

-- the reporters and supporters of the cases so far, as the new code subscribes them
INSERT INTO subscription (account_id, kind, case_id, created_at)
SELECT reporter_id, 'CASE', id, created_at FROM city_case WHERE source IN ('CITIZEN', 'STAFF', 'OPEN311')
ON CONFLICT DO NOTHING;
INSERT INTO subscription (account_id, kind, case_id, created_at)
SELECT account_id, 'CASE', case_id, at FROM case_support
ON CONFLICT DO NOTHING;

-- One piece of news for one citizen, waiting for the delivery pass that batches a citizen's news into one message
-- (outbox_id then names it); the daily cap counts those messages.
CREATE TABLE citizen_notice (
    id          bigserial    PRIMARY KEY,
    account_id  varchar(200) NOT NULL,
    case_number varchar(40)  NOT NULL,
    kind        varchar(8)   NOT NULL CHECK (kind IN ('STATE', 'NOTE')),
    state       varchar(20)  NOT NULL,
    note        text,
    outcome     varchar(20),
    reason      varchar(10)  NOT NULL CHECK (reason IN ('CASE', 'AREA', 'NEAR')),
    at          timestamptz  NOT NULL,
    outbox_id   bigint,
    sent_at     timestamptz
);
CREATE INDEX citizen_notice_waiting_idx ON citizen_notice (id) WHERE outbox_id IS NULL;
CREATE INDEX citizen_notice_account_waiting_idx ON citizen_notice (account_id, id) WHERE outbox_id IS NULL;
CREATE INDEX citizen_notice_sent_idx ON citizen_notice (account_id, sent_at) WHERE outbox_id IS NOT NULL;

-- Response templates (回复模板): a state's (or PROGRESS's) public wording, for one category or all.
CREATE TABLE response_template (
    code          varchar(64)   PRIMARY KEY,
    state         varchar(20)   NOT NULL,
    category_code varchar(32)   REFERENCES category (code),
    text          varchar(1000) NOT NULL,
    active        boolean       NOT NULL DEFAULT true,
    updated_at    timestamptz   NOT NULL
);
CREATE INDEX response_template_state_idx ON response_template (state, category_code) WHERE active;

-- The automatic progress note of a long-dispatched case counts from its last public entry.
CREATE INDEX case_event_public_idx ON case_event (case_id, at DESC) WHERE public_note;

-- The handlers a department has (seen when they open their queue), so that a lead assigns to a real colleague.
CREATE TABLE department_member (
    department_code varchar(32)  NOT NULL REFERENCES department (code),
    account_id      varchar(200) NOT NULL,
    seen_at         timestamptz  NOT NULL,
    PRIMARY KEY (department_code, account_id)
);

ALTER TABLE city_case ADD COLUMN assignee_id varchar(200), ADD COLUMN assigned_at timestamptz;
CREATE INDEX city_case_assignee_idx ON city_case (assignee_id, deadline) WHERE assignee_id IS NOT NULL;

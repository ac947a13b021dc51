-- Triage: areas (GeoJSON polygons), routing rules, the working calendar, extension requests.

CREATE TABLE area (
    code    varchar(32)  PRIMARY KEY,
    name    varchar(100) NOT NULL,
    kind    varchar(16)  NOT NULL CHECK (kind IN ('DISTRICT', 'GRID', 'ZONE')),
    geojson text         NOT NULL,
    active  boolean      NOT NULL DEFAULT true
);

-- (category, optional area, priority) -> department. The most specific active match wins: a rule with an area
-- before one without, then the higher priority, then the older rule.
CREATE TABLE routing_rule (
    id              bigserial    PRIMARY KEY,
    category_code   varchar(16)  NOT NULL REFERENCES category (code),
    area_code       varchar(32)  REFERENCES area (code),
    priority        integer      NOT NULL DEFAULT 0,
    department_code varchar(32)  NOT NULL REFERENCES department (code),
    description     varchar(200),
    active          boolean      NOT NULL DEFAULT true
);
CREATE INDEX routing_rule_category_idx ON routing_rule (category_code) WHERE active;

-- Exceptions to the weekly pattern: a public holiday on a weekday, or a make-up working day (调休) on a weekend.
CREATE TABLE calendar_day (
    day  date         PRIMARY KEY,
    kind varchar(16)  NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name varchar(100)
);

CREATE TABLE extension_request (
    id           bigserial     PRIMARY KEY,
    case_id      bigint        NOT NULL REFERENCES city_case (id),
    hours        integer       NOT NULL CHECK (hours > 0),
    reason       varchar(1000) NOT NULL,
    requested_by varchar(200)  NOT NULL,
    requested_at timestamptz   NOT NULL,
    state        varchar(16)   NOT NULL CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by   varchar(200),
    decided_at   timestamptz,
    note         varchar(1000)
);
-- at most one pending request per case
CREATE UNIQUE INDEX extension_request_pending_idx ON extension_request (case_id) WHERE state = 'PENDING';

ALTER TABLE city_case ADD COLUMN route_rule_id bigint REFERENCES routing_rule (id);
ALTER TABLE city_case ADD COLUMN dispatched_at timestamptz;
ALTER TABLE city_case ADD COLUMN extension_hours integer NOT NULL DEFAULT 0;
CREATE INDEX city_case_queue_idx ON city_case (state, department_code, deadline);

-- 2026 public holidays and make-up working days of the State Council calendar (examples; admins maintain it).
INSERT INTO calendar_day (day, kind, name) VALUES
 ('2026-01-01', 'HOLIDAY', '元旦'), ('2026-01-02', 'HOLIDAY', '元旦'), ('2026-01-04', 'WORKDAY', '元旦调休'),
 ('2026-02-16', 'HOLIDAY', '春节'), ('2026-02-17', 'HOLIDAY', '春节'), ('2026-02-18', 'HOLIDAY', '春节'),
 ('2026-02-19', 'HOLIDAY', '春节'), ('2026-02-20', 'HOLIDAY', '春节'), ('2026-02-23', 'HOLIDAY', '春节'),
 ('2026-02-14', 'WORKDAY', '春节调休'), ('2026-02-28', 'WORKDAY', '春节调休'),
 ('2026-04-06', 'HOLIDAY', '清明节'),
 ('2026-05-01', 'HOLIDAY', '劳动节'), ('2026-05-04', 'HOLIDAY', '劳动节'), ('2026-05-05', 'HOLIDAY', '劳动节'),
 ('2026-05-09', 'WORKDAY', '劳动节调休'),
 ('2026-06-19', 'HOLIDAY', '端午节'),
 ('2026-09-25', 'HOLIDAY', '中秋节'),
 ('2026-10-01', 'HOLIDAY', '国庆节'), ('2026-10-02', 'HOLIDAY', '国庆节'), ('2026-10-05', 'HOLIDAY', '国庆节'),
 ('2026-10-06', 'HOLIDAY', '国庆节'), ('2026-10-07', 'HOLIDAY', '国庆节'),
 ('2026-09-27', 'WORKDAY', '国庆节调休'), ('2026-10-10', 'WORKDAY', '国庆节调休');

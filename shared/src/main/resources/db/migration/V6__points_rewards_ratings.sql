-- Points, rewards and citizen feedback. Money-like value: the ledger is append-only, balances can never go below
-- zero, and every grant, spend and refund has a unique key so it happens once.

CREATE TABLE points_account (
    account_id varchar(200) PRIMARY KEY,
    balance    integer      NOT NULL CHECK (balance >= 0)
);

CREATE TABLE points_entry (
    id            bigserial    PRIMARY KEY,
    account_id    varchar(200) NOT NULL,
    delta         integer      NOT NULL,
    reason        varchar(16)  NOT NULL CHECK (reason IN ('FILED', 'CLOSED', 'ADJUSTMENT', 'REDEMPTION', 'REFUND')),
    case_number   varchar(40),
    redemption_id bigint,
    note          varchar(500),
    actor_id      varchar(200),
    at            timestamptz  NOT NULL,
    unique_key    varchar(300) NOT NULL UNIQUE
);
CREATE INDEX points_entry_account_idx ON points_entry (account_id, id DESC);
CREATE TRIGGER points_entry_append_only BEFORE UPDATE OR DELETE ON points_entry
    FOR EACH ROW EXECUTE FUNCTION forbid_update_or_delete();

CREATE TABLE reward (
    sku              varchar(40)  PRIMARY KEY,
    name             varchar(100) NOT NULL,
    cost             integer      NOT NULL CHECK (cost > 0),
    stock            integer      NOT NULL CHECK (stock >= 0),
    per_person_limit integer      NOT NULL CHECK (per_person_limit > 0),
    active_from      timestamptz,
    active_to        timestamptz,
    active           boolean      NOT NULL DEFAULT true
);

CREATE TABLE redemption (
    id         bigserial    PRIMARY KEY,
    account_id varchar(200) NOT NULL,
    sku        varchar(40)  NOT NULL REFERENCES reward (sku),
    cost       integer      NOT NULL,
    state      varchar(16)  NOT NULL CHECK (state IN ('PENDING', 'FULFILLED', 'CANCELLED')),
    note       varchar(500),
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL
);
CREATE INDEX redemption_account_sku_idx ON redemption (account_id, sku);

CREATE TABLE case_rating (
    case_id     bigint        PRIMARY KEY REFERENCES city_case (id),
    reporter_id varchar(200)  NOT NULL,
    score       integer       NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment     varchar(1000),
    reopened    boolean       NOT NULL,
    at          timestamptz   NOT NULL
);

-- the reward provider (e.g. a phone top-up gateway) is a notification channel too
ALTER TABLE notification_channel DROP CONSTRAINT notification_channel_owner_kind_check;
ALTER TABLE notification_channel ADD CONSTRAINT notification_channel_owner_kind_check
    CHECK (owner_kind IN ('DEPARTMENT', 'COMMAND_CENTRE', 'LEADERSHIP', 'CITIZEN', 'FULFILMENT'));

-- Supervision (督办): reminders and escalations, the notification outbox with its channels, monthly bulletins.

-- One row per (case, level, dispatch): the effect of a reminder run happens once however often runs repeat.
CREATE TABLE case_reminder (
    case_id       bigint       NOT NULL REFERENCES city_case (id),
    level         varchar(16)  NOT NULL CHECK (level IN ('DUE_SOON', 'OVERDUE', 'LEADERSHIP')),
    dispatched_at timestamptz  NOT NULL,
    at            timestamptz  NOT NULL,
    PRIMARY KEY (case_id, level, dispatched_at)
);
CREATE INDEX city_case_dispatched_deadline_idx ON city_case (deadline) WHERE state = 'DISPATCHED';

-- Where notifications go: a department, the command centre, leadership, or the citizen gateway.
CREATE TABLE notification_channel (
    id          bigserial     PRIMARY KEY,
    owner_kind  varchar(16)   NOT NULL CHECK (owner_kind IN ('DEPARTMENT', 'COMMAND_CENTRE', 'LEADERSHIP', 'CITIZEN')),
    owner_code  varchar(32)   NOT NULL DEFAULT '',
    kind        varchar(16)   NOT NULL CHECK (kind IN ('WEBHOOK')),
    url         varchar(1000) NOT NULL,
    secret      varchar(200)  NOT NULL,
    active      boolean       NOT NULL DEFAULT true,
    UNIQUE (owner_kind, owner_code)
);

-- Written in the transaction of what caused it; delivered (at least once, signed) by the delivery run.
CREATE TABLE outbox (
    id              bigserial     PRIMARY KEY,
    channel_id      bigint        NOT NULL REFERENCES notification_channel (id),
    topic           varchar(40)   NOT NULL,
    payload         text          NOT NULL,
    state           varchar(16)   NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'DEAD', 'DISCARDED')),
    attempts        integer       NOT NULL DEFAULT 0,
    next_attempt_at timestamptz   NOT NULL,
    last_error      varchar(1000),
    created_at      timestamptz   NOT NULL,
    delivered_at    timestamptz
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX outbox_state_idx ON outbox (state, id);

-- 每月通报: the previous month's indicators per department, as sent.
CREATE TABLE bulletin (
    month      varchar(7)   PRIMARY KEY,
    json       text         NOT NULL,
    csv        text         NOT NULL,
    created_at timestamptz  NOT NULL
);

-- Issue #17, time limits on every stage: each run of a timed stage (screening, on-site check, dispatch,
-- verification) with when it started, when it is due on the working calendar, and when it ended; and the stage
-- reminders a reminder run recorded (once per run and level).
CREATE TABLE case_stage (
    id         bigserial   PRIMARY KEY,
    case_id    bigint      NOT NULL REFERENCES city_case (id),
    stage      varchar(16) NOT NULL CHECK (stage IN ('SCREENING', 'CHECK', 'DISPATCH', 'VERIFICATION')),
    started_at timestamptz NOT NULL,
    due_at     timestamptz NOT NULL,
    ended_at   timestamptz
);
CREATE INDEX case_stage_case_idx ON case_stage (case_id, id);
-- what a reminder run looks through: the runs still open
CREATE INDEX case_stage_open_idx ON case_stage (due_at) WHERE ended_at IS NULL;
-- a case is in at most one timed stage at a time: its moves keep that, and of two concurrent moves the loser's
-- whole transaction rolls back on the case's version (no unique index here: it would refuse the loser first, with
-- a bare CONFLICT instead of CONCURRENT_UPDATE)

CREATE TABLE stage_reminder (
    stage_id bigint      NOT NULL REFERENCES case_stage (id),
    level    varchar(16) NOT NULL CHECK (level IN ('DUE_SOON', 'OVERDUE')),
    at       timestamptz NOT NULL,
    PRIMARY KEY (stage_id, level)
);

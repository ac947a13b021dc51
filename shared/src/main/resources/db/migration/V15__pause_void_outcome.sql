-- Issue #17, parking (挂账 SUSPENDED), deferring (缓办 DEFERRED), voiding (作废 VOIDED) and closing unresolved:
-- a CLOSED case records its outcome; a paused case when its pause began and when it ends.
ALTER TABLE city_case DROP CONSTRAINT city_case_state_check;
ALTER TABLE city_case ADD CONSTRAINT city_case_state_check CHECK (state IN ('SUBMITTED', 'CHECKING', 'FILED',
    'NOT_FILED', 'DUPLICATE', 'DISPATCHED', 'RETURNED', 'DISPOSED', 'CLOSED', 'SUSPENDED', 'DEFERRED', 'VOIDED'));
ALTER TABLE city_case ADD COLUMN outcome varchar(16) CHECK (outcome IN ('RESOLVED', 'UNRESOLVED'));
ALTER TABLE city_case ADD COLUMN paused_at timestamptz;
ALTER TABLE city_case ADD COLUMN resume_at timestamptz;
-- every case closed before this migration was closed by a verified fix
UPDATE city_case SET outcome = 'RESOLVED' WHERE state = 'CLOSED';
ALTER TABLE city_case ADD CONSTRAINT city_case_pause_dates CHECK (
    (state IN ('SUSPENDED', 'DEFERRED')) = (resume_at IS NOT NULL AND paused_at IS NOT NULL));
-- the reminder run looks for paused cases whose date has come
CREATE INDEX city_case_resume_idx ON city_case (resume_at) WHERE resume_at IS NOT NULL;

CREATE TABLE suspension_request (
    id              bigserial     PRIMARY KEY,
    case_id         bigint        NOT NULL REFERENCES city_case (id),
    department_code varchar(32)   NOT NULL,
    reason          varchar(1000) NOT NULL,
    resume_at       timestamptz   NOT NULL,
    requested_by    varchar(200)  NOT NULL,
    requested_at    timestamptz   NOT NULL,
    state           varchar(16)   NOT NULL CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by      varchar(200),
    decided_at      timestamptz,
    note            varchar(1000)
);
-- at most one pending request per case
CREATE UNIQUE INDEX suspension_request_pending_idx ON suspension_request (case_id) WHERE state = 'PENDING';

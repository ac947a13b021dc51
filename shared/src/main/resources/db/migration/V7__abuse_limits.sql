-- Abuse limits (#8): per-caller request windows for rate limits, and the uploads each caller has signed, so the
-- number of pending (signed, never attached) uploads per caller can be capped.

CREATE TABLE rate_window (
    caller_id    varchar(200) NOT NULL,
    action       varchar(40)  NOT NULL,
    window_start timestamptz  NOT NULL,
    hits         integer      NOT NULL,
    PRIMARY KEY (caller_id, action, window_start)
);

CREATE TABLE upload_grant (
    object_key varchar(200) PRIMARY KEY,
    caller_id  varchar(200) NOT NULL,
    signed_at  timestamptz  NOT NULL
);
CREATE INDEX upload_grant_caller_idx ON upload_grant (caller_id, signed_at);

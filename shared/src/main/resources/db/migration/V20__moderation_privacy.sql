-- Issue #18, item 6: moderation (hidden from public views and search, public text edited), private cases,
-- redacted photos, the ban list, and points reversed for gaming.
ALTER TABLE city_case ADD COLUMN hidden boolean NOT NULL DEFAULT false,
                      ADD COLUMN hidden_reason varchar(500),
                      ADD COLUMN is_private boolean NOT NULL DEFAULT false,
                      ADD COLUMN edited boolean NOT NULL DEFAULT false;

-- the copy with faces and number plates blacked out, which everyone but the command centre is shown
ALTER TABLE case_media ADD COLUMN redacted_key varchar(300);

CREATE TABLE reporter_block (
    account_id varchar(200) PRIMARY KEY,
    reason     varchar(500) NOT NULL,
    until      timestamptz,
    blocked_by varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL
);

ALTER TABLE points_entry DROP CONSTRAINT points_entry_reason_check;
ALTER TABLE points_entry ADD CONSTRAINT points_entry_reason_check
    CHECK (reason IN ('FILED', 'CLOSED', 'ADJUSTMENT', 'REDEMPTION', 'REFUND', 'REVERSED'));

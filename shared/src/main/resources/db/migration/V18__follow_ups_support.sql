-- Issue #18, "still there" (我也遇到): each citizen once per case; a duplicate's supporters count for its master.
CREATE TABLE case_support (
    case_id    bigint       NOT NULL REFERENCES city_case (id),
    account_id varchar(200) NOT NULL,
    at         timestamptz  NOT NULL,
    PRIMARY KEY (case_id, account_id)
);
-- a view counts its duplicates' supporters: find the duplicates by their master without a scan
CREATE INDEX city_case_duplicate_of_idx ON city_case (duplicate_of) WHERE duplicate_of IS NOT NULL;

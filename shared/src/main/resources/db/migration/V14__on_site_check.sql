-- Issue #17, the on-site check (核实): a screener sends an inspector to look before filing; the inspector's photos
-- are kept as the CHECK stage (staff only); checked_at records that a case was checked and found.
ALTER TABLE city_case DROP CONSTRAINT city_case_state_check;
ALTER TABLE city_case ADD CONSTRAINT city_case_state_check CHECK (state IN ('SUBMITTED', 'CHECKING', 'FILED',
    'NOT_FILED', 'DUPLICATE', 'DISPATCHED', 'RETURNED', 'DISPOSED', 'CLOSED'));
ALTER TABLE city_case ADD COLUMN checked_at timestamptz;
ALTER TABLE case_media DROP CONSTRAINT case_media_stage_check;
ALTER TABLE case_media ADD CONSTRAINT case_media_stage_check CHECK (stage IN ('REPORT', 'CHECK', 'DISPOSAL',
    'VERIFICATION'));

-- Issue #17: every source of GB/T 30428 (patrols, the hotline, leadership, other departments, media, cameras), and
-- the contact a screener records for a case registered by phone or from elsewhere (never in a public view).
ALTER TABLE city_case DROP CONSTRAINT city_case_source_check;
ALTER TABLE city_case ADD CONSTRAINT city_case_source_check CHECK (source IN ('CITIZEN', 'STAFF', 'OPEN311',
    'SUPERVISOR', 'HOTLINE', 'LEADERSHIP', 'DEPARTMENT', 'MEDIA', 'VIDEO'));
ALTER TABLE city_case ADD COLUMN contact_name varchar(50);
ALTER TABLE city_case ADD COLUMN contact_phone varchar(30);

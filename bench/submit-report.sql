-- pgbench: the SQL statements submit-report runs for one report, in one transaction, as the function issues
-- them (idempotency claim, per-caller lock, daily count, category, media reuse check, case number, case, first
-- event, two media rows, duplicate search, stored answer). The database's own bound for the intake path.
\set n random(1, 1000000000000)
\set caller random(1, 32)
BEGIN;
INSERT INTO idempotency_record (caller_id, operation, idem_key, request_hash, created_at) VALUES ('pgbench-' || (:caller)::text, 'submit-report', 'pgbench-' || (:client_id)::text || '-' || (:n)::text, 'hash', now()) ON CONFLICT DO NOTHING;
SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('intake:' || 'pgbench-' || (:caller)::text))) AS locked;
SELECT count(*) FROM city_case WHERE reporter_id = 'pgbench-' || (:caller)::text AND created_at >= date_trunc('day', now());
SELECT code, kind, group_code, group_name, name, name_en, filing_conditions, time_limit_hours, working_hours, urgency, points, default_department_code, auto_dispatch, active FROM category WHERE code = '01-04-02';
SELECT count(*) FROM case_media WHERE object_key IN ('pgbench/' || (:client_id)::text || '/' || (:n)::text || '/1', 'pgbench/' || (:client_id)::text || '/' || (:n)::text || '/2');
INSERT INTO case_number_counter (day, last_value) VALUES (current_date, 1) ON CONFLICT (day) DO UPDATE SET last_value = case_number_counter.last_value + 1 RETURNING last_value \gset
INSERT INTO city_case (case_number, state, category_code, description, address, lat, lon, reporter_id, source, department_code, deadline, duplicate_of, rework_count, created_at, updated_at, version) VALUES ('PB-' || (:client_id)::text || '-' || (:n)::text, 'SUBMITTED', '01-04-02', '金桂西路一棵行道树严重倾斜', '咸安区金桂西路', 29.8 + random() / 10, 114.3 + random() / 10, 'pgbench-' || (:caller)::text, 'CITIZEN', NULL, NULL, NULL, 0, now(), now(), 0) RETURNING id AS case_id \gset
INSERT INTO case_event (case_id, at, actor_id, actor_role, from_state, to_state, note, public_note, media_keys) VALUES ((:case_id)::bigint, now(), 'pgbench-' || (:caller)::text, 'CITIZEN', NULL, 'SUBMITTED', NULL, true, 'pgbench/' || (:client_id)::text || '/' || (:n)::text || '/1 pgbench/' || (:client_id)::text || '/' || (:n)::text || '/2');
INSERT INTO case_media (object_key, case_id, stage, kind, content_type, size_bytes, attached_at) VALUES ('pgbench/' || (:client_id)::text || '/' || (:n)::text || '/1', (:case_id)::bigint, 'REPORT', 'PHOTO', 'image/jpeg', 4096, now());
INSERT INTO case_media (object_key, case_id, stage, kind, content_type, size_bytes, attached_at) VALUES ('pgbench/' || (:client_id)::text || '/' || (:n)::text || '/2', (:case_id)::bigint, 'REPORT', 'PHOTO', 'image/jpeg', 4096, now());
SELECT case_number, lat, lon FROM city_case WHERE category_code = '01-04-02' AND created_at >= now() - interval '7 days' AND state NOT IN ('NOT_FILED', 'DUPLICATE', 'CLOSED') AND id <> (:case_id)::bigint AND lat BETWEEN 29.84 AND 29.85 AND lon BETWEEN 114.32 AND 114.33;
UPDATE idempotency_record SET response = '{"caseNumber":"PB","state":"SUBMITTED","possibleDuplicates":[]}' WHERE caller_id = 'pgbench-' || (:caller)::text AND operation = 'submit-report' AND idem_key = 'pgbench-' || (:client_id)::text || '-' || (:n)::text;
COMMIT;

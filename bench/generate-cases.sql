-- Grows the bench cases to :count (those already there are kept: a 1 M database grows into a 10 M one), with their
-- events, media and unit grid. Usage:  psql -v count=10000000 -f bench/generate-cases.sql
--
-- Ten years of a large city: case g falls on day g % 3650 (ending yesterday), so any prefix of the sequence spreads
-- evenly over the ten years and a database can grow in steps. Each step writes its rows in the order of their time
-- (cases by when they were reported, events and photos by when they happened), as a city's database receives them:
-- a day's cases then lie together on disk and their ids rise with time, so a read of a time range (Open311's 90 days,
-- a month's search, a queue of recent cases) touches the blocks a live database would, not a random block per row. Case numbers read XB-yyyyMMdd-NNNNNN, so they never
-- meet the XN- numbers of real reports. A unit grid over the city (5 districts, 25 streets, 100 communities, 6 000
-- grids, BENCH- codes) places every case by its position. States follow age: cases older than 60
-- days are settled (mostly CLOSED), recent ones are spread over the working states. Sources, categories, reporters
-- (200 000 citizens), urgency and photos (one or two at report, one at disposal) are spread by a hash of g.
-- For a large step the secondary indexes are dropped and rebuilt after the load (much faster than maintaining them).
-- The statistics triggers (V22) are off for the load, which then digests the new cases in one pass.
\set ON_ERROR_STOP on
SET maintenance_work_mem = '1GB';
SET max_parallel_maintenance_workers = 2;
SET synchronous_commit = off;
-- the sorts that put each step's rows in the order of their time
SET work_mem = '1GB';

-- the unit grid over the city's box (29.0–30.4 N, 113.5–115.0 E): 60 x 100 grid cells; a community is 6 x 10 cells,
-- a street 12 x 20, a district a column of 20 cells' width (5 districts, 25 streets, 100 communities, 6 000 grids)
INSERT INTO area (code, name, kind, geojson, active, parent_code, min_lat, max_lat, min_lon, max_lon)
SELECT code, name, kind,
       format('{"type":"Polygon","coordinates":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}',
              min_lon, min_lat, max_lon, min_lat, max_lon, max_lat, min_lon, max_lat, min_lon, min_lat),
       true, parent, min_lat, max_lat, min_lon, max_lon
FROM (
    SELECT 'BENCH-G' || r || '-' || k AS code, '网格' || r || '-' || k AS name, 'GRID' AS kind,
           'BENCH-C' || (r / 6) || '-' || (k / 10) AS parent,
           29.0 + r * 1.4 / 60 AS min_lat, 29.0 + (r + 1) * 1.4 / 60 AS max_lat,
           113.5 + k * 1.5 / 100 AS min_lon, 113.5 + (k + 1) * 1.5 / 100 AS max_lon
    FROM generate_series(0, 59) r, generate_series(0, 99) k
    UNION ALL
    SELECT 'BENCH-C' || r || '-' || k, '社区' || r || '-' || k, 'COMMUNITY', 'BENCH-S' || (r / 2) || '-' || (k / 2),
           29.0 + r * 0.14, 29.0 + (r + 1) * 0.14, 113.5 + k * 0.15, 113.5 + (k + 1) * 0.15
    FROM generate_series(0, 9) r, generate_series(0, 9) k
    UNION ALL
    SELECT 'BENCH-S' || r || '-' || k, '街道' || r || '-' || k, 'STREET', 'BENCH-D' || k,
           29.0 + r * 0.28, 29.0 + (r + 1) * 0.28, 113.5 + k * 0.3, 113.5 + (k + 1) * 0.3
    FROM generate_series(0, 4) r, generate_series(0, 4) k
    UNION ALL
    SELECT 'BENCH-D' || k, '城区' || k, 'DISTRICT', NULL, 29.0, 30.4, 113.5 + k * 0.3, 113.5 + (k + 1) * 0.3
    FROM generate_series(0, 4) k
) a
ON CONFLICT (code) DO NOTHING;

SELECT coalesce(max(substr(case_number, 13)::int * 3650 + (date '2026-12-01' - 1 - to_date(substr(case_number, 4, 8), 'YYYYMMDD'))), -1) + 1 AS have
FROM city_case WHERE case_number LIKE 'XB-%' \gset
SELECT greatest(:count - :have, 0) AS adding, (:count - :have) > 500000 AS bulk \gset
\echo bench cases: :have there, adding :adding

-- a large step: keep the definitions of the secondary indexes (not those behind constraints), drop them, rebuild after
CREATE TEMP TABLE kept_index AS
SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
WHERE :'bulk'::boolean AND t.relname IN ('city_case', 'case_event', 'case_media')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid);
SELECT format('DROP INDEX %s', name) FROM kept_index \gexec

BEGIN;
-- a replica session fires no triggers: the new cases are digested together after the load
SET LOCAL session_replication_role = replica;
CREATE TEMP TABLE phrase (i int, description text, address text);
INSERT INTO phrase VALUES
 (0, '金桂西路一棵行道树严重倾斜', '咸安区金桂西路'), (1, '垃圾桶满溢，气味难闻', '咸安区温泉路'),
 (2, '人行道上堆满建筑材料', '咸安区银泉大道'), (3, '井盖缺失，存在安全隐患', '咸安区永安大道'),
 (4, '流动摊贩占道经营', '嘉鱼县鱼岳镇'), (5, '渣土车沿途遗撒', '赤壁市蒲圻街道'),
 (6, '路灯不亮，夜间行人不便', '通城县隽水镇'), (7, '非法小广告张贴在公交站亭', '崇阳县天城镇'),
 (8, '道路积水影响通行', '通山县通羊镇'), (9, '施工噪声夜间扰民', '咸宁高新区长江大道');
CREATE TEMP TABLE cat AS SELECT row_number() OVER (ORDER BY code) - 1 AS i, code, default_department_code AS dept FROM category;
SELECT count(*) AS cats FROM cat \gset

INSERT INTO city_case (case_number, state, category_code, description, address, lat, lon, reporter_id, source,
                       department_code, deadline, dispatched_at, created_at, updated_at, urgency, district_code,
                       street_code, community_code, grid_code, placed_at, outcome)
SELECT 'XB-' || to_char(day, 'YYYYMMDD') || '-' || lpad((g / 3650)::text, 6, '0'),
       st, c.code, p.description || '（编号' || g || '）', p.address || ' ' || (g % 300) || '号', lat, lon,
       'bench-citizen-' || (hashint4(g + 11) & 262143) % 200000,
       CASE WHEN h % 20 < 17 THEN 'CITIZEN' WHEN h % 20 < 19 THEN 'STAFF' ELSE 'OPEN311' END,
       CASE WHEN st IN ('DISPATCHED', 'DISPOSED', 'CLOSED', 'RETURNED') THEN c.dept END,
       CASE WHEN st IN ('DISPATCHED', 'DISPOSED', 'CLOSED', 'RETURNED') THEN at + interval '72 hours' END,
       CASE WHEN st IN ('DISPATCHED', 'DISPOSED', 'CLOSED', 'RETURNED') THEN at + interval '2 hours' END,
       at, at + interval '26 hours', CASE WHEN h % 50 = 0 THEN 'URGENT' ELSE 'NORMAL' END,
       'BENCH-D' || (k / 20), 'BENCH-S' || (r / 12) || '-' || (k / 20), 'BENCH-C' || (r / 6) || '-' || (k / 10),
       'BENCH-G' || r || '-' || k, at, CASE WHEN st = 'CLOSED' THEN 'RESOLVED' END
FROM (SELECT g, day, h, at, lat, lon, floor((lat - 29.0) / 1.4 * 60)::int AS r, floor((lon - 113.5) / 1.5 * 100)::int AS k,
             CASE WHEN day < date '2026-12-01' - 60 THEN
                      CASE WHEN h % 100 < 84 THEN 'CLOSED' WHEN h % 100 < 92 THEN 'NOT_FILED'
                           WHEN h % 100 < 97 THEN 'DUPLICATE' ELSE 'VOIDED' END
                  ELSE CASE h % 10 WHEN 0 THEN 'SUBMITTED' WHEN 1 THEN 'FILED' WHEN 2 THEN 'NOT_FILED'
                           WHEN 3 THEN 'DISPATCHED' WHEN 4 THEN 'DISPATCHED' WHEN 5 THEN 'RETURNED'
                           WHEN 6 THEN 'DISPOSED' ELSE 'CLOSED' END END AS st
      FROM (SELECT g, date '2026-12-01' - 1 - (g % 3650) AS day, hashint4(g) & 2147483647 AS h,
                   (date '2026-12-01' - 1 - (g % 3650))::timestamp AT TIME ZONE 'Asia/Shanghai'
                       + ((hashint4(g + 3) & 2147483647) % 86400) * interval '1 second' AS at,
                   29.0 + (hashint4(g + 5) & 1048575) / 1048576.0 * 1.4 AS lat,
                   113.5 + (hashint4(g + 7) & 1048575) / 1048576.0 * 1.5 AS lon
            FROM generate_series(:have, :count - 1) g) s0) s
JOIN cat c ON c.i = (s.h / 7) % :cats
JOIN phrase p ON p.i = s.g % 10
ORDER BY s.at, s.g;

-- the moves: reported; screened an hour later; dispatched, disposed and closed for the cases that got so far
CREATE TEMP TABLE fresh AS SELECT id, state, created_at, reporter_id FROM city_case
WHERE case_number LIKE 'XB-%' AND id > (SELECT coalesce(max(case_id), 0) FROM case_event);
INSERT INTO case_event (case_id, at, actor_id, actor_role, from_state, to_state, note, public_note)
SELECT * FROM (
SELECT id, created_at AS at, reporter_id, 'CITIZEN', NULL, 'SUBMITTED', NULL, true FROM fresh
UNION ALL
SELECT id, created_at + interval '1 hour', 'bench-screener', 'SCREENER', 'SUBMITTED',
       CASE WHEN state IN ('NOT_FILED', 'DUPLICATE', 'VOIDED') THEN state ELSE 'FILED' END, '已受理', true
FROM fresh WHERE state <> 'SUBMITTED'
UNION ALL
SELECT id, created_at + interval '2 hours', 'bench-screener', 'SCREENER', 'FILED', 'DISPATCHED', '派遣至责任部门', true
FROM fresh WHERE state IN ('DISPATCHED', 'DISPOSED', 'CLOSED', 'RETURNED')
UNION ALL
SELECT id, created_at + interval '5 hours', 'bench-handler', 'HANDLER', 'DISPATCHED', 'RETURNED', '非本部门职责', false
FROM fresh WHERE state = 'RETURNED'
UNION ALL
SELECT id, created_at + interval '20 hours', 'bench-handler', 'HANDLER', 'DISPATCHED', 'DISPOSED', '已处置', true
FROM fresh WHERE state IN ('DISPOSED', 'CLOSED')
UNION ALL
SELECT id, created_at + interval '26 hours', 'bench-inspector', 'INSPECTOR', 'DISPOSED', 'CLOSED', '核查通过，结案', true
FROM fresh WHERE state = 'CLOSED') moves
ORDER BY at, id;

-- photos: one or two with the report, one of the disposal for the cases disposed
INSERT INTO case_media (object_key, case_id, stage, kind, content_type, size_bytes, attached_at)
SELECT * FROM (
SELECT 'media/bench/' || id || '/' || n || '.jpg', id, 'REPORT', 'PHOTO', 'image/jpeg', 1800000 + n * 1000, created_at AS at
FROM fresh, generate_series(1, 2) n WHERE n = 1 OR id % 3 = 0
UNION ALL
SELECT 'media/bench/' || id || '/after.jpg', id, 'DISPOSAL', 'PHOTO', 'image/jpeg', 1500000, created_at + interval '20 hours'
FROM fresh WHERE state IN ('DISPOSED', 'CLOSED')) photos
ORDER BY at, id;
-- "still there" (我也遇到): one case in twenty has one to three supporters, which views and queues count
INSERT INTO case_support (case_id, account_id, at)
SELECT id, 'bench-citizen-' || (hashint4(id::int + n) & 262143) % 200000, created_at + n * interval '3 hours'
FROM fresh, generate_series(1, 3) n WHERE id % 20 = 0 AND n <= 1 + id % 3
ORDER BY 3
ON CONFLICT DO NOTHING;
COMMIT;

\echo rebuilding the indexes dropped for the load
SELECT def FROM kept_index \gexec
-- VACUUM as autovacuum would in a live database: without the visibility map a count over an index (a work
-- queue's length) reads the table too
VACUUM (ANALYZE) city_case;
ANALYZE case_event;
ANALYZE case_media;
ANALYZE area;
\echo digesting the new cases for the statistics rollups
SELECT stats_digest_missing() AS digested;
SELECT stats_fold() AS rollup_rows;
-- (VACUUM, as autovacuum would after a load: the visibility map lets case-stats read the cut and the rollup rows
-- from their indexes alone, V24)
VACUUM (ANALYZE) stats_case_digest;
VACUUM (ANALYZE) stats_received_rollup;
VACUUM (ANALYZE) stats_due_rollup;

-- Generates :count cases (and their events) for query benchmarks: two years of reports across every category,
-- the states of a working city, descriptions and places that text search can find. Usage:
--   psql -v count=1000000 -f bench/generate-cases.sql
-- Case numbers read XB-yyyyMMdd-NNNNNN (2000 a day), so they never meet the XN- numbers of real reports.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE phrase (i int, description text, address text);
INSERT INTO phrase VALUES
 (0, '金桂西路一棵行道树严重倾斜', '咸安区金桂西路'), (1, '垃圾桶满溢，气味难闻', '咸安区温泉路'),
 (2, '人行道上堆满建筑材料', '咸安区银泉大道'), (3, '井盖缺失，存在安全隐患', '咸安区永安大道'),
 (4, '流动摊贩占道经营', '嘉鱼县鱼岳镇'), (5, '渣土车沿途遗撒', '赤壁市蒲圻街道'),
 (6, '路灯不亮，夜间行人不便', '通城县隽水镇'), (7, '非法小广告张贴在公交站亭', '崇阳县天城镇'),
 (8, '道路积水影响通行', '通山县通羊镇'), (9, '施工噪声夜间扰民', '咸宁高新区长江大道');
CREATE TEMP TABLE cat AS SELECT row_number() OVER (ORDER BY code) - 1 AS i, code, default_department_code AS dept FROM category;
INSERT INTO city_case (case_number, state, category_code, description, address, lat, lon, reporter_id, source,
                       department_code, deadline, created_at, updated_at)
SELECT 'XB-' || to_char(day, 'YYYYMMDD') || '-' || lpad((g % 2000)::text, 6, '0'),
       st, c.code, p.description || '（编号' || g || '）', p.address || ' ' || (g % 300) || '号',
       29.0 + (hashint4(g) & 65535) / 65535.0 * 1.4, 113.5 + (hashint4(g + 7) & 65535) / 65535.0 * 1.5,
       'bench-citizen-' || (g % 50000), 'CITIZEN',
       CASE WHEN st IN ('DISPATCHED', 'DISPOSED', 'CLOSED', 'RETURNED') THEN c.dept END,
       CASE WHEN st IN ('DISPATCHED', 'DISPOSED', 'CLOSED', 'RETURNED') THEN at + interval '24 hours' END,
       at, at
FROM (SELECT g, date '2024-01-01' + (g / 2000) AS day,
             (date '2024-01-01' + (g / 2000))::timestamp AT TIME ZONE 'Asia/Shanghai' + ((g * 37) % 86400) * interval '1 second' AS at,
             CASE (g % 20) WHEN 0 THEN 'SUBMITTED' WHEN 1 THEN 'FILED' WHEN 2 THEN 'NOT_FILED' WHEN 3 THEN 'DUPLICATE'
                           WHEN 4 THEN 'DISPATCHED' WHEN 5 THEN 'DISPATCHED' WHEN 6 THEN 'RETURNED' WHEN 7 THEN 'DISPOSED'
                           ELSE 'CLOSED' END AS st
      FROM generate_series(0, :count - 1) g) s
JOIN cat c ON c.i = s.g % (SELECT count(*) FROM cat)
JOIN phrase p ON p.i = s.g % 10;
INSERT INTO case_event (case_id, at, actor_id, actor_role, from_state, to_state, note, public_note)
SELECT id, created_at, reporter_id, 'CITIZEN', NULL, 'SUBMITTED', NULL, true FROM city_case WHERE case_number LIKE 'XB-%';
INSERT INTO case_event (case_id, at, actor_id, actor_role, from_state, to_state, note, public_note)
SELECT id, created_at + interval '1 hour', 'bench-screener', 'SCREENER', 'SUBMITTED', state, '已处理', true
FROM city_case WHERE case_number LIKE 'XB-%' AND state <> 'SUBMITTED';
COMMIT;
ANALYZE city_case;
ANALYZE case_event;

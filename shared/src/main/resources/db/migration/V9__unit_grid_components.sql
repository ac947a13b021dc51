-- The unit grid (GB/T 30428.1, CJ/T 213) and the component register (CJ/T 214).

-- Areas nest: city boundary > district (区/县) > street (街道/乡镇) > community (社区/村) > grid (万米单元网格).
-- ZONE stays for routing-only areas. parent_code is checked by the import, not by a foreign key, so that a file
-- may list children before their parents. The bounding box (WGS-84) narrows point-in-polygon to a few rows.
ALTER TABLE area DROP CONSTRAINT area_kind_check;
ALTER TABLE area ADD CONSTRAINT area_kind_check
    CHECK (kind IN ('CITY', 'DISTRICT', 'STREET', 'COMMUNITY', 'GRID', 'ZONE'));
ALTER TABLE area ADD COLUMN parent_code varchar(32);
ALTER TABLE area ADD COLUMN min_lat double precision;
ALTER TABLE area ADD COLUMN max_lat double precision;
ALTER TABLE area ADD COLUMN min_lon double precision;
ALTER TABLE area ADD COLUMN max_lon double precision;
ALTER TABLE area ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
-- the areas saved before: their boxes from every [lon, lat] position of their GeoJSON (Polygon, MultiPolygon or a
-- Feature of one, as save-area accepted them; a Feature's properties are not positions)
UPDATE area a SET min_lat = b.min_lat, max_lat = b.max_lat, min_lon = b.min_lon, max_lon = b.max_lon
FROM (
    SELECT code, min((p ->> 1)::float8) AS min_lat, max((p ->> 1)::float8) AS max_lat,
           min((p ->> 0)::float8) AS min_lon, max((p ->> 0)::float8) AS max_lon
    FROM area, jsonb_path_query(coalesce(geojson::jsonb -> 'geometry', geojson::jsonb) -> 'coordinates', 'strict $.**') AS p
    WHERE jsonb_typeof(p) = 'array' AND jsonb_typeof(p -> 0) = 'number'
    GROUP BY code
) b
WHERE a.code = b.code;
ALTER TABLE area ALTER COLUMN min_lat SET NOT NULL;
ALTER TABLE area ALTER COLUMN max_lat SET NOT NULL;
ALTER TABLE area ALTER COLUMN min_lon SET NOT NULL;
ALTER TABLE area ALTER COLUMN max_lon SET NOT NULL;
-- A GiST index on the box (PostgreSQL's own geometric types, no extension): "which boxes hold this point" is a
-- two-dimensional question a b-tree cannot answer without scanning half the table.
CREATE INDEX area_box_idx ON area USING gist (box(point(min_lon, min_lat), point(max_lon, max_lat))) WHERE active;
CREATE INDEX area_parent_idx ON area (parent_code);

-- 部件: one registered object (a manhole cover, a street light). The id follows CJ/T 214: area code + 大类 + 小类
-- + serial. Its position is WGS-84 like every stored point.
CREATE TABLE component (
    id                          varchar(32)  PRIMARY KEY,
    category_code               varchar(16)  NOT NULL REFERENCES category (code),
    name                        varchar(100) NOT NULL,
    lat                         double precision NOT NULL,
    lon                         double precision NOT NULL,
    owner_department_code       varchar(32)  REFERENCES department (code),
    maintainer_department_code  varchar(32)  NOT NULL REFERENCES department (code),
    state                       varchar(16)  NOT NULL CHECK (state IN ('IN_USE', 'DAMAGED', 'REMOVED')),
    attributes                  text,
    updated_at                  timestamptz  NOT NULL
);
CREATE INDEX component_lat_lon_idx ON component (lat, lon);

-- Where a case lies, decided once at intake from the polygons, and the component it names.
ALTER TABLE city_case ADD COLUMN district_code varchar(32);
ALTER TABLE city_case ADD COLUMN street_code varchar(32);
ALTER TABLE city_case ADD COLUMN community_code varchar(32);
ALTER TABLE city_case ADD COLUMN grid_code varchar(32);
ALTER TABLE city_case ADD COLUMN component_id varchar(32) REFERENCES component (id);
CREATE INDEX city_case_grid_idx ON city_case (grid_code, created_at) WHERE grid_code IS NOT NULL;
CREATE INDEX city_case_community_idx ON city_case (community_code, created_at) WHERE community_code IS NOT NULL;
CREATE INDEX city_case_street_idx ON city_case (street_code, created_at) WHERE street_code IS NOT NULL;
CREATE INDEX city_case_district_idx ON city_case (district_code, created_at) WHERE district_code IS NOT NULL;
CREATE INDEX city_case_component_idx ON city_case (component_id, created_at) WHERE component_id IS NOT NULL;

-- The monthly bulletin ranks streets too.
ALTER TABLE bulletin ADD COLUMN streets_json text;

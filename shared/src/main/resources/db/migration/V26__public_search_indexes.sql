-- City scale (#19): an anonymous search by state, by category or around a point answers from one index, whichever
-- value it names, and counts its matches (capped at 10 001) from the index alone.
--
-- Why: the pool keeps its statements prepared, so after five calls PostgreSQL plans `state IN ($1)` once for every
-- value (a generic plan). At ten million cases that plan counted a state's matches with a scan of the table from its
-- first block: for a rare state (RETURNED: 16 000 of 10 M) 405 000 blocks (3.2 GB) read per anonymous call, 3–5 s
-- each. A category's count read its oldest, coldest rows one block each (9 000 blocks), and a 2 km radius scanned a
-- band of latitude across the whole city. Each index below holds only public cases (the filter every public search
-- carries), so the count needs no table block, and its order is the page's, so the page reads 20 rows.
--
-- Upgrading a large city: the three builds hold the table's writes (reports, moves) until they end, about a minute
-- together at ten million cases on two cores. (Not CONCURRENTLY: Flyway runs such a script outside a transaction
-- while holding its own lock, which the build then waits for.)

CREATE INDEX city_case_public_state_idx ON city_case (state, created_at DESC, id DESC)
    WHERE NOT hidden AND NOT is_private;

CREATE INDEX city_case_public_category_idx ON city_case (category_code, created_at DESC, id DESC)
    WHERE NOT hidden AND NOT is_private;

-- Around a point: the box that bounds the radius is found in the R-tree; the distance (measured from each case's
-- public, rounded point: CaseSearchService.near) and the page's order are read from the included columns.
CREATE INDEX city_case_public_point_idx ON city_case USING gist (point(lon, lat)) INCLUDE (lat, lon, created_at, id)
    WHERE NOT hidden AND NOT is_private;

-- Its only reader was the radius search, now on the index above.
DROP INDEX city_case_lat_lon_idx;

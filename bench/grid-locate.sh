#!/usr/bin/env bash
# Unit-grid benchmarks — not tests. On the all-in-one app (embedded defaults, its 64 demo grids):
#  (a) import-areas: 10 000 grids (a 100 x 100 block of ~100 m cells) and their community, street and district,
#      sent in one call (an admin's import may carry 16 MB) — areas saved per second;
#  (b) the placement query intake runs for every report (AreaLocator: the active units whose bounding box holds
#      the point; JTS then decides on those few rows) with pgbench, at 64 grids and at 10 064, as a ratio;
#  (c) its plan at 10 064 grids.
# Writes its section of BENCHMARKS.md. Usage: bench/grid-locate.sh   (knobs: BENCH_DURATION=10 BENCH_CONNECTIONS=8)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

DURATION=${BENCH_DURATION:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
INFRA_PORT=18080
FN_PORT=18081 # lib.sh wants one; this benchmark starts no function of its own

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
PSQL=(psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres)
ADMIN=$(dev_token bench-admin admin)

# The placement query for a random point of the block (AreaLocator.BOXES_HOLDING_A_POINT, as it runs for intake).
cat >"$WORK/locate.sql" <<'SQL'
\set lat 29.70 + random(0, 99999) / 1000000.0
\set lon 114.20 + random(0, 99999) / 1000000.0
SELECT * FROM area WHERE active AND kind IN ('DISTRICT', 'STREET', 'COMMUNITY', 'GRID')
  AND box(point(min_lon, min_lat), point(max_lon, max_lat)) @> box(point(:lon, :lat), point(:lon, :lat));
SQL
locate() { # label → "tps p50-ish(avg latency ms)"
    pgbench -n -h 127.0.0.1 -p "$PG_PORT" -U postgres -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" \
        -f "$WORK/locate.sql" postgres 2>/dev/null | awk '/^tps/ {tps=$3} /latency average/ {lat=$4} END {print tps, lat}'
}
GRIDS_BEFORE=$("${PSQL[@]}" -At -c "select count(*) from area where kind = 'GRID'")
read -r TPS_SMALL LAT_SMALL < <(locate small)
log "placement at $GRIDS_BEFORE grids: $TPS_SMALL/s, $LAT_SMALL ms"

log "making 10 000 grids"
python3 - "$WORK/grids.geojson" <<'PY'
import json, sys
def square(lat, lon, side):
    return {"type": "Polygon", "coordinates": [[[lon, lat], [lon + side, lat], [lon + side, lat + side],
                                                [lon, lat + side], [lon, lat]]]}
f = [{"type": "Feature", "properties": {"code": "BD", "name": "基准区", "kind": "DISTRICT"}, "geometry": square(29.69, 114.19, 0.12)},
     {"type": "Feature", "properties": {"code": "BS", "name": "基准街道", "kind": "STREET", "parentCode": "BD"}, "geometry": square(29.70, 114.20, 0.1)},
     {"type": "Feature", "properties": {"code": "BC", "name": "基准社区", "kind": "COMMUNITY", "parentCode": "BS"}, "geometry": square(29.70, 114.20, 0.1)}]
for r in range(100):
    for c in range(100):
        f.append({"type": "Feature", "properties": {"code": "BG%02d%02d" % (r, c), "name": "基准网格 %d-%d" % (r, c),
                  "kind": "GRID", "parentCode": "BC"},
                  "geometry": square(round(29.70 + r * 0.001, 3), round(114.20 + c * 0.001, 3), 0.001)})
json.dump({"type": "FeatureCollection", "coordSystem": "WGS84", "features": f}, open(sys.argv[1], "w"))
PY
t0=$(date +%s.%N)
curl -s -X POST "http://127.0.0.1:$INFRA_PORT/import-areas" -H "Authorization: Bearer $ADMIN" \
    -H 'Content-Type: application/json' --data-binary @"$WORK/grids.geojson" \
    | jq -c '{saved, refused: (.refused | length)}' >"$WORK/import.log"
IMPORT_S=$(echo "$(date +%s.%N) - $t0" | bc)
SAVED=$(jq -s 'map(.saved) | add' "$WORK/import.log")
REFUSED=$(jq -s 'map(.refused) | add' "$WORK/import.log")
GRIDS_AFTER=$("${PSQL[@]}" -At -c "select count(*) from area where kind = 'GRID'")
log "imported $SAVED areas in $IMPORT_S s ($REFUSED refused)"
"${PSQL[@]}" -c "analyze area"
read -r TPS_LARGE LAT_LARGE < <(locate large)
log "placement at $GRIDS_AFTER grids: $TPS_LARGE/s, $LAT_LARGE ms"
PLAN=$("${PSQL[@]}" -At -c "explain analyze SELECT * FROM area WHERE active AND kind IN
  ('DISTRICT', 'STREET', 'COMMUNITY', 'GRID') AND box(point(min_lon, min_lat), point(max_lon, max_lat))
  @> box(point(114.25, 29.75), point(114.25, 29.75))")

cat >"$WORK/section.md" <<MD
## Placing a report in the unit grid at 10 000 grids

Measured by \`bench/grid-locate.sh\` (BENCH_DURATION=$DURATION, BENCH_CONNECTIONS=$CONNECTIONS) on $(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1). The all-in-one app on its embedded defaults; 10 000 grids of about 100 m × 100 m (a 100 × 100 block) with their community, street and district imported through \`import-areas\` in one call of $(du -k "$WORK/grids.geojson" | cut -f1) KB. pgbench (prepared) runs the placement query intake issues for every report — the active units whose bounding box holds a random point of the block, on a GiST index of the boxes; JTS then decides among the few rows it returns. Before the import the block's points lie in no area (no row); after it, each query returns the point's grid, community, street and district with their GeoJSON, so the ratio prices four rows read against none.

| | grids | placement queries per second | average latency (ms) |
|---|---:|---:|---:|
| demo data only | $GRIDS_BEFORE | $TPS_SMALL | $LAT_SMALL |
| after the import | $GRIDS_AFTER | $TPS_LARGE | $LAT_LARGE |
| ratio (after / before) | | $(echo "scale=2; $TPS_LARGE / $TPS_SMALL" | bc) | |

Import: $SAVED areas saved, $REFUSED refused, in $(printf '%.1f' "$IMPORT_S") s, one HTTP call ($(echo "scale=0; $SAVED / $IMPORT_S" | bc) areas per second). The plan at $GRIDS_AFTER grids:

\`\`\`
$(echo "$PLAN" | head -8)
\`\`\`
MD
write_section grid-locate "$WORK/section.md"
log "wrote the grid-locate section of BENCHMARKS.md"

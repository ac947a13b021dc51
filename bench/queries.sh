#!/usr/bin/env bash
# Query benchmarks at scale — not tests. Generates BENCH_CASES cases (default 1 000 000, with their events) in the
# embedded PostgreSQL, then measures over loopback with wrk, against the status-query function alone:
#  (a) get-case by number (random numbers),
#  (b) a combined search-cases (category + state + period + radius, random centres),
# each against pgbench running the same SQL statements on the same database, as a ratio. Writes its section of
# BENCHMARKS.md. Usage: bench/queries.sh   (knobs: BENCH_CASES BENCH_DURATION=10 BENCH_CONNECTIONS=8)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

CASES=${BENCH_CASES:-1000000}
DURATION=${BENCH_DURATION:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
INFRA_PORT=18080
FN_PORT=18081

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

PSQL=(psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres)
log "generating $CASES cases"
t0=$(date +%s)
"${PSQL[@]}" -v count="$CASES" -f "$ROOT/bench/generate-cases.sql"
log "generated in $(($(date +%s) - t0)) s"

env "${FN_ENV[@]}" java -jar functions/status-query/target/quarkus-app/quarkus-run.jar >"$WORK/status-query.log" 2>&1 &
PIDS+=($!)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$FN_PORT/case-stats")" = 200 ]; do sleep 0.1; done

# Random case numbers for lookups; random centres for searches (both the same for wrk and pgbench).
"${PSQL[@]}" -At -c "select case_number from city_case where case_number like 'XB-%' order by random() limit 20000" \
    >"$WORK/numbers.txt"

cat >"$WORK/lookup.lua" <<'LUA'
-- GET /get-case?caseNumber=<random existing number>
function init(args)
  numbers = {}
  for line in io.lines(os.getenv("BENCH_NUMBERS")) do numbers[#numbers + 1] = line end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end
function request()
  return wrk.format("GET", "/get-case?caseNumber=" .. numbers[math.random(#numbers)])
end
LUA
cat >"$WORK/search.lua" <<'LUA'
-- GET /search-cases with category + state + period + a 2 km radius around a random point of the city
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end
function request()
  local lat = 29.0 + math.random() * 1.4
  local lon = 113.5 + math.random() * 1.5
  return wrk.format("GET", string.format(
    "/search-cases?category=01-04-02&state=CLOSED&from=2024-03-01&to=2025-02-28&lat=%.5f&lon=%.5f&radius=2000&size=20",
    lat, lon))
end
LUA

to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); print v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v); print v} else if (v ~ /s$/) {sub(/s$/,"",v); print v*1000}}'; }
run_wrk() { # name script
    BENCH_NUMBERS="$WORK/numbers.txt" wrk -t2 -c"$CONNECTIONS" -d3s -s "$2" "http://127.0.0.1:$FN_PORT" >/dev/null
    BENCH_NUMBERS="$WORK/numbers.txt" wrk -t2 -c"$CONNECTIONS" -d"$DURATION"s --latency -s "$2" \
        "http://127.0.0.1:$FN_PORT" | tee "$WORK/wrk-$1.txt" >&2
    WRK_RPS[$1]=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$1.txt")
    WRK_P50[$1]=$(awk '$1 == "50%" {print $2}' "$WORK/wrk-$1.txt" | to_ms)
    WRK_P99[$1]=$(awk '$1 == "99%" {print $2}' "$WORK/wrk-$1.txt" | to_ms)
    WRK_NON2XX[$1]=$(awk '/Non-2xx/ {print $5}' "$WORK/wrk-$1.txt")
}
run_pgbench() { # name script
    (cd "$WORK" && rm -f "pgb-$1".* && pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" -l \
        --log-prefix="pgb-$1" -f "$2" -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres \
        >"$WORK/pgbench-$1.txt" 2>&1) || { cat "$WORK/pgbench-$1.txt" >&2; exit 1; }
    PGB_TPS[$1]=$(awk '/^tps/ {print $3; exit}' "$WORK/pgbench-$1.txt")
    cat "$WORK"/pgb-"$1".* | awk '{print $3 / 1000}' | sort -n >"$WORK/pgb-$1.lat"
    local n
    n=$(wc -l <"$WORK/pgb-$1.lat")
    PGB_P50[$1]=$(awk -v n="$n" 'NR == int(n * 0.50) + 1 {print; exit}' "$WORK/pgb-$1.lat")
    PGB_P99[$1]=$(awk -v n="$n" 'NR == int(n * 0.99) + 1 {print; exit}' "$WORK/pgb-$1.lat")
}

# pgbench scripts: the statements the function runs for one call. Case numbers are looked up by a random offset
# into the same sample (a table loaded from the numbers file), the search centre is random like wrk's.
"${PSQL[@]}" -c "create table if not exists bench_numbers (i serial primary key, case_number varchar(40))" \
    -c "truncate bench_numbers" -c "\\copy bench_numbers (case_number) from '$WORK/numbers.txt'"
cat >"$WORK/lookup.sql" <<'SQL'
\set i random(1, 20000)
SELECT case_number AS n FROM bench_numbers WHERE i = :i \gset
SELECT * FROM city_case WHERE case_number = :n \gset c_
SELECT * FROM category WHERE code = :c_category_code;
SELECT * FROM department WHERE code = (SELECT department_code FROM city_case WHERE id = :c_id);
SELECT * FROM case_event WHERE case_id = :c_id ORDER BY id;
SELECT * FROM case_media WHERE case_id = :c_id ORDER BY attached_at, object_key;
SQL
cat >"$WORK/search.sql" <<'SQL'
\set la random(0, 1400000)
\set lo random(0, 1500000)
SELECT * FROM category;
SELECT * FROM department;
SELECT c.* FROM city_case c WHERE (c.category_code = '01-04-02' OR c.category_code IN (SELECT code FROM category WHERE name ILIKE '%01-04-02%' ESCAPE '\' OR name_en ILIKE '%01-04-02%' ESCAPE '\')) AND c.state IN ('CLOSED') AND c.created_at >= '2024-02-29T16:00:00Z' AND c.created_at < '2025-02-28T16:00:00Z' AND c.lat BETWEEN 29.0 + (:la)::float8 / 1000000.0 - 0.018 AND 29.0 + (:la)::float8 / 1000000.0 + 0.018 AND c.lon BETWEEN 113.5 + (:lo)::float8 / 1000000.0 - 0.0207 AND 113.5 + (:lo)::float8 / 1000000.0 + 0.0207 AND 2 * 6371008.8 * asin(sqrt(power(sin(radians(c.lat - (29.0 + (:la)::float8 / 1000000.0)) / 2), 2) + cos(radians(29.0 + (:la)::float8 / 1000000.0)) * cos(radians(c.lat)) * power(sin(radians(c.lon - (113.5 + (:lo)::float8 / 1000000.0)) / 2), 2))) <= 2000 ORDER BY c.created_at DESC, c.id DESC LIMIT 20 OFFSET 0;
SELECT count(*) FROM city_case c WHERE (c.category_code = '01-04-02' OR c.category_code IN (SELECT code FROM category WHERE name ILIKE '%01-04-02%' ESCAPE '\' OR name_en ILIKE '%01-04-02%' ESCAPE '\')) AND c.state IN ('CLOSED') AND c.created_at >= '2024-02-29T16:00:00Z' AND c.created_at < '2025-02-28T16:00:00Z' AND c.lat BETWEEN 29.0 + (:la)::float8 / 1000000.0 - 0.018 AND 29.0 + (:la)::float8 / 1000000.0 + 0.018 AND c.lon BETWEEN 113.5 + (:lo)::float8 / 1000000.0 - 0.0207 AND 113.5 + (:lo)::float8 / 1000000.0 + 0.0207 AND 2 * 6371008.8 * asin(sqrt(power(sin(radians(c.lat - (29.0 + (:la)::float8 / 1000000.0)) / 2), 2) + cos(radians(29.0 + (:la)::float8 / 1000000.0)) * cos(radians(c.lat)) * power(sin(radians(c.lon - (113.5 + (:lo)::float8 / 1000000.0)) / 2), 2))) <= 2000;
SQL

declare -A WRK_RPS WRK_P50 WRK_P99 WRK_NON2XX PGB_TPS PGB_P50 PGB_P99
log "get-case by number: wrk"
run_wrk lookup "$WORK/lookup.lua"
log "get-case by number: pgbench"
run_pgbench lookup "$WORK/lookup.sql"
log "combined search: wrk"
run_wrk search "$WORK/search.lua"
log "combined search: pgbench"
run_pgbench search "$WORK/search.sql"
PLAN=$("${PSQL[@]}" -At -c "EXPLAIN SELECT c.* FROM city_case c WHERE c.category_code = '01-04-02' AND c.state IN ('CLOSED') AND c.created_at >= '2024-02-29T16:00:00Z' AND c.created_at < '2025-02-28T16:00:00Z' AND c.lat BETWEEN 29.8 AND 29.836 AND c.lon BETWEEN 114.3 AND 114.34 ORDER BY c.created_at DESC, c.id DESC LIMIT 20" | head -3 | sed 's/^/    /')
TOTAL=$("${PSQL[@]}" -At -c "select count(*) from city_case")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
{
    echo "## Queries at $TOTAL cases"
    echo
    echo "Measured by \`bench/queries.sh\` (BENCH_CASES=$CASES, BENCH_DURATION=$DURATION, BENCH_CONNECTIONS=$CONNECTIONS)" \
        "on $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1). wrk against the status-query function" \
        "alone after a 3 s warm-up; pgbench (prepared, $CONNECTIONS clients) runs the statements the function issues" \
        "for one call on the same PostgreSQL. Lookups pick random numbers out of 20 000 sampled cases; searches" \
        "combine category, state, a one-year period and a 2 km radius around a random point of the city."
    echo
    echo "| call | per second | p50 (ms) | p99 (ms) | pgbench per second | pgbench p50 | pgbench p99 | × pgbench (throughput) |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    for q in lookup search; do
        name=$([ "$q" = lookup ] && echo "get-case by number" || echo "combined search-cases")
        echo "| $name | ${WRK_RPS[$q]} | ${WRK_P50[$q]} | ${WRK_P99[$q]} | ${PGB_TPS[$q]} | ${PGB_P50[$q]} |" \
            "${PGB_P99[$q]} | $(ratio "${WRK_RPS[$q]}" "${PGB_TPS[$q]}") |"
    done
    echo
    echo "Non-2xx answers: lookup ${WRK_NON2XX[lookup]:-0}, search ${WRK_NON2XX[search]:-0}. The search's plan starts:"
    echo
    echo '```'
    echo "$PLAN"
    echo '```'
} >"$WORK/section.md"
write_section queries "$WORK/section.md"
cat "$WORK/section.md"

#!/usr/bin/env bash
# Reads at city scale — not tests. Grows the bench cases to BENCH_CASES (default 10 000 000: ten years of a large
# city, with events, photos and a unit grid; bench/generate-cases.sql) and measures every read a user makes, each
# against its ceiling measured in the same run: pgbench running the fewest statements that produce the same answer
# on the same database. The functions are warmed first (BENCH_WARMUP s, at least 45, of all their reads mixed) and
# the JIT's compilations during the measurements are reported. Writes the "queries" section of BENCHMARKS.md.
#
# Usage: bench/queries.sh
#   BENCH_CASES=10000000 BENCH_DURATION=15 BENCH_CONNECTIONS=8 BENCH_WARMUP=60
#   BENCH_DATA_DIR=/var/tmp/suishoupai-bench   keep the database between runs (generation takes long; a smaller
#                                              database there grows to BENCH_CASES, so 1 M then 10 M is two runs)
#   BENCH_SKIP_BUILD=1                         use the functions as built
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

CASES=${BENCH_CASES:-10000000}
DURATION=${BENCH_DURATION:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
WARMUP=${BENCH_WARMUP:-60}
[ "$WARMUP" -ge 45 ] || { echo "BENCH_WARMUP must be at least 45 s: a colder JVM measures its JIT, not the code" >&2; exit 2; }
INFRA_PORT=18080
FN_PORT=18081
QUEUE_PORT=18082

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
need jstat openjdk-17-jdk-headless

PSQL=(psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres)
log "growing the bench cases to $CASES"
t0=$(date +%s)
"${PSQL[@]}" -v count="$CASES" -f "$ROOT/bench/generate-cases.sql"
GENERATED_IN=$(($(date +%s) - t0))
TOTAL=$("${PSQL[@]}" -At -c "select count(*) from city_case")
DB_SIZE=$("${PSQL[@]}" -At -c "select pg_size_pretty(pg_database_size('postgres'))")
log "$TOTAL cases ($DB_SIZE) after $GENERATED_IN s"
[ -n "${BENCH_GENERATE_ONLY:-}" ] && exit 0

# --- the functions under test: status-query (the public reads, Open311) and triage-routing (work-queue) ---------
start_fn() { # module port
    # statistics: 2 connections against a gate of 4, and text searches: the bench's connections against a gate of as
    # many, so wrk measures the query rather than the gates' 503s (a city keeps the defaults: README, configuration)
    env "${FN_ENV[@]}" QUARKUS_HTTP_PORT="$2" SUISHOUPAI_STATS_MAX_CONCURRENT=4 \
        SUISHOUPAI_SEARCH_TEXT_MAX_CONCURRENT="$CONNECTIONS" java -jar "functions/$1/target/quarkus-app/quarkus-run.jar" \
        >"$WORK/$1.log" 2>&1 &
    PIDS+=($!)
    FN_PID[$1]=$!
    until curl -s -o /dev/null "http://127.0.0.1:$2/q/health/live"; do sleep 0.2; done
}
declare -A FN_PID
start_fn status-query "$FN_PORT"
start_fn triage-routing "$QUEUE_PORT"

# --- samples: the same random inputs for wrk and pgbench ---------------------------------------------------------
"${PSQL[@]}" <<'SQL'
DROP TABLE IF EXISTS bench_numbers, bench_citizens, bench_categories, bench_grids, bench_departments;
CREATE TABLE bench_numbers AS SELECT row_number() OVER () AS i, case_number FROM
    (SELECT case_number FROM city_case TABLESAMPLE BERNOULLI (least(100, 4000000.0 / (SELECT greatest(reltuples, 1) FROM pg_class WHERE relname = 'city_case')))
     WHERE case_number LIKE 'XB-%' LIMIT 20000) s;
CREATE TABLE bench_citizens AS SELECT row_number() OVER () AS i, 'bench-citizen-' || n AS reporter_id
    FROM generate_series(1, 200) n;
CREATE TABLE bench_categories AS SELECT row_number() OVER (ORDER BY code) AS i, code FROM category;
CREATE TABLE bench_grids AS SELECT row_number() OVER (ORDER BY code) AS i, code FROM area WHERE code LIKE 'BENCH-G%';
CREATE TABLE bench_departments AS SELECT row_number() OVER (ORDER BY code) AS i, code FROM department
    WHERE code IN (SELECT DISTINCT department_code FROM city_case WHERE state = 'DISPATCHED');
SQL
count_of() { "${PSQL[@]}" -At -c "select count(*) from $1"; }
N_NUMBERS=$(count_of bench_numbers)
N_CATEGORIES=$(count_of bench_categories)
N_GRIDS=$(count_of bench_grids)
N_DEPARTMENTS=$(count_of bench_departments)
DEPT=$("${PSQL[@]}" -At -c "select code from bench_departments order by i limit 1")

# Tokens: citizens for my-cases, a handler of one department for its queue.
token() { # sub role [dept]
    local extra=""
    [ -n "${3:-}" ] && extra=",\"dept\":\"$3\""
    curl -s -X POST "http://127.0.0.1:$INFRA_PORT/dev/token" -H 'Content-Type: application/json' \
        -d "{\"sub\":\"$1\",\"roles\":[\"$2\"]$extra}" | jq -r .token
}
for n in $(seq 1 200); do echo "$(token "bench-citizen-$n" citizen)"; done >"$WORK/citizens.tokens"
HANDLER=$(token bench-handler handler "$DEPT")

# One file of requests per read: "path<TAB>token" per line; wrk picks lines at random.
rand_lines() { # count awk-program  (awk gets srand'ed and prints lines)
    awk -v n="$1" "BEGIN { srand(42); $2 }"
}
"${PSQL[@]}" -At -c "select case_number from bench_numbers" | sed 's|^|/get-case?caseNumber=|' >"$WORK/get-case.req"
"${PSQL[@]}" -At -c "select code from bench_categories" | sed 's|^|/search-cases?size=20\&category=|' >"$WORK/search-category.req"
printf '/search-cases?size=20&state=%s\n' SUBMITTED FILED DISPATCHED DISPOSED CLOSED RETURNED >"$WORK/search-state.req"
rand_lines 2000 'for (i = 0; i < n; i++) { d = int(rand() * 3600); printf "/search-cases?size=20&from=%s&to=%s\n", strftime("%Y-%m-%d", 1480550400 + d * 86400, 1), strftime("%Y-%m-%d", 1480550400 + (d + 30) * 86400, 1) }' >"$WORK/search-period.req"
rand_lines 2000 'for (i = 0; i < n; i++) printf "/search-cases?size=20&lat=%.5f&lon=%.5f&radius=2000\n", 29.0 + rand() * 1.4, 113.5 + rand() * 1.5' >"$WORK/search-radius.req"
printf '/search-cases?size=20&q=%s\n' '%E4%BA%95%E7%9B%96' '%E8%B7%AF%E7%81%AF' '%E5%9E%83%E5%9C%BE' '%E7%A7%AF%E6%B0%B4' >"$WORK/search-text.req"
"${PSQL[@]}" -At -c "select code from bench_grids" | sed 's|^|/search-cases?size=20\&grid=|' >"$WORK/search-grid.req"
"${PSQL[@]}" -At -c "select code from bench_categories" | rand_lines 2000 'while ((getline c < "/dev/stdin") > 0) cats[k++] = c; for (i = 0; i < n; i++) { y = 2017 + int(rand() * 9); printf "/search-cases?size=20&category=%s&state=CLOSED&from=%d-01-01&to=%d-01-01&lat=%.5f&lon=%.5f&radius=2000\n", cats[int(rand() * k)], y, y + 1, 29.0 + rand() * 1.4, 113.5 + rand() * 1.5 }' >"$WORK/search-combined.req"
while read -r t; do printf '/my-cases?size=20\t%s\n' "$t"; done <"$WORK/citizens.tokens" >"$WORK/my-cases.req"
printf '/work-queue?queue=DEPARTMENT&size=20\t%s\n' "$HANDLER" >"$WORK/work-queue.req"
rand_lines 500 'for (i = 0; i < n; i++) { d = int(rand() * 3600); printf "/open311/v2/requests.json?start_date=%sT00:00:00%%2B08:00&end_date=%sT00:00:00%%2B08:00\n", strftime("%Y-%m-%d", 1480550400 + d * 86400, 1), strftime("%Y-%m-%d", 1480550400 + (d + 90) * 86400, 1) }' >"$WORK/open311-requests.req"
# periods as instants at the city's midnights ([from, to), as the pgbench ceiling reads them): a date in "to" means
# the end of that day, so to=2025-01-01 would ask for 367 days of a leap year (refused: the public gets 366)
CITY_MIDNIGHT='T00:00:00%%2B08:00'
rand_lines 500 'for (i = 0; i < n; i++) { y = 2017 + int(rand() * 9); m = 1 + int(rand() * 12); printf "/case-stats?from=%d-%02d-01'"$CITY_MIDNIGHT"'&to=%d-%02d-01'"$CITY_MIDNIGHT"'\n", y, m, (m == 12 ? y + 1 : y), (m == 12 ? 1 : m + 1) }' >"$WORK/stats-month.req"
for y in $(seq 2017 2025); do printf "/case-stats?from=%d-01-01$CITY_MIDNIGHT&to=%d-01-01$CITY_MIDNIGHT\n" "$y" $((y + 1)); done >"$WORK/stats-year.req"
for y in $(seq 2017 2025); do printf "/case-stats?from=%d-01-01$CITY_MIDNIGHT&to=%d-01-01$CITY_MIDNIGHT&department=%s\n" "$y" $((y + 1)) "$DEPT"; done >"$WORK/stats-year-department.req"
for y in $(seq 2017 2025); do printf "/case-stats?from=%d-01-01$CITY_MIDNIGHT&to=%d-01-01$CITY_MIDNIGHT&groupBy=DEPARTMENT\n" "$y" $((y + 1)); done >"$WORK/stats-year-by-department.req"
for y in $(seq 2017 2025); do printf "/case-stats?from=%d-01-01$CITY_MIDNIGHT&to=%d-01-01$CITY_MIDNIGHT&groupBy=SOURCE\n" "$y" $((y + 1)); done >"$WORK/stats-year-by-source.req"
rand_lines 100 'for (i = 0; i < n; i++) { y = 2017 + int(rand() * 9); m = 1 + int(rand() * 12); printf "/case-stats?groupBy=GRID&from=%d-%02d-01'"$CITY_MIDNIGHT"'&to=%d-%02d-01'"$CITY_MIDNIGHT"'\n", y, m, (m == 12 ? y + 1 : y), (m == 12 ? 1 : m + 1) }' >"$WORK/stats-month-by-grid.req"

cat >"$WORK/pick.lua" <<'LUA'
-- wrk: each request is a random line of BENCH_REQUESTS ("path" or "path<TAB>bearer token")
function init(args)
  lines = {}
  for line in io.lines(os.getenv("BENCH_REQUESTS")) do
    local path, tok = line:match("^([^\t]*)\t?(.*)$")
    lines[#lines + 1] = { path, tok }
  end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end
function request()
  local l = lines[math.random(#lines)]
  if l[2] ~= "" then
    return wrk.format("GET", l[1], { Authorization = "Bearer " .. l[2] })
  end
  return wrk.format("GET", l[1])
end
LUA

# --- ceilings: for each read, the fewest statements that produce its answer (pgbench, prepared) -----------------
V='29.0 + (:la)::float8 / 1000000.0'
O='113.5 + (:lo)::float8 / 1000000.0'
# the radius as search-cases writes it (CaseSearchService.near): the box on the R-tree of public cases, the distance
# from each case's public point, rounded in float8 as GeoPoint.roundedForPublicSql does
RLAT='(floor(c.lat * 1000 + 0.5) / 1000)'
RLON='(floor(c.lon * 1000 + 0.5) / 1000)'
BOX="c.lat BETWEEN $V - 0.0185 AND $V + 0.0185 AND c.lon BETWEEN $O - 0.021 AND $O + 0.021 AND point(c.lon, c.lat) <@ box(point($O - 0.021, $V - 0.0185), point($O + 0.021, $V + 0.0185))"
DISTANCE="2 * 6371008.8 * asin(least(1, sqrt(power(sin(radians($RLAT - ($V)) / 2), 2) + cos(radians($V)) * cos(radians($RLAT)) * power(sin(radians($RLON - ($O)) / 2), 2)))) <= 2000"
# SQL the code itself issues, printed from its constants (jshell on shared's classes)
java_constant() { # class field → the static String's value
    printf '%s\n' "var f = $1.class.getDeclaredField(\"$2\"); f.setAccessible(true);" \
        'System.out.println("<<<" + f.get(null) + ">>>");' '/exit' \
        | jshell -q --class-path "$(shared_classpath)" - 2>/dev/null \
        | sed 's/\x1b\[[0-9;]*m//g' | sed -n '/<<</,/>>>/p' | sed 's/.*<<<//; s/>>>.*//'
}
page_sql() { # WHERE → one statement: the page of 20 with its units' names, and the matches counted up to 10 001
    echo "SELECT (SELECT json_agg(p) FROM (SELECT c.*, (SELECT json_object_agg(a.code, a.name) FROM area a WHERE a.code IN (c.district_code, c.street_code, c.community_code, c.grid_code)) AS areas FROM city_case c WHERE NOT c.hidden AND NOT c.is_private AND $1 ORDER BY c.created_at DESC, c.id DESC LIMIT 20) p), (SELECT count(*) FROM (SELECT 1 FROM city_case c WHERE NOT c.hidden AND NOT c.is_private AND $1 LIMIT 10001) m);"
}
around_sql() { # other conditions ('' for none) → the statement of a search around a point (CaseSearchService.aroundStatement):
    # its first 10 001 matches from the box's indexes; the page the newest of them, or, past the window, the newest
    # cases walked with the distance alone
    local w="NOT c.hidden AND NOT c.is_private${1:+ AND $1}"
    local areas="(SELECT json_object_agg(a.code, a.name) FROM area a WHERE a.code IN (c.district_code, c.street_code, c.community_code, c.grid_code)) AS areas"
    echo "WITH m AS MATERIALIZED (SELECT c.id, c.created_at FROM city_case c WHERE $w AND $BOX AND $DISTANCE LIMIT 10001) SELECT t.n, CASE WHEN t.n <= 10000 THEN (SELECT json_agg(p) FROM (SELECT c.*, $areas FROM (SELECT id, created_at FROM m ORDER BY created_at DESC, id DESC LIMIT 20) q JOIN city_case c ON c.id = q.id) p) ELSE (SELECT json_agg(p) FROM (SELECT c.*, $areas FROM city_case c WHERE $w AND $DISTANCE ORDER BY c.created_at DESC, c.id DESC LIMIT 20) p) END FROM (SELECT count(*) AS n FROM m) t;"
}
{
    echo "\\set i random(1, $N_NUMBERS)"
    echo 'SELECT case_number AS n FROM bench_numbers WHERE i = :i \gset'
    # the statement get-case itself issues (CaseViewQuery.BY_NUMBER), printed from the code: one statement composing
    # the whole view, the public one ($2 false)
    java_constant io.suishoupai.shared.view.CaseViewQuery BY_NUMBER | sed 's/\$1/:n/; s/\$2/false/' | tr '\n' ' '
    echo ";"
} >"$WORK/get-case.sql"
{ echo "\\set k random(1, $N_CATEGORIES)"; echo 'SELECT code AS cat FROM bench_categories WHERE i = :k \gset'; page_sql "c.category_code = :cat"; } >"$WORK/search-category.sql"
{ echo '\set s random(0, 5)'; echo "SELECT (ARRAY['SUBMITTED','FILED','DISPATCHED','DISPOSED','CLOSED','RETURNED'])[:s::int + 1] AS st \\gset"; page_sql "c.state = :st"; } >"$WORK/search-state.sql"
{ echo '\set d random(0, 3600)'; page_sql "c.created_at >= (date '2016-12-01' + :d::int)::timestamp AT TIME ZONE 'Asia/Shanghai' AND c.created_at < (date '2016-12-01' + :d::int + 30)::timestamp AT TIME ZONE 'Asia/Shanghai'"; } >"$WORK/search-period.sql"
{ echo '\set la random(0, 1400000)'; echo '\set lo random(0, 1500000)'; around_sql ''; } >"$WORK/search-radius.sql"
{ echo '\set w random(0, 3)'; echo "SELECT (ARRAY['井盖','路灯','垃圾','积水'])[:w::int + 1] AS word \\gset"; page_sql "c.description ILIKE '%' || :word || '%'"; } >"$WORK/search-text.sql"
{ echo "\\set g random(1, $N_GRIDS)"; echo 'SELECT code AS grid FROM bench_grids WHERE i = :g \gset'; page_sql "c.grid_code = :grid"; } >"$WORK/search-grid.sql"
{ echo "\\set k random(1, $N_CATEGORIES)"; echo '\set y random(2017, 2025)'; echo '\set la random(0, 1400000)'; echo '\set lo random(0, 1500000)'
  echo 'SELECT code AS cat FROM bench_categories WHERE i = :k \gset'
  around_sql "c.category_code = :cat AND c.state = 'CLOSED' AND c.created_at >= make_date(:y::int, 1, 1)::timestamp AT TIME ZONE 'Asia/Shanghai' AND c.created_at < make_date(:y::int + 1, 1, 1)::timestamp AT TIME ZONE 'Asia/Shanghai'"; } >"$WORK/search-combined.sql"
{ echo '\set r random(1, 200)'; echo 'SELECT reporter_id AS who FROM bench_citizens WHERE i = :r \gset'
  echo "SELECT (SELECT json_agg(p) FROM (SELECT c.* FROM city_case c WHERE c.reporter_id = :who ORDER BY c.created_at DESC, c.id DESC LIMIT 20) p), (SELECT count(*) FROM city_case c WHERE c.reporter_id = :who);"; } >"$WORK/my-cases.sql"
{ echo "SELECT (SELECT json_agg(p) FROM (SELECT c.*, (SELECT a.name FROM area a WHERE a.code = c.grid_code) AS grid, ((SELECT count(*) FROM case_support s WHERE s.case_id = c.id) + (SELECT count(*) FROM city_case u JOIN case_support s ON s.case_id = u.id WHERE u.duplicate_of = c.case_number)) AS supporters FROM city_case c WHERE c.state = 'DISPATCHED' AND c.department_code = '$DEPT' ORDER BY c.deadline, c.id LIMIT 20) p), (SELECT count(*) FROM city_case c WHERE c.state = 'DISPATCHED' AND c.department_code = '$DEPT');"; } >"$WORK/work-queue.sql"
{ echo '\set d random(0, 3600)'
  # the statement the function issues (Open311ReadService.select): names come from its cache, not a join
  echo "SELECT c.case_number, c.state, c.description, c.address, c.category_code, c.department_code, c.created_at, c.updated_at, c.deadline, c.lat, c.lon, c.external_media_url, (SELECT e.note FROM case_event e WHERE e.case_id = c.id AND e.public_note AND e.note IS NOT NULL ORDER BY e.id DESC LIMIT 1) AS note FROM city_case c WHERE NOT c.hidden AND NOT c.is_private AND c.created_at >= (date '2016-12-01' + :d::int)::timestamp AT TIME ZONE 'Asia/Shanghai' AND c.created_at < (date '2016-12-01' + :d::int + 90)::timestamp AT TIME ZONE 'Asia/Shanghai' ORDER BY c.created_at DESC, c.id DESC LIMIT 1000;"; } >"$WORK/open311-requests.sql"

# case-stats' ceiling: the two statements it issues (the received cases, the cases due; from the rollups and the
# digests), printed from the code itself with the period, as-of, department and the whole days and months (of the
# rollups' zone) inside the period put in place (stats_statements and stats_sql in lib.sh)
for grouping in NONE DEPARTMENT SOURCE GRID; do stats_statements "$grouping"; done
MONTH_FROM="make_date(:y::int, :m::int, 1)::timestamp AT TIME ZONE 'Asia/Shanghai'"
MONTH_TO="(make_date(:y::int, :m::int, 1) + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai'"
YEAR_FROM="make_date(:y::int, 1, 1)::timestamp AT TIME ZONE 'Asia/Shanghai'"
YEAR_TO="make_date(:y::int + 1, 1, 1)::timestamp AT TIME ZONE 'Asia/Shanghai'"
{ echo '\set y random(2017, 2025)'; echo '\set m random(1, 12)'; stats_sql NONE "$MONTH_FROM" "$MONTH_TO" "''"; } >"$WORK/stats-month.sql"
{ echo '\set y random(2017, 2025)'; stats_sql NONE "$YEAR_FROM" "$YEAR_TO" "''"; } >"$WORK/stats-year.sql"
{ echo '\set y random(2017, 2025)'; stats_sql NONE "$YEAR_FROM" "$YEAR_TO" "'$DEPT'"; } >"$WORK/stats-year-department.sql"
{ echo '\set y random(2017, 2025)'; stats_sql DEPARTMENT "$YEAR_FROM" "$YEAR_TO" "''"; } >"$WORK/stats-year-by-department.sql"
{ echo '\set y random(2017, 2025)'; stats_sql SOURCE "$YEAR_FROM" "$YEAR_TO" "''"; } >"$WORK/stats-year-by-source.sql"
{ echo '\set y random(2017, 2025)'; echo '\set m random(1, 12)'; stats_sql GRID "$MONTH_FROM" "$MONTH_TO" "''"; } >"$WORK/stats-month-by-grid.sql"

# read | function port | connections | what it is
READS=(
    "get-case|$FN_PORT|$CONNECTIONS|get-case by number (public view)"
    "search-category|$FN_PORT|$CONNECTIONS|search-cases: category"
    "search-state|$FN_PORT|$CONNECTIONS|search-cases: state"
    "search-period|$FN_PORT|$CONNECTIONS|search-cases: a month"
    "search-radius|$FN_PORT|$CONNECTIONS|search-cases: 2 km radius"
    "search-text|$FN_PORT|$CONNECTIONS|search-cases: text (q)"
    "search-grid|$FN_PORT|$CONNECTIONS|search-cases: grid"
    "search-combined|$FN_PORT|$CONNECTIONS|search-cases: category + state + a year + 2 km"
    "my-cases|$FN_PORT|$CONNECTIONS|my-cases (200 citizens)"
    "work-queue|$QUEUE_PORT|$CONNECTIONS|work-queue: a department's queue"
    "open311-requests|$FN_PORT|2|Open311 requests.json: 90 days, 1 000 max"
    "stats-month|$FN_PORT|2|case-stats: the city, a month"
    "stats-year|$FN_PORT|2|case-stats: the city, a year"
    "stats-year-department|$FN_PORT|2|case-stats: one department, a year"
    "stats-year-by-department|$FN_PORT|2|case-stats: a year per department"
    "stats-year-by-source|$FN_PORT|2|case-stats: a year per source"
    "stats-month-by-grid|$FN_PORT|2|case-stats: a month per grid"
    # the latency a user sees at a city's load: one call at a time (2 000 reports a day is under one read a second),
    # the function and its ceiling alike; the rows above measure how the same reads hold up when 8 callers queue
    "get-case-1|$FN_PORT|1|get-case by number (public view), one caller"
    "search-combined-1|$FN_PORT|1|search-cases: category + state + a year + 2 km, one caller"
    "work-queue-1|$QUEUE_PORT|1|work-queue: a department's queue, one caller"
)
for read in get-case search-combined work-queue; do
    cp "$WORK/$read.req" "$WORK/$read-1.req"
    cp "$WORK/$read.sql" "$WORK/$read-1.sql"
done

compiled() { jstat -compiler "$1" | awk 'NR == 2 {print $1}'; }
declare -A RPS P50 P99 NON2XX TIMEOUTS CPU_MS JIT
run_wrk() { # name port connections duration
    local pid=${FN_PID[status-query]} t0 c0 j0
    [ "$2" = "$QUEUE_PORT" ] && pid=${FN_PID[triage-routing]}
    t0=$(cpu_ticks "$pid"); j0=$(compiled "$pid")
    # a 10 s timeout: wrk leaves a request that times out out of its latencies (its default is 2 s), so a read that
    # stalls would otherwise look fast and merely rare; the timeouts are counted in their own column
    BENCH_REQUESTS="$WORK/$1.req" wrk -t$(($3 < 2 ? 1 : 2)) -c"$3" -d"$4"s --timeout 10s --latency -s "$WORK/pick.lua" \
        "http://127.0.0.1:$2" >"$WORK/wrk-$1.txt" 2>&1
    local requests
    requests=$(awk '/requests in/ {print $1}' "$WORK/wrk-$1.txt")
    RPS[$1]=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$1.txt")
    P50[$1]=$(awk '$1 == "50%" {print $2}' "$WORK/wrk-$1.txt" | to_ms)
    P99[$1]=$(awk '$1 == "99%" {print $2}' "$WORK/wrk-$1.txt" | to_ms)
    NON2XX[$1]=$(awk '/Non-2xx/ {print $5}' "$WORK/wrk-$1.txt")
    TIMEOUTS[$1]=$(awk '/Socket errors/ {print $NF}' "$WORK/wrk-$1.txt")
    # the function's own CPU per answer (user + system, clock ticks of 10 ms): what a call costs on Lambda
    CPU_MS[$1]=$(awk -v a="$t0" -v b="$(cpu_ticks "$pid")" -v n="$requests" 'BEGIN {printf "%.2f", (b - a) * 10 / (n > 0 ? n : 1)}')
    JIT[$1]=$(($(compiled "$pid") - j0))
}
# --- warm-up: every read of each function, mixed, for WARMUP s; then the JIT's queue is read ------------------
# statistics stay out of the mix: at 10 M one takes seconds and would hold the warming connections
cat "$WORK"/{get-case,search-*,my-cases,open311-requests}.req >"$WORK/warm-status.req"
log "warming status-query and triage-routing for $WARMUP s"
BENCH_REQUESTS="$WORK/warm-status.req" wrk -t1 -c4 -d"$WARMUP"s -s "$WORK/pick.lua" "http://127.0.0.1:$FN_PORT" >/dev/null &
WARMING=$!
BENCH_REQUESTS="$WORK/work-queue.req" wrk -t1 -c2 -d"$WARMUP"s -s "$WORK/pick.lua" "http://127.0.0.1:$QUEUE_PORT" >/dev/null
wait "$WARMING"
sleep 2
WARM_JIT_STATUS=$(compiled "${FN_PID[status-query]}")

for entry in "${READS[@]}"; do
    IFS='|' read -r name port conns _ <<<"$entry"
    log "$name: wrk"
    run_wrk "$name" "$port" "$conns" "$DURATION"
    log "$name: pgbench"
    run_pgbench "$name" "$conns"
done

# --- plans: the statements a read runs, as PostgreSQL chose to run them --------------------------------------
explain() { # title sql
    echo "$1:"
    echo
    echo '```'
    "${PSQL[@]}" -At -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) $2" | sed 's/^/    /' | head -25
    echo '```'
    echo
}
# the pool keeps its statements prepared, so after five calls PostgreSQL may run one plan for every value (a generic
# plan): a public search's statement is shown as that plan, which must be as good for a rare value as for a common one
explain_generic() { # title "types" "sql with $1…" "values" [lines]
    echo "$1 (the generic plan, as the pool runs it after five calls):"
    echo
    echo '```'
    "${PSQL[@]}" -At -c "SET plan_cache_mode = force_generic_plan" -c "PREPARE q ($2) AS $3" \
        -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE q ($4)" | sed 's/^/    /' | head -"${5:-25}"
    echo '```'
    echo
}
PUBLIC_COUNT='SELECT count(*) FROM (SELECT 1 FROM city_case c WHERE NOT c.hidden AND NOT c.is_private AND'
SAMPLE=$("${PSQL[@]}" -At -c "select case_number from bench_numbers where i = 1")
CAT=$("${PSQL[@]}" -At -c "select code from bench_categories where i = 1")
PLANS=$(
    explain "get-case (the one statement, public)" "$(sed -n '3p' "$WORK/get-case.sql" | sed "s/:n/'$SAMPLE'/")"
    explain_generic "search-cases combined: the count and the page" "float8, float8, text" "$(around_sql "c.category_code = \$3 AND c.state = 'CLOSED' AND c.created_at >= '2024-01-01T00:00:00+08:00' AND c.created_at < '2025-01-01T00:00:00+08:00'" | sed 's/(:la)/$1/g; s/(:lo)/$2/g; s/;$//')" "800000, 800000, '$CAT'" 45
    explain_generic "search-cases by state (a rare one): the capped count" text "$PUBLIC_COUNT c.state IN (\$1) LIMIT 10001) m" "'RETURNED'"
    explain_generic "search-cases by category: the capped count" text "$PUBLIC_COUNT c.category_code IN (\$1) LIMIT 10001) m" "'$CAT'"
    explain_generic "search-cases, 2 km around a point: the count and the page" "float8, float8" "$(around_sql '' | sed 's/(:la)/$1/g; s/(:lo)/$2/g; s/;$//')" "800000, 800000" 45
    explain "work-queue (department): the page and the queue's length" "$(sed 's/;$//' "$WORK/work-queue.sql")"
    explain "case-stats: the city, 2024 (received cases)" "$(sed -n '2p' "$WORK/stats-year.sql" | sed 's/:y/2024/g; s/;$//')"
    explain "case-stats: the city, 2024 (cases due)" "$(sed -n '3p' "$WORK/stats-year.sql" | sed 's/:y/2024/g; s/;$//')"
    explain "intake's possible duplicates" "SELECT case_number, lat, lon FROM city_case WHERE category_code = '$CAT' AND created_at >= now() - interval '7 days' AND state NOT IN ('CLOSED', 'NOT_FILED', 'DUPLICATE', 'VOIDED') AND lat BETWEEN 29.8 AND 29.8009 AND lon BETWEEN 114.3 AND 114.301"
)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "–"}'; }
{
    echo "## Reads at $TOTAL cases"
    echo
    echo "Measured by \`bench/queries.sh\` (BENCH_CASES=$CASES, BENCH_DURATION=$DURATION, BENCH_CONNECTIONS=$CONNECTIONS," \
        "BENCH_WARMUP=$WARMUP) on $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1)," \
        "PostgreSQL $("${PSQL[@]}" -At -c 'show server_version'), database $DB_SIZE. The cases: ten years of a large city" \
        "(bench/generate-cases.sql: events, photos, 6 000 grids, sources, states by age), each step written in the order" \
        "of its time, as a city's database receives them. Each function was warmed" \
        "for $WARMUP s with all its reads mixed before any figure was taken ($WARM_JIT_STATUS methods compiled by then);" \
        "\"JIT\" counts the methods the JIT still compiled during a read's measurement. wrk drives the function alone" \
        "over loopback; the ceiling is pgbench (prepared, same connections) running the fewest statements that give" \
        "the same answer on the same database, measured right after. \"CPU ms\" is the function's own CPU per answer."
    echo
    echo "| read | per second | p50 ms | p99 ms | non-2xx / timeouts | CPU ms | JIT | ceiling per second | ceiling p50 | ceiling p99 | × ceiling |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for entry in "${READS[@]}"; do
        IFS='|' read -r name _ conns what <<<"$entry"
        echo "| $what (${conns} conn.) | ${RPS[$name]} | ${P50[$name]} | ${P99[$name]} | ${NON2XX[$name]:-0} / ${TIMEOUTS[$name]:-0} | ${CPU_MS[$name]} |" \
            "${JIT[$name]} | ${PGB_TPS[$name]} | ${PGB_P50[$name]} | ${PGB_P99[$name]} | $(ratio "${RPS[$name]}" "${PGB_TPS[$name]}") |"
    done
    echo
    if [ "$CASES" != 1000000 ] && grep -q '^<!-- BEGIN queries-1000000 -->$' "$ROOT/BENCHMARKS.md"; then
        echo "From 1 M to $TOTAL cases (the 1 M figures from its own section below, same script):"
        echo
        echo "| read | p99 ms at 1 M | p99 ms here | × | per second at 1 M | per second here | × ceiling at 1 M | × ceiling here |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|"
        for entry in "${READS[@]}"; do
            IFS='|' read -r name _ conns what <<<"$entry"
            awk -F'|' -v what="$what" -v p99="${P99[$name]}" -v rps="${RPS[$name]}" -v x="$(ratio "${RPS[$name]}" "${PGB_TPS[$name]}")" '
                /^<!-- BEGIN queries-1000000 -->$/ { on = 1 } /^<!-- END queries-1000000 -->$/ { on = 0 }
                on && index($2, " " what " (") == 1 {
                    printf "| %s | %s | %s | %.1f | %s | %s | %s | %s |\n", what, $5 + 0, p99, (($5 + 0) > 0 ? p99 / $5 : 0), $3 + 0, rps, $12 + 0, x
                }' "$ROOT/BENCHMARKS.md"
        done
        echo
    fi
    echo "Cost per call, and a month of a city filing 2 000 reports a day, on Lambda at these figures (the reads" \
        "only: the function's CPU per answer measured above, its p50 as the least it lasts; calls a month are this" \
        "model's assumptions, written beside them):"
    echo
    {
        echo "get-case 600000 ${CPU_MS[get-case]} ${P50[get-case]}"
        echo "search-cases(combined) 150000 ${CPU_MS[search-combined]} ${P50[search-combined]}"
        echo "my-cases 120000 ${CPU_MS[my-cases]} ${P50[my-cases]}"
        echo "work-queue 600000 ${CPU_MS[work-queue]} ${P50[work-queue]}"
        echo "open311-requests 8640 ${CPU_MS[open311-requests]} ${P50[open311-requests]}"
        echo "case-stats(month) 20000 ${CPU_MS[stats-month]} ${P50[stats-month]}"
    } | lambda_cost
    echo
    echo "Assumed a month: get-case 10 per report (the reporter and the public), 150 000 searches, 2 my-cases per" \
        "report, 200 staff opening their queue 100 times a working day, FixMyStreet polling every 5 minutes, 20 000" \
        "statistics views."
    echo
    echo "The data took $GENERATED_IN s to generate in this run (0 when it was there already). Plans (EXPLAIN ANALYZE):"
    echo
    echo "$PLANS"
} >"$WORK/section.md"
SECTION=${BENCH_SECTION:-queries-$CASES}
write_section "$SECTION" "$WORK/section.md"
cat "$WORK/section.md"

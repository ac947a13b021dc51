#!/usr/bin/env bash
# Benchmark — not a test. submit-report at photo sizes a city sees, against its ceiling measured in the same run
# (issue #19, part 3): reports of two photos each, every request a fresh report; wrk against report-intake alone
# after one warm-up of at least 45 s (reports of small and of streamed photos alternating); the ceiling is a bare
# S3 client making the same S3 calls per report against the
# same S3Proxy (bench/IntakeCeiling.java: GET, a second GET for a photo streamed, PUT), plus the report's SQL in
# pgbench (bench/submit-report.sql), combined as the time both take on the same two cores:
# 1 / (1/S3 rate + 1/SQL rate). Writes the "intake" section of BENCHMARKS.md, or with BENCH_CONNECTIONS=1 the
# "intake-1" one: the latency a citizen sees at a city's load (2 000 reports a day is one every 43 s).
# Usage: bench/intake.sh   (knobs: BENCH_PHOTO_SIZES="4064 400000 2000000" BENCH_WARMUP=60 BENCH_DURATION=10
#                           BENCH_CONNECTIONS=8 BENCH_SKIP_BUILD=1 BENCH_JFR=/tmp/intake.jfr)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SIZES=${BENCH_PHOTO_SIZES:-4064 400000 2000000}
WARMUP=${BENCH_WARMUP:-60}
DURATION=${BENCH_DURATION:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
CALLERS=32
THREADS=$((CONNECTIONS < 2 ? 1 : 2)) # wrk and pgbench refuse more threads than connections
INFRA_PORT=18080
FN_PORT=18081
[ "$WARMUP" -ge 45 ] || { echo "BENCH_WARMUP must be at least 45 (s): the JIT is not quiet before" >&2; exit 1; }

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
LIB="$(app_dir report-intake)/lib/main/*"
bare() { S3=$S3 java -cp "$LIB" "$ROOT/bench/IntakeCeiling.java" "$@" 2>>"$WORK/bare.log"; }
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qtA "$@" postgres; }

declare -A TOKENS
for c in $(seq "$CALLERS"); do TOKENS[$c]=$(dev_token "bench-intake-$c" citizen); done

# REPORTS lines of two fresh upload keys of one size, granted to the callers as sign-uploads grants them and
# uploaded by the bare client (faster than curl; the upload itself is not what is measured)
make_reports() { # size count file
    local size=$1 count=$2 file=$3 day
    day=$(date -u +%Y/%m/%d)
    local a b
    for _ in $(seq "$count"); do
        read -r a </proc/sys/kernel/random/uuid
        read -r b </proc/sys/kernel/random/uuid
        echo "uploads/$day/$a.jpg uploads/$day/$b.jpg"
    done >"$file"
    awk -v c="$CALLERS" -v now="$(date -u +%FT%TZ)" '{ caller = "bench-intake-" (NR % c + 1)
        print $1 "\t" caller "\t" now; print $2 "\t" caller "\t" now }' "$file" |
        sql -c "\\copy upload_grant (object_key, caller_id, signed_at) from stdin"
    bare upload "$file" "$WORK/photo-$size.jpg" 8
}

bodies() { # keys-file → wrk lines "token<TAB>body"
    awk -v c="$CALLERS" -v tokens="$(for c in $(seq "$CALLERS"); do printf '%s ' "${TOKENS[$c]}"; done)" \
        -v tag="$1" 'BEGIN { split(tokens, t, " ") } {
        caller = NR % c + 1
        printf "%s\t{\"idempotencyKey\":\"%s-%06d\",\"categoryCode\":\"01-04-02\",\"description\":\"金桂西路一棵行道树严重倾斜\",\"location\":{\"lat\":%.6f,\"lon\":%.6f,\"address\":\"咸安区金桂西路\"},\"media\":[\"%s\",\"%s\"]}\n",
            t[caller], tag, NR, 29.80 + (NR * 37) % 1000 / 10000.0, 114.30 + (NR * 91) % 1000 / 10000.0, $1, $2 }' "$2"
}

# BENCH_JFR=file records a profile of report-intake over the whole run (for looking, not for the figures)
JFR=()
[ -z "${BENCH_JFR:-}" ] || JFR=("-XX:FlightRecorderOptions=stackdepth=2048" "-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile")
env "${FN_ENV[@]}" java "${JFR[@]}" -jar "$(app_dir report-intake)/quarkus-run.jar" >"$WORK/report-intake.log" 2>&1 &
INTAKE_PID=$!
PIDS+=("$INTAKE_PID")
until [ "$(probe report-intake)" = 200 ]; do sleep 0.1; done

run_wrk() { # bodies seconds → wrk output
    BENCH_BODIES=$1 BENCH_THREADS=$THREADS wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2"s --latency -s "$ROOT/bench/submit.lua" \
        "http://127.0.0.1:$FN_PORT"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

ROWS=$WORK/rows.md
: >"$ROWS"
: >"$WORK/cost.in"
# one warm-up for every size: reports of 4 KB photos (held whole) and of 400 KB photos (streamed) alternating
make_jpeg "$WORK/photo-4064.jpg" 4064
make_jpeg "$WORK/photo-400000.jpg" 400000
warm_n=$((60 * WARMUP))
log "warm-up: uploading $((warm_n * 2)) photos"
make_reports 4064 "$warm_n" "$WORK/warm-small.keys"
make_reports 400000 "$warm_n" "$WORK/warm-large.keys"
# each bodies file from its own keys file (the caller of line n owns line n's keys), then interleaved
bodies "ws-$$" "$WORK/warm-small.keys" >"$WORK/warm-small.bodies"
bodies "wl-$$" "$WORK/warm-large.keys" >"$WORK/warm-large.bodies"
paste -d'\n' "$WORK/warm-small.bodies" "$WORK/warm-large.bodies" >"$WORK/warm.bodies"
log "warming report-intake up for ${WARMUP}s"
run_wrk "$WORK/warm.bodies" "$WARMUP" >"$WORK/wrk-warm.txt"
[ "$(awk '/requests in/ {print $1}' "$WORK/wrk-warm.txt")" -le "$((warm_n * 2))" ] || log "WARNING: warm-up bodies ran out"
! grep -q 'Non-2xx' "$WORK/wrk-warm.txt" || { log "the warm-up had refusals:"; cat "$WORK/wrk-warm.txt" >&2; exit 1; }
rm -rf "$DATA_DIR/objects/suishoupai-media/"{uploads,media}

for size in $SIZES; do
    [ -f "$WORK/photo-$size.jpg" ] || make_jpeg "$WORK/photo-$size.jpg" "$size"
    # enough fresh reports for the rates seen here (about 90/s whatever the size), with room to spare
    per_second=$((size < 1000000 ? 150 : 40))
    measured_n=$((per_second * DURATION * 3 / 2))
    # each report's two photos are uploaded, then kept: refuse before the disk fills rather than fail half-way
    need_mb=$((measured_n * 4 * size / 1000000 + 1024))
    free_mb=$(df -Pm "$DATA_DIR" | awk 'NR == 2 {print $4}')
    [ "$free_mb" -gt "$need_mb" ] || { log "photos of $size bytes need about $need_mb MB, $free_mb MB free: lower BENCH_DURATION or BENCH_PHOTO_SIZES"; exit 1; }
    log "photos of $size bytes: uploading $((measured_n * 2 + 400)) photos"
    make_reports "$size" "$measured_n" "$WORK/measured-$size.keys"
    make_reports "$size" 200 "$WORK/bare-$size.keys" # the bare client cycles through these
    bodies "m$size-$$" "$WORK/measured-$size.keys" >"$WORK/measured-$size.bodies"

    sync # the uploads above reach the disk before the measured window, as the bare client's do before its own
    before=$(sql -c "select count(*) from city_case")
    ticks0=$(cpu_ticks "$INTAKE_PID")
    log "wrk: ${DURATION}s, $CONNECTIONS connections"
    run_wrk "$WORK/measured-$size.bodies" "$DURATION" | tee "$WORK/wrk-$size.txt" >&2
    ticks1=$(cpu_ticks "$INTAKE_PID")
    after=$(sql -c "select count(*) from city_case")
    rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$size.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk-$size.txt" | to_ms)
    p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk-$size.txt" | to_ms)
    answered=$(awk '/requests in/ {print $1}' "$WORK/wrk-$size.txt")
    non2xx=$(awk '/Non-2xx/ {print $5}' "$WORK/wrk-$size.txt")
    [ "$answered" -le "$(wc -l <"$WORK/measured-$size.bodies")" ] || log "WARNING: bodies ran out; raise per_second"
    cpu_ms=$(awk -v t=$((ticks1 - ticks0)) -v n="$answered" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", t * 1000 / hz / n}')

    log "the bare S3 client: the same calls, 30s warm-up, ${DURATION}s measured"
    read -r s3_rps s3_p50 s3_p99 s3_n < <(bare ceiling "$WORK/bare-$size.keys" "$CONNECTIONS" 30 "$DURATION" 262144)
    log "pgbench: the report's SQL, ${DURATION}s"
    (cd "$WORK" && rm -f pgb.* && pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" -l --log-prefix=pgb \
        -f "$ROOT/bench/submit-report.sql" -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres >"$WORK/pgbench-$size.txt" 2>&1)
    sql_tps=$(awk '/^tps/ {print $3; exit}' "$WORK/pgbench-$size.txt")
    cat "$WORK"/pgb.* | awk '{print $3 / 1000}' | sort -n >"$WORK/pgb.latencies"
    n=$(wc -l <"$WORK/pgb.latencies")
    sql_p50=$(awk -v n="$n" 'NR == int(n * 0.50) + 1 {print; exit}' "$WORK/pgb.latencies")
    sql_p99=$(awk -v n="$n" 'NR == int(n * 0.99) + 1 {print; exit}' "$WORK/pgb.latencies")
    ceiling=$(awk -v a="$s3_rps" -v b="$sql_tps" 'BEGIN {printf "%.1f", 1 / (1 / a + 1 / b)}')
    ceiling_p50=$(awk -v a="$s3_p50" -v b="$sql_p50" 'BEGIN {printf "%.1f", a + b}')
    ceiling_p99=$(awk -v a="$s3_p99" -v b="$sql_p99" 'BEGIN {printf "%.1f", a + b}')
    met=$(awk -v r="$(ratio "$rps" "$ceiling")" -v p="$p99" 'BEGIN {print (r >= 0.5 && p <= 150) ? "met" : "not met"}')
    echo "submit-report(2×${size}B) 60000 $cpu_ms $p50" >>"$WORK/cost.in"
    echo "| 2 × $size B | $rps | $p50 | $p99 | $cpu_ms | $s3_rps ($s3_p50 / $s3_p99) | $sql_tps ($sql_p50 / $sql_p99) | $ceiling ($ceiling_p50 / $ceiling_p99) | $(ratio "$rps" "$ceiling") | $met | $answered answers, ${non2xx:-0} non-2xx, $((after - before)) cases |" >>"$ROWS"
    log "$(tail -1 "$ROWS")"
    # the next size starts on an empty bucket (2 MB photos fill gigabytes)
    rm -rf "$DATA_DIR/objects/suishoupai-media/"{uploads,media,ceiling}
done
rss=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$INTAKE_PID/status")

section=$WORK/section.md
SECTION=intake
TITLE="Intake at photo sizes a city sees, against its ceiling (#19)"
if [ "$CONNECTIONS" = 1 ]; then
    SECTION=intake-1
    TITLE="Intake one report at a time, as a city's citizens send them, against its ceiling (#19)"
fi
cat >"$section" <<MD
## $TITLE

Measured by \`bench/intake.sh\` (BENCH_PHOTO_SIZES="$SIZES", BENCH_WARMUP=$WARMUP, BENCH_DURATION=$DURATION,
BENCH_CONNECTIONS=$CONNECTIONS) on $(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1).
wrk against report-intake alone, $CONNECTIONS connections, every request a fresh report of one of $CALLERS citizens
with two photos (JPEGs with a random scan) uploaded beforehand; first ${WARMUP} s of such reports, unmeasured, with
4 KB and 400 KB photos alternating (both ways of keeping a photo). A photo up to 256 KiB is read once and held; a larger one is read twice — once to plan what is kept, once
streamed from the upload into the kept copy — so a report's memory does not grow with its photos. The ceiling,
measured in the same run on the same machine: a bare S3 client (the same SDK and HTTP client, no app,
\`bench/IntakeCeiling.java\`) making the same S3 calls per report with $CONNECTIONS threads (a report's photos at once,
each kept as a new object, as intake does), after its own 30 s
warm-up; and the report's SQL in pgbench (\`bench/submit-report.sql\`, $CONNECTIONS clients); combined as the time
both need on the same cores, 1 / (1/S3 + 1/SQL), latencies added. Target (#19): ≥ 0.5× the ceiling and p99 ≤ 150 ms.
CPU is report-intake's own (user + system) per answered report; S3Proxy, PostgreSQL and wrk share the two cores.

| photos | reports/s | p50 ms | p99 ms | intake CPU ms/report | bare S3 /s (p50 / p99) | SQL /s (p50 / p99) | ceiling /s (p50 / p99) | × ceiling | target | check |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|
$(cat "$ROWS")

report-intake's peak resident memory over the run: $rss MB (default heap); the heap a report needs is in
"Intake memory" (\`bench/intake-memory.sh\`).

Cost per report on Lambda at these figures: a month of a city filing 2 000 reports a day (60 000), each row as if
every report carried two photos of that size; report-intake's CPU per report measured above, its p50 under this
load as the least a call lasts (alone on a Lambda instance it waits less). The rows are alternatives (their sum is
not a bill). The sign-uploads call before each report and the staff's moves are not measured per call here.

$(lambda_cost <"$WORK/cost.in")
MD
write_section "$SECTION" "$section"
log "wrote the $SECTION section of BENCHMARKS.md"
cat "$section"

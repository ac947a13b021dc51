#!/usr/bin/env bash
# Export benchmark — not a test. Generates BENCH_CASES cases (default 100 000, with their events) in the embedded
# PostgreSQL, starts the status-query function alone with a small heap (BENCH_HEAP, default 64m: an export that
# held its rows would not fit), and times GET /export-cases as CSV and as XLSX over loopback, three times each,
# sampling the heap used after each collection (jstat) while the exports run. Writes its section of BENCHMARKS.md.
# Usage: bench/export.sh   (knobs: BENCH_CASES=100000 BENCH_HEAP=64m)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

CASES=${BENCH_CASES:-100000}
HEAP=${BENCH_HEAP:-64m}
INFRA_PORT=18080
FN_PORT=18081

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

PSQL=(psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres)
log "generating $CASES cases"
"${PSQL[@]}" -v count="$CASES" -f "$ROOT/bench/generate-cases.sql"
TOTAL=$("${PSQL[@]}" -At -c "select count(*) from city_case")

env "${FN_ENV[@]}" java -Xmx"$HEAP" -XX:+UseSerialGC -jar functions/status-query/target/quarkus-app/quarkus-run.jar \
    >"$WORK/status-query.log" 2>&1 &
FN_PID=$!
PIDS+=($FN_PID)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$FN_PORT/case-stats")" = 200 ]; do sleep 0.1; done
SCREENER=$(dev_token bench-screener screener)

# the old generation's and the young generation's used KB, every 100 ms, while the exports run
jstat -gc "$FN_PID" 100 >"$WORK/jstat.txt" 2>/dev/null &
JSTAT=$!
PIDS+=($JSTAT)

RESULTS=$WORK/results.txt
: >"$RESULTS"
for format in csv xlsx; do
    for run in 1 2 3; do
        out="$WORK/export.$format"
        t=$(curl -s -o "$out" -w '%{time_total} %{http_code}' -H "Authorization: Bearer $SCREENER" \
            "http://127.0.0.1:$FN_PORT/export-cases?format=$format")
        size=$(stat -c%s "$out")
        rows=$([ "$format" = csv ] && echo $(($(wc -l <"$out") - 1)) || unzip -p "$out" xl/worksheets/sheet1.xml \
            | grep -o '<row ' | wc -l | awk '{print $1 - 1}')
        echo "$format $run $t $size $rows" | tee -a "$RESULTS" >&2
    done
done
kill "$JSTAT" 2>/dev/null || true
# used heap = S0U + S1U + EU + OU (KB), the largest sample
PEAK_MB=$(awk 'NR > 1 && $3 ~ /^[0-9.]+$/ {used = $3 + $4 + $6 + $8; if (used > max) max = used} END {printf "%.1f", max / 1024}' "$WORK/jstat.txt")

SECTION=$WORK/section.md
{
    echo "## Export: $TOTAL cases as CSV and XLSX"
    echo
    echo "Measured by \`bench/export.sh\` (BENCH_CASES=$CASES, BENCH_HEAP=$HEAP) on $(date +%F), $(nproc) cores," \
        "$(java -version 2>&1 | head -1). The status-query function alone with \`-Xmx$HEAP -XX:+UseSerialGC\`;" \
        "curl downloads \`GET /export-cases?format=…\` (every case, no filter) over loopback, three times each."
    echo
    echo "| format | run | seconds | rows | MB written | rows per second |"
    echo "|---|---:|---:|---:|---:|---:|"
    awk '{printf "| %s | %s | %.2f | %s | %.1f | %.0f |\n", $1, $2, $3, $6, $5 / 1048576, $6 / $3}' "$RESULTS"
    echo
    echo "HTTP statuses: $(awk '{print $4}' "$RESULTS" | sort | uniq -c | awk '{printf "%s× %s ", $1, $2}')." \
        "Largest heap in use while exporting (jstat, every 100 ms): ${PEAK_MB} MB of the ${HEAP} allowed — the rows" \
        "go through a cursor 500 at a time, so the heap an export needs does not grow with its rows."
} >"$SECTION"
cat "$SECTION" >&2
write_section export "$SECTION"

#!/usr/bin/env bash
# Benchmark — not a test. A year's case-stats for the city and for one department as the code reads them (since
# V25 the rollups keep the city's days and months, so a city year is 12 month rows; since V24 each rollup range is
# read from its index alone) against the same two statements reading day rows only, as before V23 (the months'
# bounds set to the end of the whole days), on the bench database grown by bench/queries.sh. pgbench, 1 then 2
# clients, a year 2017–2025 at random per statement; the rollup rows each reads, from EXPLAIN ANALYZE. Writes the
# "stats-grain" section of BENCHMARKS.md.
# Usage: BENCH_DATA_DIR=/var/tmp/suishoupai-bench bench/stats-grain.sh   (knobs: BENCH_DURATION=20
#        BENCH_SKIP_BUILD=1)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DURATION=${BENCH_DURATION:-20}
INFRA_PORT=18080
FN_PORT=18081
[ -n "${BENCH_DATA_DIR:-}" ] || { echo "BENCH_DATA_DIR must name a database grown by bench/queries.sh" >&2; exit 2; }

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
PSQL=(psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres)
CASES=$("${PSQL[@]}" -At -c "select count(*) from city_case")
[ "$CASES" -gt 0 ] || { echo "no cases in $BENCH_DATA_DIR: grow them with bench/queries.sh" >&2; exit 2; }
DEPT=$("${PSQL[@]}" -At -c "select department_code from stats_case_digest where department_code is not null
    group by 1 order by count(*) desc limit 1")
stats_statements NONE

YEAR_FROM="make_date(:y::int, 1, 1)::timestamp AT TIME ZONE 'Asia/Shanghai'"
YEAR_TO="make_date(:y::int + 1, 1, 1)::timestamp AT TIME ZONE 'Asia/Shanghai'"
for who in city department; do
    d="''"
    [ "$who" = city ] || d="'$DEPT'"
    { echo '\set y random(2017, 2025)'; stats_sql NONE "$YEAR_FROM" "$YEAR_TO" "$d"; } >"$WORK/months-$who.sql"
    { echo '\set y random(2017, 2025)'; STATS_DAYS_ONLY=1 stats_sql NONE "$YEAR_FROM" "$YEAR_TO" "$d"; } >"$WORK/days-$who.sql"
done

rows_read() { # file → the rollup rows its two statements read for 2024 (EXPLAIN ANALYZE of their rollup scans)
    local line
    for line in 2 3; do
        "${PSQL[@]}" -At -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) $(sed -n "${line}p" "$1" | sed 's/:y/2024/g; s/;$//')"
    done | grep -E ' on stats_(received|due)_rollup c(_[0-9]+)? ' | grep -o 'actual rows=[0-9]*' | awk -F= '{s += $2} END {print s + 0}'
}

OUT=$WORK/stats-grain.md
{
    echo "## case-stats: a year from month rows against day rows only (#19)"
    echo
    echo "Measured by \`bench/stats-grain.sh\` (BENCH_DURATION=$DURATION) on $(date -u +%F), $(nproc) cores, on the"
    echo "bench database of $CASES cases (\`bench/queries.sh\`, BENCH_DATA_DIR). The two statements case-stats issues"
    echo "for a year of the city (Asia/Shanghai), printed from Indicators, in pgbench (prepared, a year 2017–2025 at"
    echo "random per transaction), each rollup range read from its index alone (V24): as the code reads since V25 —"
    echo "the year's 12 months of the city from month rows (the rollups keep Asia/Shanghai days and months) — and the"
    echo "same statements with the months' bounds set to the end of the whole days, which reads every day from day"
    echo "rows as V22 did. One department: $DEPT."
    echo "Rollup rows: what both statements' rollup scans returned for 2024."
    echo
    echo "| read | rollup rows | 1 client p50 ms | 1 client p99 ms | 2 clients p50 ms | 2 clients p99 ms | 2 clients tps |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    for who in city department; do
        for kind in months days; do
            rows=$(rows_read "$WORK/$kind-$who.sql")
            for clients in 1 2; do
                cp "$WORK/$kind-$who.sql" "$WORK/$kind-$who-$clients.sql"
                log "$kind-$who, $clients client(s)"
                run_pgbench "$kind-$who-$clients" "$clients"
            done
            label="the city"
            [ "$who" = city ] || label="one department"
            [ "$kind" = months ] && label="$label, month rows (V23)" || label="$label, day rows only (V22)"
            echo "| $label | $rows | ${PGB_P50[$kind-$who-1]} | ${PGB_P99[$kind-$who-1]} |" \
                "${PGB_P50[$kind-$who-2]} | ${PGB_P99[$kind-$who-2]} | ${PGB_TPS[$kind-$who-2]} |"
        done
    done
} >"$OUT"
write_section stats-grain "$OUT"
log "wrote the stats-grain section of BENCHMARKS.md"

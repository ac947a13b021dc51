#!/usr/bin/env bash
# Redemption benchmark — not a test. Against the points-redemption function alone, over loopback with wrk:
#  (a) every redemption on ONE reward (all requests contend for its row), and
#  (b) redemptions spread over 50 rewards,
# by 500 citizens with enough points, each request a fresh idempotency key. After each run the invariants are
# checked in the database: every balance equals its ledger, no balance or stock below zero, stock + redemptions =
# the stock we started with, and one REDEMPTION entry per redemption. Writes its section of BENCHMARKS.md.
# Usage: bench/redemptions.sh   (knobs: BENCH_DURATION=10 BENCH_CONNECTIONS=8)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

DURATION=${BENCH_DURATION:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
ACCOUNTS=500
INFRA_PORT=18080
FN_PORT=18081

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
PSQL=(psql -X -q -At -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres)

env "${FN_ENV[@]}" java -jar functions/points-redemption/target/quarkus-app/quarkus-run.jar >"$WORK/points.log" 2>&1 &
PIDS+=($!)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$FN_PORT/list-rewards")" = 200 ]; do sleep 0.1; done

log "giving $ACCOUNTS citizens 1 000 000 points each, and minting their tokens"
grant_points bench- "$ACCOUNTS"
: >"$WORK/tokens.txt"
for i in $(seq "$ACCOUNTS"); do dev_token "bench-$i" citizen >>"$WORK/tokens.txt"; done

"${PSQL[@]}" -c "insert into reward (sku, name, cost, stock, per_person_limit) values ('BENCH-ONE', 'one hot reward', 10, 1000000, 1000000)
                 on conflict (sku) do update set stock = 1000000"
bench_rewards


declare -A RPS P50 P99 NON2XX CHECK
run() { # name skus
    BENCH_TOKENS="$WORK/tokens.txt" BENCH_SKUS=$2 wrk -t2 -c"$CONNECTIONS" -d3s -s "$ROOT/bench/redeem.lua" \
        "http://127.0.0.1:$FN_PORT" >/dev/null
    BENCH_TOKENS="$WORK/tokens.txt" BENCH_SKUS=$2 wrk -t2 -c"$CONNECTIONS" -d"$DURATION"s --latency -s "$ROOT/bench/redeem.lua" \
        "http://127.0.0.1:$FN_PORT" | tee "$WORK/wrk-$1.txt" >&2
    RPS[$1]=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$1.txt")
    P50[$1]=$(awk '$1 == "50%" {print $2}' "$WORK/wrk-$1.txt" | to_ms)
    P99[$1]=$(awk '$1 == "99%" {print $2}' "$WORK/wrk-$1.txt" | to_ms)
    NON2XX[$1]=$(awk '/Non-2xx/ {print $5}' "$WORK/wrk-$1.txt")
}
invariants() {
    "${PSQL[@]}" -c "select
        (select count(*) from points_account a where a.balance <> (select coalesce(sum(delta), 0) from points_entry e where e.account_id = a.account_id)) as ledger_mismatches,
        (select count(*) from points_account where balance < 0) + (select count(*) from reward where stock < 0) as negatives,
        (select count(*) from reward w where w.sku like 'BENCH-%' and w.stock + (select count(*) from redemption r where r.sku = w.sku and r.state <> 'CANCELLED')
             <> case when w.sku = 'BENCH-ONE' then 1000000 else 100000 end) as stock_mismatches,
        (select count(*) from redemption r where (select count(*) from points_entry e where e.redemption_id = r.id and e.reason = 'REDEMPTION') <> 1) as spend_mismatches,
        (select count(*) from redemption where sku like 'BENCH-%') as redemptions" | tr '|' ' '
}

log "one reward: wrk"
run one 1
CHECK[one]=$(invariants)
log "fifty rewards: wrk"
run many 50
CHECK[many]=$(invariants)

{
    echo "## Redemptions under contention"
    echo
    echo "Measured by \`bench/redemptions.sh\` (BENCH_DURATION=$DURATION, BENCH_CONNECTIONS=$CONNECTIONS) on" \
        "$(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1). wrk against the points-redemption" \
        "function alone, after a 3 s warm-up; $ACCOUNTS citizens with enough points, a fresh idempotency key per request."
    echo
    echo "| run | redemptions per second | p50 (ms) | p99 (ms) | non-2xx |"
    echo "|---|---:|---:|---:|---:|"
    echo "| all on one reward | ${RPS[one]} | ${P50[one]} | ${P99[one]} | ${NON2XX[one]:-0} |"
    echo "| spread over 50 rewards | ${RPS[many]} | ${P50[many]} | ${P99[many]} | ${NON2XX[many]:-0} |"
    echo
    echo "Invariants checked in the database after each run (ledger mismatches, negative balances or stock, stock"
    echo "mismatches, redemptions without exactly one spend, redemptions so far):"
    echo
    echo "- after the one-reward run: \`${CHECK[one]}\`"
    echo "- after the fifty-reward run: \`${CHECK[many]}\`"
    echo
    echo "All four counts of mismatches must be 0."
} >"$WORK/section.md"
write_section redemptions "$WORK/section.md"
cat "$WORK/section.md"

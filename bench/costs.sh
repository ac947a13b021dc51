#!/usr/bin/env bash
# Cost per call of the calls not measured elsewhere (#19, part 5) — not a test: sign-uploads, the staff's moves of a
# case (screen-case, dispatch-case, report-disposal, verify-case), the scheduled runs (run-reminders with nothing due
# and over a backlog, deliver-notifications) and redeem-reward. Each function runs alone in its own JVM, is warmed
# for at least BENCH_WARMUP s with its own calls first, and is then measured: rate, p50/p99, its own CPU per answered
# call (user + system from /proc) and its peak resident memory; then a month of a 2 000-reports-a-day city on Lambda
# at those figures (lib.sh's prices). Every move is made on a case of its own, reported through the real intake
# first, and is counted from the database (the cases that reached the move's state), not from wrk alone.
# The moves are driven by bench/PostOnce.java (each request once; wrk cannot stop when its lines run out). Writes the
# "costs" section of BENCHMARKS.md.
#
# Usage: bench/costs.sh   (knobs: BENCH_WARMUP=45 BENCH_DURATION=10 BENCH_CONNECTIONS=8 BENCH_CASES_MEASURED=3000
#                          BENCH_SKIP_BUILD=1 BENCH_DATA_DIR=… to measure on a kept (e.g. a 10 M) database,
#                          BENCH_JFR=dir to record each function's profile)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

WARMUP=${BENCH_WARMUP:-45}
DURATION=${BENCH_DURATION:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
MEASURED=${BENCH_CASES_MEASURED:-3000}
CALLERS=32
[ "$WARMUP" -ge 45 ] || { echo "BENCH_WARMUP must be at least 45 (s): the JIT is not quiet before" >&2; exit 2; }
INFRA_PORT=18080
FN_PORT=18081 # lib.sh's FN_ENV; each function below gets a port of its own after it
declare -A PORT=([upload-signing]=18081 [triage-routing]=18082 [reminder-scheduling]=18083 [points-redemption]=18084)

# the cases to move are reported through the provider's intake without photos (their making is not measured)
INFRA_ENV=(SUISHOUPAI_INTAKE_MIN_PHOTOS=0)
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
PSQL=(psql -X -q -At -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres)
HZ=$(getconf CLK_TCK)
DB_CASES=$("${PSQL[@]}" -c "select count(*) from city_case")
DB_SIZE=$("${PSQL[@]}" -c "select pg_size_pretty(pg_database_size('postgres'))")

declare -A FN_PID
for fn in "${!PORT[@]}"; do
    # BENCH_JFR=dir records each function's profile there (for looking, not for the figures)
    jfr=()
    [ -z "${BENCH_JFR:-}" ] || jfr=("-XX:StartFlightRecording=filename=$BENCH_JFR/$fn.jfr,settings=profile")
    env "${FN_ENV[@]}" QUARKUS_HTTP_PORT="${PORT[$fn]}" QUARKUS_SCHEDULER_ENABLED=false \
        java ${jfr[@]+"${jfr[@]}"} -jar "$(app_dir "$fn")/quarkus-run.jar" >"$WORK/$fn.log" 2>&1 &
    PIDS+=($!)
    FN_PID[$fn]=$!
done
for fn in "${!PORT[@]}"; do
    until curl -s -o /dev/null "http://127.0.0.1:${PORT[$fn]}/q/health/live"; do sleep 0.2; done
done

token() { # JSON claims → a dev token from the provider
    curl -s -X POST "http://127.0.0.1:$INFRA_PORT/dev/token" -H 'Content-Type: application/json' -d "$1" | jq -r .token
}
SCREENER=$(token '{"sub":"bench-screener","roles":["screener"]}')
HANDLER=$(token '{"sub":"bench-handler","roles":["handler"],"dept":"YLJ"}')
INSPECTOR=$(token '{"sub":"bench-inspector","roles":["inspector"]}')
SCHEDULER=$(token '{"sub":"bench-scheduler","roles":["scheduler"]}')
for c in $(seq "$CALLERS"); do token "{\"sub\":\"bench-cost-$c\",\"roles\":[\"citizen\"]}"; done >"$WORK/citizens.tokens"

once() { # port lines-file seconds → wrk-like output; each line posted once (bench/PostOnce.java)
    java "$ROOT/bench/PostOnce.java" "http://127.0.0.1:$1" "$2" "$CONNECTIONS" "$3"
}

ROWS=$WORK/rows.md
: >"$ROWS"
: >"$WORK/cost.in"
# one row: name function answered wrk-output-file ticks-before ticks-after [note]
row() {
    local name=$1 fn=$2 answered=$3 out=$4 t0=$5 t1=$6 note=${7:-}
    local rps p50 p99 non2xx cpu rss
    rps=$(awk '/Requests\/sec/ {print $2}' "$out")
    p50=$(awk '$1 == "50%" {print $2}' "$out" | to_ms)
    p99=$(awk '$1 == "99%" {print $2}' "$out" | to_ms)
    non2xx=$(awk '/Non-2xx/ {print $5}' "$out")
    cpu=$(awk -v t=$((t1 - t0)) -v n="$answered" -v hz="$HZ" 'BEGIN {printf "%.2f", t * 1000 / hz / (n > 0 ? n : 1)}')
    rss=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/${FN_PID[$fn]}/status")
    echo "| $name | $fn | $answered | $rps | $p50 | $p99 | ${non2xx:-0} | $cpu | $rss | $note |" >>"$ROWS"
    COST_CPU[$name]=$cpu
    COST_P50[$name]=$p50
    log "$(tail -1 "$ROWS")"
}
declare -A COST_CPU COST_P50

# --- sign-uploads: a citizen's grant for one photo, as before every report ----------------------------------------
cat >"$WORK/random-post.lua" <<'LUA'
-- POST BENCH_BODY to BENCH_PATH as a random one of BENCH_TOKENS
function init(args)
  tokens = {}
  for line in io.lines(os.getenv("BENCH_TOKENS")) do tokens[#tokens + 1] = line end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  path, body = os.getenv("BENCH_PATH"), os.getenv("BENCH_BODY")
end
function request()
  return wrk.format(nil, path, { ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)] }, body)
end
LUA
sign() { # seconds → wrk output
    BENCH_TOKENS="$WORK/citizens.tokens" BENCH_PATH=/sign-uploads \
        BENCH_BODY='{"items":[{"kind":"PHOTO","contentType":"image/jpeg","contentLength":1800000}]}' \
        wrk -t2 -c"$CONNECTIONS" -d"$1"s --latency -s "$WORK/random-post.lua" "http://127.0.0.1:${PORT[upload-signing]}"
}
log "sign-uploads: ${WARMUP}s warm-up, ${DURATION}s measured"
sign "$WARMUP" >/dev/null
t0=$(cpu_ticks "${FN_PID[upload-signing]}")
sign "$DURATION" >"$WORK/wrk-sign.txt"
t1=$(cpu_ticks "${FN_PID[upload-signing]}")
row sign-uploads upload-signing "$(awk '/requests in/ {print $1}' "$WORK/wrk-sign.txt")" "$WORK/wrk-sign.txt" "$t0" "$t1" \
    "one photo's grant (a presigned PUT and its grant row)"

# --- redeem-reward: the citizens given points, 50 rewards, a fresh idempotency key per call (bench/redeem.lua) ---
grant_points bench-cost- "$CALLERS"
bench_rewards
redeem() {
    BENCH_TOKENS="$WORK/citizens.tokens" BENCH_SKUS=50 wrk -t2 -c"$CONNECTIONS" -d"$1"s --latency -s "$ROOT/bench/redeem.lua" \
        "http://127.0.0.1:${PORT[points-redemption]}"
}
log "redeem-reward: ${WARMUP}s warm-up, ${DURATION}s measured"
redeem "$WARMUP" >/dev/null
before=$("${PSQL[@]}" -c "select count(*) from redemption where sku like 'BENCH-%'")
t0=$(cpu_ticks "${FN_PID[points-redemption]}")
redeem "$DURATION" >"$WORK/wrk-redeem.txt"
t1=$(cpu_ticks "${FN_PID[points-redemption]}")
after=$("${PSQL[@]}" -c "select count(*) from redemption where sku like 'BENCH-%'")
row redeem-reward points-redemption $((after - before)) "$WORK/wrk-redeem.txt" "$t0" "$t1" \
    "points and one unit of stock at once, 50 rewards, counted from the redemptions made"

# --- cases to move: reported through the provider's own intake (no photos), 32 citizens --------------------------
seed() { # count → the ids of the new cases in $WORK/seeded.ids
    local from
    from=$("${PSQL[@]}" -c "select coalesce(max(id), 0) from city_case")
    awk -v n="$1" -v tag="$RANDOM$$" 'BEGIN { while ((getline t < "'"$WORK/citizens.tokens"'") > 0) tok[k++] = t
        for (i = 0; i < n; i++)
            printf "/submit-report\t%s\t{\"idempotencyKey\":\"seed-%s-%06d\",\"categoryCode\":\"01-04-02\",\"description\":\"金桂西路一棵行道树严重倾斜\",\"location\":{\"lat\":%.6f,\"lon\":%.6f,\"address\":\"咸安区金桂西路\"},\"media\":[]}\n",
                tok[i % k], tag, i, 29.80 + (i * 37) % 1000 / 10000.0, 114.30 + (i * 91) % 1000 / 10000.0 }' >"$WORK/seed.lines"
    once "$INFRA_PORT" "$WORK/seed.lines" 600 >"$WORK/wrk-seed.txt"
    "${PSQL[@]}" -c "select id from city_case where id > $from and reporter_id like 'bench-cost-%' order by id" >"$WORK/seeded.ids"
    log "seeded $(wc -l <"$WORK/seeded.ids") cases"
}
# lines of one move for the seeded cases now in a state: state token path body-template (%s = the case number)
move_lines() {
    "${PSQL[@]}" -c "select case_number from city_case where state = '$1' and id = any('{$(paste -sd, "$WORK/seeded.ids")}'::bigint[])" |
        awk -v tok="$2" -v path="$3" -v tpl="$4" -v tag="$RANDOM$$" \
            '{ body = tpl; gsub(/%s/, $1, body); sub(/%k/, tag "-" NR, body); print path "\t" tok "\t" body }'
}
in_state() { "${PSQL[@]}" -c "select count(*) from city_case where state = '$1' and id = any('{$(paste -sd, "$WORK/seeded.ids")}'::bigint[])"; }
MOVES=(
    "screen-case SUBMITTED FILED $SCREENER /screen-case {\"idempotencyKey\":\"%k\",\"caseNumber\":\"%s\",\"decision\":\"FILE\"}"
    "dispatch-case FILED DISPATCHED $SCREENER /dispatch-case {\"idempotencyKey\":\"%k\",\"caseNumber\":\"%s\",\"departmentCode\":\"YLJ\"}"
    "report-disposal DISPATCHED DISPOSED $HANDLER /report-disposal {\"idempotencyKey\":\"%k\",\"caseNumber\":\"%s\",\"note\":\"已扶正加固\",\"media\":[\"%m\"]}"
    "verify-case DISPOSED CLOSED $INSPECTOR /verify-case {\"idempotencyKey\":\"%k\",\"caseNumber\":\"%s\",\"passed\":true,\"note\":\"核查通过\"}"
)
# report-disposal carries one after-photo (a city's needs one): granted to the handler as sign-uploads grants it and
# uploaded beforehand by a bare S3 client (bench/IntakeCeiling.java), 400 KB like a phone's photo made smaller
make_jpeg "$WORK/after.jpg" 400000
after_photos() { # count → keys, one a line, granted and uploaded
    local day k
    day=$(date -u +%Y/%m/%d)
    for _ in $(seq "$1"); do read -r k </proc/sys/kernel/random/uuid; echo "uploads/$day/$k.jpg"; done >"$WORK/after.keys"
    awk -v now="$(date -u +%FT%TZ)" '{ print $1 "\tbench-handler\t" now }' "$WORK/after.keys" |
        "${PSQL[@]}" -c "\\copy upload_grant (object_key, caller_id, signed_at) from stdin"
    S3=$S3 java -cp "$(app_dir report-intake)/lib/main/*" "$ROOT/bench/IntakeCeiling.java" upload "$WORK/after.keys" \
        "$WORK/after.jpg" 8 2>>"$WORK/bare.log" >/dev/null
}
move() { # index seconds measure? → one move over every seeded case in its state
    local name from to tok path body t0 t1 moved
    read -r name from to tok path body <<<"${MOVES[$1]}"
    move_lines "$from" "$tok" "$path" "$body" >"$WORK/$name.lines"
    if [ "$name" = report-disposal ]; then # each disposal its own after-photo (%m in the body)
        after_photos "$(wc -l <"$WORK/$name.lines")"
        paste "$WORK/$name.lines" "$WORK/after.keys" | awk -F'\t' -v OFS='\t' '{ sub(/%m/, $4, $3); print $1, $2, $3 }' >"$WORK/$name.tmp"
        mv "$WORK/$name.tmp" "$WORK/$name.lines"
    fi
    t0=$(cpu_ticks "${FN_PID[triage-routing]}")
    once "${PORT[triage-routing]}" "$WORK/$name.lines" "$2" >"$WORK/wrk-$name.txt"
    t1=$(cpu_ticks "${FN_PID[triage-routing]}")
    moved=$(($(wc -l <"$WORK/$name.lines") - $(in_state "$from")))
    [ -z "$3" ] || row "$name" triage-routing "$moved" "$WORK/wrk-$name.txt" "$t0" "$t1" "$from → $to, $moved cases"
}

log "the staff's moves: warming triage-routing up for at least ${WARMUP}s with whole cycles"
warm_started=$(date +%s)
while [ $(($(date +%s) - warm_started)) -lt "$WARMUP" ]; do
    seed 1000
    for i in 0 1 2 3; do move "$i" 120 ""; done
done
log "the staff's moves: $MEASURED cases, each move at most ${DURATION}s"
seed "$MEASURED"
move 0 "$DURATION" measure
move 1 "$DURATION" measure

# --- run-reminders and deliver-notifications: what a scheduled trigger costs -------------------------------------
post_scheduler() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST "http://127.0.0.1:${PORT[reminder-scheduling]}/$1" \
    -H "Authorization: Bearer $SCHEDULER" -H 'Content-Type: application/json' -d '{}'; }
sequential() { # call runs → "wrk-like" output file for row(): the runs one after another, as a scheduler makes them
    local i
    for i in $(seq "$2"); do post_scheduler "$1"; done >"$WORK/seq-$1.txt"
    sort -k2 -n "$WORK/seq-$1.txt" | awk -v n="$2" '
        { t[NR] = $2 * 1000; s += $2; if ($1 !~ /^2/) bad++ }
        END { printf "  %d requests in\nRequests/sec: %.2f\n", n, n / s
              i99 = int(n * 0.99) + 1; if (i99 > n) i99 = n
              printf "     50%% %.2fms\n     99%% %.2fms\n", t[int(n * 0.50) + 1], t[i99]
              if (bad) printf "  Non-2xx or 3xx responses: %d\n", bad }' >"$WORK/wrk-seq-$1.txt"
}
log "run-reminders and deliver-notifications: warming up for ${WARMUP}s"
warm_started=$(date +%s)
while [ $(($(date +%s) - warm_started)) -lt "$WARMUP" ]; do post_scheduler run-reminders >/dev/null; post_scheduler deliver-notifications >/dev/null; done
# a backlog: the measured cases now dispatched are made overdue, so one run records a whole batch of reminders
"${PSQL[@]}" -c "update city_case set deadline = now() - interval '1 hour' where state = 'DISPATCHED' and id = any('{$(paste -sd, "$WORK/seeded.ids")}'::bigint[])" >/dev/null
overdue_before=$("${PSQL[@]}" -c "select count(*) from case_reminder")
t0=$(cpu_ticks "${FN_PID[reminder-scheduling]}")
sequential run-reminders 1
t1=$(cpu_ticks "${FN_PID[reminder-scheduling]}")
recorded=$(($("${PSQL[@]}" -c "select count(*) from case_reminder") - overdue_before))
cp "$WORK/wrk-seq-run-reminders.txt" "$WORK/wrk-backlog.txt"
row "run-reminders(backlog)" reminder-scheduling 1 "$WORK/wrk-backlog.txt" "$t0" "$t1" \
    "one run over $(in_state DISPATCHED) overdue cases: $recorded reminders recorded (at most a batch a level) and their notifications queued"

move 2 "$DURATION" measure
move 3 "$DURATION" measure

post_scheduler run-reminders >/dev/null # the backlog's remainder, so what follows is a quiet run
for call in run-reminders deliver-notifications; do
    t0=$(cpu_ticks "${FN_PID[reminder-scheduling]}")
    sequential "$call" 60
    t1=$(cpu_ticks "${FN_PID[reminder-scheduling]}")
    row "$call" reminder-scheduling 60 "$WORK/wrk-seq-$call.txt" "$t0" "$t1" "60 runs one after another, nothing due"
done

# --- the section ---------------------------------------------------------------------------------------------------
{
    # a month of a city filing 2 000 reports a day: 60 000 reports, 87 % filed and 74 % closed (the Hubei city's
    # 3 599 of 4 158 filed and 3 068 closed), a photo grant per report and per disposal
    echo "sign-uploads 104000 ${COST_CPU[sign-uploads]} ${COST_P50[sign-uploads]}"
    echo "screen-case 60000 ${COST_CPU[screen-case]} ${COST_P50[screen-case]}"
    echo "dispatch-case 52000 ${COST_CPU[dispatch-case]} ${COST_P50[dispatch-case]}"
    echo "report-disposal 44000 ${COST_CPU[report-disposal]} ${COST_P50[report-disposal]}"
    echo "verify-case 44000 ${COST_CPU[verify-case]} ${COST_P50[verify-case]}"
    echo "run-reminders 8640 ${COST_CPU[run-reminders]} ${COST_P50[run-reminders]}"
    echo "deliver-notifications 43200 ${COST_CPU[deliver-notifications]} ${COST_P50[deliver-notifications]}"
    echo "redeem-reward 10000 ${COST_CPU[redeem-reward]} ${COST_P50[redeem-reward]}"
} >"$WORK/cost.in"

section=$WORK/section.md
cat >"$section" <<MD
## Cost per call: uploads, the staff's moves, scheduled runs, redemptions (#19)

Measured by \`bench/costs.sh\` (BENCH_WARMUP=$WARMUP, BENCH_DURATION=$DURATION, BENCH_CONNECTIONS=$CONNECTIONS,
BENCH_CASES_MEASURED=$MEASURED) on $(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1), PostgreSQL
holding $DB_CASES cases ($DB_SIZE) when the run began. Each function runs alone in its own JVM (scheduler off) against
the all-in-one app's embedded PostgreSQL and S3, and was warmed with its own calls for at least $WARMUP s (the staff's
moves with whole cycles over cases of their own) before it was measured. Every move is made on a case of its own,
reported through the real intake beforehand; "answered" counts what the database shows done (cases that reached the
move's state, redemptions made), not wrk's requests. wrk with $CONNECTIONS connections, each move until its cases ran
out or ${DURATION} s; scheduled runs one after another, as a scheduler makes them. "CPU ms" is the function's own
(user + system) per answered call; "peak RSS" is the process's high-water mark at the end of its calls.

| call | function | answered | per second | p50 ms | p99 ms | non-2xx | CPU ms a call | peak RSS MB | what a call did |
|---|---|---:|---:|---:|---:|---:|---:|---:|---|
$(cat "$ROWS")

A month of a city filing 2 000 reports a day on Lambda at these figures (its p50 here as the least a call lasts).
Assumed a month: 60 000 reports of which 87 % are filed and 74 % closed (the Hubei city's 3 599 of 4 158 filed,
3 068 closed), one photo grant per report and per disposal, a reminder run every 5 minutes and a delivery pass every
minute (EventBridge Scheduler's finest rate; containers deliver every 10 s), 10 000 redemptions. A backlog run (the
row above) is not in the bill: it happens after an import or an outage, not every 5 minutes.

$(lambda_cost <"$WORK/cost.in")
MD
write_section costs "$section"
log "wrote the costs section of BENCHMARKS.md"
cat "$section"

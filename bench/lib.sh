# Shared by the benchmark scripts: tools, a work directory, the build, and the all-in-one app on its embedded
# defaults as the provider of PostgreSQL, S3 and dev tokens. Source it; it defines PG_PORT, S3, FN_ENV, dev_token.
need() { command -v "$1" >/dev/null || { apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need pgbench postgresql-client
need jq jq
need curl curl

WORK=$(mktemp -d /tmp/suishoupai-bench.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]:-}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT
log() { echo "[bench] $*" >&2; }

log "building the functions (work dir $WORK)"
[ -n "${BENCH_SKIP_BUILD:-}" ] || mvn -B -q install -DskipTests

# --- infrastructure: the all-in-one app on its embedded defaults gives PostgreSQL, S3 and the dev keys -------
# BENCH_DATA_DIR keeps the database (and its generated cases) between runs: ten million cases take long to make.
DATA_DIR=${BENCH_DATA_DIR:-$WORK/data}
log "starting the all-in-one app for PostgreSQL, S3 and dev tokens (data in $DATA_DIR)"
# no scheduled runs: a reminder run over generated years of overdue cases would work beside every measurement
# INFRA_ENV: a script's own settings for the provider (e.g. reports without photos, to make cases quickly)
env ${INFRA_ENV[@]+"${INFRA_ENV[@]}"} QUARKUS_SCHEDULER_ENABLED=false \
SUISHOUPAI_DATA_DIR=$DATA_DIR QUARKUS_HTTP_PORT=$INFRA_PORT SUISHOUPAI_INTAKE_DAILY_LIMIT=1000000 \
    SUISHOUPAI_LIMITS_SIGN_UPLOADS_PER_WINDOW=1000000 SUISHOUPAI_LIMITS_PENDING_UPLOADS=1000000 \
    SUISHOUPAI_LIMITS_SUBMIT_REPORT_PER_WINDOW=1000000 \
    java -jar functions/all-in-one/target/quarkus-app/quarkus-run.jar >"$WORK/all-in-one.log" 2>&1 &
PIDS+=($!)
until curl -sf -o /dev/null "http://127.0.0.1:$INFRA_PORT/list-categories"; do sleep 0.5; done
PG_PORT=$(grep -o 'PostgreSQL on port [0-9]*' "$WORK/all-in-one.log" | grep -o '[0-9]*$')
S3=$(grep -o 'S3 at http://[0-9.:]*' "$WORK/all-in-one.log" | sed 's/^S3 at //')
export PGPASSWORD=postgres

FN_ENV=(
    QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://127.0.0.1:$PG_PORT/postgres"
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres
    QUARKUS_S3_ENDPOINT_OVERRIDE="$S3" QUARKUS_S3_PATH_STYLE_ACCESS=true QUARKUS_S3_AWS_REGION=us-east-1
    QUARKUS_S3_AWS_CREDENTIALS_TYPE=static
    QUARKUS_S3_AWS_CREDENTIALS_STATIC_PROVIDER_ACCESS_KEY_ID=suishoupai-local
    QUARKUS_S3_AWS_CREDENTIALS_STATIC_PROVIDER_SECRET_ACCESS_KEY=suishoupai-local-secret
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$DATA_DIR/jwt/dev-public-key.pem"
    SUISHOUPAI_INTAKE_DAILY_LIMIT=1000000
    # a benchmark is one caller flooding on purpose: lift the abuse limits
    SUISHOUPAI_LIMITS_SIGN_UPLOADS_PER_WINDOW=1000000 SUISHOUPAI_LIMITS_SUBMIT_REPORT_PER_WINDOW=1000000
    SUISHOUPAI_LIMITS_PENDING_UPLOADS=1000000
    QUARKUS_HTTP_PORT=$FN_PORT
    # metrics (the management interface) on a free port: the all-in-one provider holds 9000
    QUARKUS_MANAGEMENT_PORT=0
)

# A file that parses as a JPEG (start, JFIF header, one scan, end) whose scan is random bytes without 0xFF: a stray
# marker inside the scan makes intake's parser refuse the photo (MEDIA_UNREADABLE), and no real encoder writes one.
make_jpeg() { # file scan-bytes
    head -c $(($2 + $2 / 128 + 1024)) /dev/urandom | tr -d '\377' >"$1.scan" # a file, not a pipe into head: pipefail
    { printf '\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00'
      head -c "$2" "$1.scan"; printf '\xff\xd9'; } >"$1"
    rm -f "$1.scan"
}

dev_token() { # sub role
    curl -s -X POST "http://127.0.0.1:$INFRA_PORT/dev/token" -H 'Content-Type: application/json' \
        -d "{\"sub\":\"$1\",\"roles\":[\"$2\"]}" | jq -r .token
}


# Replaces the section NAME of BENCHMARKS.md (between its markers) with the content of FILE where it stands, so the
# document keeps its order; a new section goes at the end.
write_section() {
    local name=$1 file=$2 target="$ROOT/BENCHMARKS.md"
    [ -f "$target" ] || printf '# Benchmarks\n\nBenchmarks are not tests: figures move with the machine; the ratios, taken in one run on one machine,\nare what to compare. Each section names the command that produced it.\n' >"$target"
    awk -v name="$name" -v file="$file" '
        function section() {
            print "<!-- BEGIN " name " -->"
            while ((getline line < file) > 0) print line
            close(file)
            print "<!-- END " name " -->"
            done = 1
        }
        $0 == "<!-- BEGIN " name " -->" { skip = 1; section(); next }
        $0 == "<!-- END " name " -->" { skip = 0; next }
        !skip { print }
        END { if (!done) { print ""; section() } }' "$target" >"$target.tmp"
    # squeeze runs of blank lines left by replaced sections
    cat -s "$target.tmp" >"$target" && rm -f "$target.tmp"
}

# The packaged app of a function, of the floor (bench/hello-funqy) or of a function's extension floor (build_floor).
app_dir() {
    case $1 in
    hello-funqy) echo "$ROOT/bench/hello-funqy/target/quarkus-app" ;;
    floor-*) echo "$WORK/$1/target/quarkus-app" ;;
    *) echo "$ROOT/functions/$1/target/quarkus-app" ;;
    esac
}

# function → builds floor-<function> in the work directory: bench/extension-floor with the Quarkus extensions that
# shared/pom.xml and the function's pom.xml declare (not test-scoped, exclusions kept), versions from the project's
# parent. Derived from the poms, so the floor follows the function.
build_floor() {
    local fn=$1 dir=$WORK/floor-$1
    rm -rf "$dir" && cp -r "$ROOT/bench/extension-floor" "$dir" && rm -rf "$dir/target"
    python3 - "$ROOT" "$fn" "$dir/pom.xml" <<'PY'
import os, re, sys
root, fn, target = sys.argv[1:]
blocks = []
for pom in [f"{root}/shared/pom.xml", f"{root}/functions/{fn}/pom.xml"]:
    deps = open(pom, encoding="utf-8").read().split("<dependencies>", 1)[1].split("</dependencies>", 1)[0]
    for block in re.findall(r"<dependency>.*?</dependency>", deps, re.S):
        group = re.search(r"<groupId>(.*?)</groupId>", block).group(1)
        if "<scope>test</scope>" in block or not (group == "io.quarkus" or group.startswith("io.quarkiverse")):
            continue
        blocks.append("    " + re.sub(r"<!--.*?-->\s*", "", block, flags=re.S))
floor = open(target, encoding="utf-8").read()
floor = floor.replace("<!-- EXTENSIONS -->", "\n".join(blocks).strip())
floor = floor.replace("<relativePath>../../pom.xml</relativePath>", f"<relativePath>{os.path.relpath(root, os.path.dirname(target))}/pom.xml</relativePath>")
open(target, "w", encoding="utf-8").write(floor)
PY
    # a function's own build-time switches, if it has any, go with its extensions (none has now; each switched
    # Hibernate's processing off while it carried Hibernate: its floor too, or the floor would carry what it left out)
    local switches="$ROOT/functions/$fn/src/main/resources/META-INF/microprofile-config.properties"
    if [ -f "$switches" ]; then
        mkdir -p "$dir/src/main/resources/META-INF" && cp "$switches" "$dir/src/main/resources/META-INF/"
    fi
    mvn -B -q -f "$dir/pom.xml" package
    log "floor-$fn: $(grep -c '<dependency>' "$dir/pom.xml") Quarkus extensions declared as $fn's are, none of its code$(
        [ -f "$switches" ] && echo ", its build switches ($(grep -v '^#' "$switches" | tr '\n' ' '))")"
}

# wrk's latency ("850.12us", "12.3ms", "1.2s") → milliseconds
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); print v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v); print v} else if (v ~ /s$/) {sub(/s$/,"",v); print v*1000}}'; }
# pid → the process's CPU so far (user + system), in clock ticks
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# prefix count → accounts prefix1..prefixN hold 1 000 000 points more, each with its ledger entry
grant_points() {
    psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres \
        -c "insert into points_account (account_id, balance) select '$1' || g, 1000000 from generate_series(1, $2) g
            on conflict (account_id) do update set balance = points_account.balance + 1000000" \
        -c "insert into points_entry (account_id, delta, reason, note, actor_id, at, unique_key)
            select '$1' || g, 1000000, 'ADJUSTMENT', 'benchmark grant', 'bench', now(), '$1grant|' || g || '|' || now()
            from generate_series(1, $2) g"
}
# → rewards BENCH-1..BENCH-50 of 10 points, 100 000 in stock each (bench/redeem.lua redeems them)
bench_rewards() {
    psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres \
        -c "insert into reward (sku, name, cost, stock, per_person_limit) select 'BENCH-' || g, 'reward ' || g, 10, 100000, 1000000
            from generate_series(1, 50) g on conflict (sku) do update set stock = 100000"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# app → HTTP status of a cheap call it answers with 200 on FN_PORT (uses CITIZEN, ADMIN and SAMPLE_CASE if set).
probe() {
    local base="http://127.0.0.1:$FN_PORT"
    case $1 in
    hello-funqy) curl -s -o /dev/null -w '%{http_code}' "$base/hello" ;;
    floor-*) curl -s -o /dev/null -w '%{http_code}' "$base/ping" ;;
    upload-signing) curl -s -o /dev/null -w '%{http_code}' -X POST "$base/sign-uploads" \
        -H "Authorization: Bearer $CITIZEN" -H 'Content-Type: application/json' \
        -d '{"items":[{"kind":"PHOTO","contentType":"image/jpeg","contentLength":1000}]}' ;;
    report-intake) curl -s -o /dev/null -w '%{http_code}' "$base/list-categories" ;;
    status-query | all-in-one)
        if [ -n "${SAMPLE_CASE:-}" ]; then
            curl -s -o /dev/null -w '%{http_code}' "$base/get-case?caseNumber=$SAMPLE_CASE"
        else
            curl -s -o /dev/null -w '%{http_code}' "$base/search-cases?size=1"
        fi ;;
    triage-routing) curl -s -o /dev/null -w '%{http_code}' "$base/list-departments" ;;
    reminder-scheduling) curl -s -o /dev/null -w '%{http_code}' "$base/list-channels" -H "Authorization: Bearer $ADMIN" ;;
    points-redemption) curl -s -o /dev/null -w '%{http_code}' "$base/list-rewards" ;;
    esac
}

# Lambda's bill for a month of calls, from what each call cost here. Input lines: "call calls-a-month cpu-ms wall-ms".
# A function gets CPU in proportion to its memory (1 769 MB = one vCPU), so at LAMBDA_MB a call lasts at least its
# CPU time scaled up, and at least what it took here. Prices: AWS Lambda x86, us-east-1, on-demand (published list
# price): $0.0000166667 per GB-second, $0.20 per million requests; free tier ignored.
lambda_cost() {
    local mb=${LAMBDA_MB:-512}
    awk -v mb="$mb" 'BEGIN {
            gbs = 0.0000166667; req = 0.20 / 1000000; share = mb / 1769
            printf "| call | calls a month | CPU ms a call | billed ms a call (%d MB) | GB-s a month | USD a month |\n", mb
            print "|---|---:|---:|---:|---:|---:|"
        }
        NF == 4 {
            billed = $3 / share; if ($4 > billed) billed = $4
            gb_s = $2 * billed / 1000 * mb / 1024
            usd = gb_s * gbs + $2 * req
            total += usd; calls += $2
            printf "| %s | %d | %.2f | %.1f | %.0f | %.2f |\n", $1, $2, $3, billed, gb_s, usd
        }
        END { printf "| all of the above | %d | | | | %.2f |\n", calls, total }'
}

# --- case-stats' statements as the code writes them (Indicators.receivedSql and dueSql), for pgbench ----------
shared_classpath() { # → shared's classes and dependencies, for jshell (resolved once per run)
    [ -s "$WORK/shared.classpath" ] ||
        mvn -B -q -o dependency:build-classpath -pl shared -Dmdep.outputFile="$WORK/shared.classpath" >/dev/null
    echo "$ROOT/shared/target/classes:$(cat "$WORK/shared.classpath")"
}
stats_statements() { # grouping → $WORK/stats-<grouping>.sql.in: both statements, parameters named
    printf '%s\n' \
        'var g = io.suishoupai.shared.stats.Indicators.GroupBy.'"$1"';' \
        'var k = io.suishoupai.shared.stats.Indicators.class;' \
        'System.out.println(k.getMethod("receivedSql", g.getClass()).invoke(null, g).toString().replaceAll("--[^\\n]*", "").replace("?1", ":from").replace("?2", ":to").replace("?3", ":to").replace("?4", ":dept").replace("?5", ":fullfrom").replace("?6", ":fullto").replace("?7", ":monthfrom").replace("?8", ":monthto").replace("\n", " ") + ";");' \
        'System.out.println(k.getMethod("dueSql", g.getClass()).invoke(null, g).toString().replaceAll("--[^\\n]*", "").replace("?1", ":from").replace("?2", ":to").replace("?3", ":dept").replace("?4", ":fullfrom").replace("?5", ":fullto").replace("?6", ":monthfrom").replace("?7", ":monthto").replace("\n", " ") + ";");' \
        '/exit' | jshell -q --class-path "$(shared_classpath)" - 2>/dev/null \
        | sed 's/\x1b\[[0-9;]*m//g' | grep '^ *WITH' >"$WORK/stats-$1.sql.in"
    [ "$(wc -l <"$WORK/stats-$1.sql.in")" -eq 2 ] || { echo "case-stats' statements for $1 not printed" >&2; exit 1; }
    rollup_zone
}
rollup_zone() { # → ROLLUP_ZONE: the zone of the rollups' days and months, as the code declares it (RollupPeriod.ZONE)
    [ -s "$WORK/rollup.zone" ] ||
        printf '%s\n' 'System.out.println("zone " + io.suishoupai.shared.stats.RollupPeriod.ZONE.getId());' '/exit' \
            | jshell -q --class-path "$(shared_classpath)" - 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' \
            | awk '$1 == "zone" {print $2}' >"$WORK/rollup.zone"
    ROLLUP_ZONE=$(cat "$WORK/rollup.zone")
    [ -n "$ROLLUP_ZONE" ] || { echo "RollupPeriod.ZONE not printed" >&2; exit 1; }
}
# the bounds of the whole days and of the whole months in [from, to) in the rollups' zone (RollupPeriod.of, for
# periods with a whole day; stats_statements sets ROLLUP_ZONE); the grid reads digests only
ceil_zone() { # unit instant-expr → the first start of a unit of the rollups' zone at or after it
    echo "((date_trunc('$1', ($2) AT TIME ZONE '$ROLLUP_ZONE') + CASE WHEN date_trunc('$1', ($2) AT TIME ZONE '$ROLLUP_ZONE') = ($2) AT TIME ZONE '$ROLLUP_ZONE' THEN interval '0' ELSE interval '1 $1' END) AT TIME ZONE '$ROLLUP_ZONE')"
}
floor_zone() { echo "(date_trunc('$1', ($2) AT TIME ZONE '$ROLLUP_ZONE') AT TIME ZONE '$ROLLUP_ZONE')"; }
stats_sql() { # grouping from-expr to-expr department → both statements with the period in place (from
    # stats_statements). STATS_DAYS_ONLY=1 reads no month rows, as before V23: the months' bounds at the days' end.
    local ff ft mf mt
    if [ "$1" = GRID ]; then
        ff=$3; ft=$3; mf=$3; mt=$3
    else
        ff=$(ceil_zone day "$2"); ft=$(floor_zone day "$3")
        # no whole month: every whole day from the day rows (monthFrom = monthTo = fullTo)
        mf="(CASE WHEN $(ceil_zone month "$ff") < $(floor_zone month "$ft") THEN $(ceil_zone month "$ff") ELSE $ft END)"
        mt="(CASE WHEN $(ceil_zone month "$ff") < $(floor_zone month "$ft") THEN $(floor_zone month "$ft") ELSE $ft END)"
        [ -z "${STATS_DAYS_ONLY:-}" ] || { mf=$ft; mt=$ft; }
    fi
    sed -e "s|:fullfrom|$ff|g; s|:fullto|$ft|g; s|:monthfrom|$mf|g; s|:monthto|$mt|g" "$WORK/stats-$1.sql.in" \
        | sed -e "s|:from|$2|g; s|:to|$3|g; s|:dept|$4|g"
}

# pgbench on the bench database: name connections → PGB_TPS, PGB_P50, PGB_P99 (ms) of $WORK/<name>.sql over
# DURATION s, prepared, from its per-transaction log
declare -A PGB_TPS PGB_P50 PGB_P99
run_pgbench() {
    (cd "$WORK" && rm -f "pgb-$1".* && pgbench -n -M prepared -c "$2" -j $(($2 < 2 ? 1 : 2)) -T "$DURATION" -l \
        --log-prefix="pgb-$1" -f "$1.sql" -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres \
        >"$WORK/pgbench-$1.txt" 2>&1) || { cat "$WORK/pgbench-$1.txt" >&2; exit 1; }
    PGB_TPS[$1]=$(awk '/^tps/ {printf "%.1f", $3; exit}' "$WORK/pgbench-$1.txt")
    cat "$WORK"/pgb-"$1".* | awk '{print $3 / 1000}' | sort -n >"$WORK/pgb-$1.lat"
    local n
    n=$(wc -l <"$WORK/pgb-$1.lat")
    PGB_P50[$1]=$(awk -v n="$n" 'NR == int(n * 0.50) + 1 {print; exit}' "$WORK/pgb-$1.lat")
    PGB_P99[$1]=$(awk -v n="$n" 'NR == int(n * 0.99) + 1 {print; exit}' "$WORK/pgb-$1.lat")
}

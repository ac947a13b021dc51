#!/usr/bin/env bash
# Benchmark — not a test. JVM start to first 200 of each function's packaged app, on Java 17 and on Java 25 with
# and without an AOT cache (JEP 483/514/515: classes loaded and linked, method profiles and compiled code from a
# training run), against a bare Quarkus Funqy hello app and against each function's extension floor (the same Quarkus
# extensions, none of the code: build_floor in lib.sh) measured the same three ways. Writes the "startup" section of
# BENCHMARKS.md.
# The cache comes from one training run per app (-XX:AOTCacheOutput: start, serve the probe calls, stop), which is
# what `quarkus.package.jar.aot.enabled=true` automates with @QuarkusIntegrationTest runs as training.
# Usage: bench/startup.sh     (knobs: BENCH_RUNS=5, JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${BENCH_RUNS:-5}
JAVA17=java
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
INFRA_PORT=18080
FN_PORT=18081
FUNCTIONS="upload-signing report-intake status-query triage-routing reminder-scheduling points-redemption"
# each function beside its extension floor: the same Quarkus extensions and none of its code (bench/extension-floor)
APPS="hello-funqy $(for fn in $FUNCTIONS; do printf 'floor-%s %s ' "$fn" "$fn"; done)"

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
mvn -B -q -f bench/hello-funqy/pom.xml package
for fn in $FUNCTIONS; do build_floor "$fn"; done
CITIZEN=$(dev_token bench-citizen citizen)
ADMIN=$(dev_token bench-admin admin)

start_once() { # app java extra-flags… → milliseconds from exec to the first 200, and the RSS then (kB)
    local app=$1 java=$2
    shift 2
    local t0 t1 pid rss
    t0=$(date +%s%N)
    (cd "$(app_dir "$app")" && exec env "${FN_ENV[@]}" "$java" "$@" -jar quarkus-run.jar) >>"$WORK/$app.log" 2>&1 &
    pid=$!
    until [ "$(probe "$app")" = 200 ]; do
        kill -0 "$pid" 2>/dev/null || { log "$app died; see $WORK/$app.log"; exit 1; }
        sleep 0.005
    done
    t1=$(date +%s%N)
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo "$(((t1 - t0) / 1000000)) $rss"
}

train() { # app → writes <app dir>/app.aot from one training run on Java 25
    local app=$1 pid
    rm -f "$(app_dir "$app")/app.aot"
    (cd "$(app_dir "$app")" && exec env "${FN_ENV[@]}" "$JAVA25" -XX:AOTCacheOutput=app.aot -jar quarkus-run.jar) \
        >>"$WORK/$app-train.log" 2>&1 &
    pid=$!
    until [ "$(probe "$app")" = 200 ]; do sleep 0.05; done
    for _ in $(seq 50); do probe "$app" >/dev/null; done
    kill "$pid" # a clean exit writes the cache
    wait "$pid" 2>/dev/null || true
    test -s "$(app_dir "$app")/app.aot" || { log "no AOT cache for $app; see $WORK/$app-train.log"; exit 1; }
}

classes_once() { # app → classes loaded by the first answer (Java 17), and how many of them are the project's
    local app=$1 pid file=$WORK/$app.classes all own
    rm -f "$file"
    (cd "$(app_dir "$app")" && exec env "${FN_ENV[@]}" "$JAVA17" -Xlog:class+load=info:file="$file" \
        -jar quarkus-run.jar) >>"$WORK/$app.log" 2>&1 &
    pid=$!
    until [ "$(probe "$app")" = 200 ]; do
        kill -0 "$pid" 2>/dev/null || { log "$app died; see $WORK/$app.log"; exit 1; }
        sleep 0.005
    done
    all=$(grep -c 'class,load' "$file")
    own=$(grep -c ' io\.suishoupai\.' "$file" || true) # its code and the beans Quarkus generates for it
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo "$all $own"
}

declare -A J17 J25 AOT RSS CLASSES
for app in $APPS; do
    train "$app"
    for variant in J17 J25 AOT; do : >"$WORK/$app.$variant"; done
done
# Round by round, every app once in each variant: a function's starts sit beside its floor's, so a slow minute on
# this shared machine hits both alike instead of one of them (the ratio to the floor is the target)
for run in $(seq "$RUNS"); do
    for app in $APPS; do
        start_once "$app" "$JAVA17" >>"$WORK/$app.J17"
        start_once "$app" "$JAVA25" >>"$WORK/$app.J25"
        start_once "$app" "$JAVA25" -XX:AOTCache=app.aot >>"$WORK/$app.AOT"
    done
    log "round $run of $RUNS done"
done
for app in $APPS; do
    J17[$app]=$(cut -d' ' -f1 "$WORK/$app.J17" | median)
    J25[$app]=$(cut -d' ' -f1 "$WORK/$app.J25" | median)
    AOT[$app]=$(cut -d' ' -f1 "$WORK/$app.AOT" | median)
    RSS[$app]=$(cut -d' ' -f2 "$WORK/$app.J17" | median)
    CLASSES[$app]=$(classes_once "$app") # a start of its own: logging each class slows it
    log "$app: Java 17 ${J17[$app]} ms, Java 25 ${J25[$app]} ms, Java 25 + AOT cache ${AOT[$app]} ms, RSS ${RSS[$app]} kB"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
own_floor() { case $1 in hello-funqy | floor-*) echo "$1" ;; *) echo "floor-$1" ;; esac; }
OUT=$WORK/startup.md
{
    echo "## Start-up: Java 17, Java 25, Java 25 with an AOT cache, against each function's extension floor"
    echo
    echo "Command: \`bench/startup.sh\` ($RUNS starts per cell, median, in rounds: each round starts every app once in"
    echo "each variant, a function just after its floor; $(nproc) cores; $(date -u +%Y-%m-%d))."
    echo "Exec of \`java -jar quarkus-run.jar\` to the first 200 of a cheap call, against PostgreSQL and S3 on"
    echo "loopback (the first answer waits for the check of the schema's version in the database); RSS then (Java 17)."
    echo "The cache comes from one training run per app (\`-XX:AOTCacheOutput\`, 50 calls). hello-funqy is a bare"
    echo "Quarkus Funqy app; floor-<function> has the Quarkus extensions the function declares (shared's and its own, built"
    echo "from bench/extension-floor, with the function's build switches) and none of its code: its one call reads the"
    echo "database. Targets (#19): a function"
    echo "≤ 1.1× its own floor and ≤ 2.5× hello-funqy, RSS ≤ 2× hello-funqy's. Classes: loaded by the first answer"
    echo "(Java 17, one more start with \`-Xlog:class+load\`), and of them the project's (io.suishoupai, with the beans"
    echo "Quarkus generates for its code)."
    echo
    echo "| app | Java 17 ms | Java 25 ms | Java 25 + AOT ms | AOT gain | × own floor (17) | × hello (17) | × hello (25 + AOT) | RSS MB | RSS × hello | classes (project's) |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    for app in $APPS; do
        floor=$(own_floor "$app")
        echo "| $app | ${J17[$app]} | ${J25[$app]} | ${AOT[$app]} | $(ratio "${J25[$app]}" "${AOT[$app]}")× |" \
            "$(ratio "${J17[$app]}" "${J17[$floor]}") | $(ratio "${J17[$app]}" "${J17[hello-funqy]}") |" \
            "$(ratio "${AOT[$app]}" "${AOT[hello-funqy]}") | $(awk -v k="${RSS[$app]}" 'BEGIN {printf "%.0f", k / 1024}') |" \
            "$(ratio "${RSS[$app]}" "${RSS[hello-funqy]}") | ${CLASSES[$app]% *} (${CLASSES[$app]#* }) |"
    done
} >"$OUT"
write_section startup "$OUT"
log "wrote the startup section of BENCHMARKS.md"

#!/usr/bin/env bash
# Benchmark — not a test. Intake's memory with the largest reports the API allows: BENCH_REPORTS reports at once,
# each of nine photos of ~10 MB, against report-intake alone with a bounded heap (-Xmx$BENCH_HEAP). Writes the
# "intake-memory" section of BENCHMARKS.md: the answers, the process's peak RSS, and the heap's peak occupancy
# from the GC log. Since #19 a photo streams from its upload to its kept copy, so the heap a report needs does not
# grow with its photos' size: the target is 64 MB for 9 × 10 MB photos.
# Usage: bench/intake-memory.sh   (knobs: BENCH_REPORTS=6 BENCH_HEAP=64m)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

REPORTS=${BENCH_REPORTS:-6}
HEAP=${BENCH_HEAP:-64m}
INFRA_PORT=18080
FN_PORT=18081

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

PHOTO=$WORK/big.jpg
make_jpeg "$PHOTO" 10400000 # ~10 MB, under the 10 MiB photo limit
PHOTO_SIZE=$(stat -c%s "$PHOTO")

log "uploading $REPORTS × 9 photos of $PHOTO_SIZE bytes"
for r in $(seq 1 "$REPORTS"); do
    token=$(dev_token "bench-big-$r" citizen)
    echo "$token" >"$WORK/token.$r"
    items=$(jq -cn --argjson size "$PHOTO_SIZE" '[range(9)] | map({kind:"PHOTO",contentType:"image/jpeg",contentLength:$size})')
    curl -s -X POST "http://127.0.0.1:$INFRA_PORT/sign-uploads" -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' -d "{\"items\":$items}" >"$WORK/uploads.$r"
    jq -r '.uploads[].url' "$WORK/uploads.$r" |
        xargs -P 4 -I{} curl -s -f -o /dev/null -X PUT -H 'Content-Type: image/jpeg' --data-binary @"$PHOTO" '{}'
    jq -c --arg key "bench-big-$r-$(date +%s%N)" '{idempotencyKey:$key, categoryCode:"01-04-02",
        description:"井盖缺失", location:{lat:29.84,lon:114.32}, media:[.uploads[].key]}' "$WORK/uploads.$r" >"$WORK/body.$r"
done

log "starting report-intake with -Xmx$HEAP"
env "${FN_ENV[@]}" java "-Xmx$HEAP" "-Xlog:gc:file=$WORK/gc.log" \
    -jar "$(app_dir report-intake)/quarkus-run.jar" >"$WORK/report-intake.log" 2>&1 &
FN_PID=$!
PIDS+=("$FN_PID")
until [ "$(probe report-intake)" = 200 ]; do sleep 0.2; done
rss_before=$(awk '/VmRSS/ {print $2}' "/proc/$FN_PID/status")

log "submitting $REPORTS reports at once"
start=$(date +%s%N)
SENDERS=()
for r in $(seq 1 "$REPORTS"); do
    curl -s -o "$WORK/answer.$r" -w '%{http_code}\n' -X POST "http://127.0.0.1:$FN_PORT/submit-report" \
        -H "Authorization: Bearer $(cat "$WORK/token.$r")" -H 'Content-Type: application/json' \
        --data-binary @"$WORK/body.$r" >"$WORK/status.$r" &
    SENDERS+=($!)
done
wait "${SENDERS[@]}"
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
statuses=$(cat "$WORK"/status.* | sort | uniq -c | awk '{printf "%s × %s, ", $1, $2}' | sed 's/, $//')
peak_rss=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$FN_PID/status")
# the largest live heap a collection left ("…M->…M(…M)": the figure after the arrow); before the arrow is
# garbage included, which G1 lets grow to whatever the heap allows
peak_heap=$(grep -o '[0-9]*M->[0-9]*M' "$WORK/gc.log" | sed 's/.*M->//; s/M$//' | sort -n | tail -1)
collections=$(grep -c 'Pause' "$WORK/gc.log" || true)

section=$WORK/section.md
cat >"$section" <<MD
## Intake memory: the largest reports at once

Measured by \`bench/intake-memory.sh\` (BENCH_REPORTS=$REPORTS, BENCH_HEAP=$HEAP) on $(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1).
$REPORTS reports submitted at the same moment to report-intake alone, each carrying nine photos of $PHOTO_SIZE bytes
(the API's maximum: 9 items of at most 10 MiB), with the heap capped at $HEAP. A report's photos are checked and
kept at once (16 threads per process); each photo over 256 KiB is read twice, once to plan what of it is kept and
once streamed from the upload into the kept copy through fixed buffers, so it holds about 512 KiB whatever its size
(\`suishoupai.intake.photo-memory\`, 80M, bounds the sum).

| | figure |
|---|---|
| answers | $statuses |
| all $REPORTS answered in | $elapsed_ms ms |
| peak resident memory of the process | $peak_rss MB (${rss_before} kB after start-up) |
| largest live heap after a collection | ${peak_heap:-?} MB of $HEAP ($collections collections) |

Before issue #12's B6, the review measured about 260 MB of heap for one such report (every photo held twice) and a
1.35 GB peak for six at once, against report-intake's 768 MB Lambda; #12 brought six down to a 128 MB heap (photos
held one at a time, each whole); since #19 (streamed) the same six fit a $HEAP heap.
MD
write_section intake-memory "$section"
log "wrote the intake-memory section of BENCHMARKS.md"
cat "$section"

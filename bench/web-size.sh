#!/usr/bin/env bash
# The citizen's app's weight: what a phone downloads to open each page (the report page's budget: 200 KB of
# compressed JavaScript). Builds web/ with the machine's Node.js and rewrites the web-size section of BENCHMARKS.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
eval "$(sed -n "/^write_section()/,/^}/p" "$ROOT/bench/lib.sh")" # only its section writer: lib.sh itself starts the benchmark infrastructure
WORK=$(mktemp -d)
(cd "$ROOT/web" && npm ci --no-audit --no-fund >/dev/null && npm run build >/dev/null 2>&1)
TABLE=$(node "$ROOT/web/app/scripts/bundle-size.mjs" "$ROOT/web/app/dist")
cat >"$WORK/section.md" <<MD
## The citizen's app: what a phone downloads

Measured by \`bench/web-size.sh\` on $(date -u +%F) (Node.js $(node --version), the production build of \`web/app\`). For each page: the entry and the page's chunk with every chunk they import statically, from Vite's manifest, gzip level 6 as the all-in-one app sends them. The report page's budget is 200 KB of compressed JavaScript. Once a page is up, the app fetches the other pages' code when the browser is idle (so a citizen who loses the network can still move around and leave a report in the outbox); that is not on any page's critical path.

$TABLE
MD
write_section web-size "$WORK/section.md"
echo "wrote the web-size section of BENCHMARKS.md"

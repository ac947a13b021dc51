#!/bin/sh
# The web clients build with the machine's Node.js and npm (20 or newer); nothing is downloaded.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Suishoupai's web clients need Node.js 20 or newer and npm on the PATH (install them from your OS packages or nodejs.org, then build again)." >&2
  exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "Suishoupai's web clients need Node.js 20 or newer; this machine has $(node --version). Upgrade Node.js, then build again." >&2
  exit 1
fi

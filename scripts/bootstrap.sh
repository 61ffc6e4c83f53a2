#!/usr/bin/env bash
# Installs what the workspace needs on a machine that has only Node 20 and npm:
# pnpm at the version pinned in package.json, then the workspace's packages.
# Idempotent: a second run finds everything in place and returns in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

want=$(node -p "require('./package.json').packageManager.split('@')[1]")
have=$(pnpm --version 2>/dev/null || true)
if [ "$have" != "$want" ]; then
  echo "bootstrap: installing pnpm@$want with npm (found: ${have:-none})"
  npm install --global --no-fund --no-audit "pnpm@$want" >/dev/null
fi

if [ -n "${CI:-}" ]; then
  pnpm install --frozen-lockfile --reporter=append-only
else
  pnpm install --prefer-offline --reporter=silent
fi

# Browser tests drive Debian's Chromium; install it once where it is missing.
if [ -n "${WEIGHTINIT_NEEDS_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  bash scripts/install-chromium.sh
fi

#!/usr/bin/env bash
# Makes sure the browser tests have their Chromium (scripts/lib/chromium.ts): a configured one (CHROMIUM_PATH), or
# Debian's packages, chromium (the full browser, for chrome://accessibility) and chromium-headless-shell (the rest of
# the tests, about twice as fast), installed when run as root on a machine that cannot download browsers (CI); or
# else Playwright's own, which comes with both.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi

full=''
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$candidate" ]; then full=$candidate; fi
done
shell=''
if [ -x /usr/bin/chromium-headless-shell ]; then shell=/usr/bin/chromium-headless-shell; fi
if [ -n "$full" ] && [ -n "$shell" ]; then exit 0; fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: installing Debian's chromium and chromium-headless-shell" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-headless-shell >&2
  exit 0
fi

if [ -n "$full" ]; then
  echo "ensure-browser: no chromium-headless-shell; the browser tests run in $full (slower)" >&2
  exit 0
fi

if node -e "const fs=require('fs');process.exit(fs.existsSync(require('playwright-core').chromium.executablePath())?0:1)" 2>/dev/null; then
  exit 0
fi

echo "ensure-browser: no Chromium found; installing Playwright's own" >&2
npx playwright install chromium

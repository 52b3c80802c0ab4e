#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium: a configured or system one (Debian's package on CI and on machines
# that cannot download browsers), or else Playwright's own.
set -euo pipefail

for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then exit 0; fi
done

if node -e "const fs=require('fs');process.exit(fs.existsSync(require('playwright-core').chromium.executablePath())?0:1)" 2>/dev/null; then
  exit 0
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: installing Debian's chromium" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  exit 0
fi

echo "ensure-browser: no Chromium found; installing Playwright's own" >&2
npx playwright install chromium

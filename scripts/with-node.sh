#!/usr/bin/env bash
# Runs a command with a Node that runs the scripts (scripts/lib/node-version.sh: 22.18+ in the 22 line, or 23.6+, as
# in package.json's engines) and with the locked dependencies installed. Machines that ship an older Node get a
# project-local one from the npm registry (the `node` package carries a real binary), so nothing installed by hand is
# ever assumed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools/node"
node_pkg="node@24"
# shellcheck source=lib/node-version.sh
source "$root/scripts/lib/node-version.sh"

if ! command -v node >/dev/null 2>&1 || ! node_ok node; then
  if ! node_ok "$tools/node_modules/.bin/node"; then
    echo "with-node: $(node --version 2>/dev/null || echo 'no node') does not satisfy $node_required; installing $node_pkg into .tools/node" >&2
    mkdir -p "$tools"
    npm install --no-save --no-audit --no-fund --prefix "$tools" "$node_pkg" >&2
    # npm 11 may hold back the package's preinstall step, which is what puts the real binary in place.
    if ! node_ok "$tools/node_modules/.bin/node"; then
      (cd "$tools/node_modules/node" && node installArchSpecificPackage) >&2
    fi
    node_ok "$tools/node_modules/.bin/node" || {
      echo "with-node: could not install a Node satisfying $node_required (tried $node_pkg)" >&2
      exit 1
    }
  fi
  export PATH="$tools/node_modules/.bin:$PATH"
fi

# Install the locked dependencies when they are missing or older than the lockfile.
stamp="$root/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$root/package-lock.json" -nt "$stamp" ]; then
  (cd "$root" && npm ci --no-audit --no-fund) >&2
fi

exec "$@"

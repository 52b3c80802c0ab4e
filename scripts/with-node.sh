#!/usr/bin/env bash
# Runs a command with a Node that satisfies package.json's engines (>= 22.12) and with the locked dependencies
# installed. Machines that ship an older Node get a project-local one from the npm registry (the `node` package
# carries a real binary), so nothing installed by hand is ever assumed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools/node"
want_major=22
want_minor=12
node_pkg="node@24"

node_ok() {
  local v
  v="$("$1" --version 2>/dev/null)" || return 1
  v="${v#v}"
  local major="${v%%.*}" rest="${v#*.}"
  local minor="${rest%%.*}"
  ((major > want_major || (major == want_major && minor >= want_minor)))
}

if ! command -v node >/dev/null 2>&1 || ! node_ok node; then
  if ! node_ok "$tools/node_modules/.bin/node"; then
    echo "with-node: $(node --version 2>/dev/null || echo 'no node') is older than v$want_major.$want_minor; installing $node_pkg into .tools/node" >&2
    mkdir -p "$tools"
    npm install --no-save --no-audit --no-fund --prefix "$tools" "$node_pkg" >&2
    # npm 11 may hold back the package's preinstall step, which is what puts the real binary in place.
    if ! node_ok "$tools/node_modules/.bin/node"; then
      (cd "$tools/node_modules/node" && node installArchSpecificPackage) >&2
    fi
    node_ok "$tools/node_modules/.bin/node" || {
      echo "with-node: could not install a Node >= $want_major.$want_minor (tried $node_pkg)" >&2
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

# The Node the scripts need, for scripts/with-node.sh (which sources this file) and its test
# (tests/unit/node-version.test.ts). The scripts run .ts files with plain `node`: type stripping is on without a flag
# from Node 22.18 in the 22 line and from 23.6 on, so 22.0-22.17 and 23.0-23.5 are too old. package.json's engines
# states the same range.
node_required="^22.18.0 || >=23.6.0"

# node_version_ok vMAJOR.MINOR.PATCH: whether that version runs the scripts.
node_version_ok() {
  local v="${1#v}"
  local major="${v%%.*}" rest="${v#*.}"
  local minor="${rest%%.*}"
  [[ "$major" =~ ^[0-9]+$ && "$minor" =~ ^[0-9]+$ ]] || return 1
  major=$((10#$major))
  minor=$((10#$minor))
  if ((major == 22)); then
    ((minor >= 18))
  elif ((major == 23)); then
    ((minor >= 6))
  else
    ((major >= 24))
  fi
}

# node_ok BINARY: whether that node binary runs and is new enough.
node_ok() {
  local v
  v="$("$1" --version 2>/dev/null)" || return 1
  node_version_ok "$v"
}

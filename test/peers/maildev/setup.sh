#!/usr/bin/env bash
# Installs maildev (an SMTP sink with an HTTP API to read mail back) into .peers/maildev for test/peers/email.test.ts.
# Idempotent: returns at once when the pinned version is installed. Cold: a few seconds.
# Uses npm's own registry configuration; never names a registry here.
set -euo pipefail
VERSION=3.0.0
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
app="$root/.peers/maildev"
if [ -f "$app/node_modules/maildev/package.json" ] && grep -q "\"version\": \"$VERSION\"" "$app/node_modules/maildev/package.json"; then
  exit 0
fi
mkdir -p "$app"
npm install --prefix "$app" --no-save --no-package-lock --no-audit --no-fund "maildev@$VERSION" >&2
echo "setup: maildev $VERSION ready in $app" >&2

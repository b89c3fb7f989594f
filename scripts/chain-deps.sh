#!/usr/bin/env bash
# Installs the pinned npm packages of src/Polity.Chain (solc, anvil; see its package.json and lockfile) when
# either is missing. Tests and scripts that need them call this; a lock makes concurrent callers wait for one
# install instead of running `npm ci` over each other (which would delete a binary another is starting).
set -euo pipefail
chain="$(cd "$(dirname "${BASH_SOURCE[0]}")/../src/Polity.Chain" && pwd)"
exec 9>"$chain/.npm-install.lock"
flock 9
if [[ ! -x "$chain/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil" || ! -d "$chain/node_modules/solc" ]]; then
  (cd "$chain" && npm ci --no-audit --no-fund --silent >&2)
fi

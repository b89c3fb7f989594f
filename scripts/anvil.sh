#!/usr/bin/env bash
# Runs a local anvil (npm @foundry-rs/anvil, pinned in src/Polity.Chain/package.json) on 127.0.0.1.
# Usage: scripts/anvil.sh [PORT]   (PORT 0 or none: a free port). Installs the npm packages if missing.
# Prints "anvil 127.0.0.1:PORT" on stderr, then replaces itself with anvil, so killing this process stops it.
set -euo pipefail
chain="$(cd "$(dirname "${BASH_SOURCE[0]}")/../src/Polity.Chain" && pwd)"
bin="$chain/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
"$(dirname "${BASH_SOURCE[0]}")/chain-deps.sh"
port="${1:-0}"
if [[ "$port" == "0" ]]; then
  port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')"
fi
echo "anvil 127.0.0.1:$port" >&2
exec "$bin" --host 127.0.0.1 --port "$port" --silent

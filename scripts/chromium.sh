#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing.
# Prints the path of the browser. Fails (non-zero) when it cannot install it.
set -euo pipefail
BROWSER=/usr/bin/chromium
if [ -x "$BROWSER" ]; then
  echo "$BROWSER"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq chromium >&2
if [ ! -x "$BROWSER" ]; then
  echo "chromium.sh: $BROWSER is still missing after apt-get install" >&2
  exit 1
fi
echo "$BROWSER"

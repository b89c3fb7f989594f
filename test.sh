#!/usr/bin/env bash
# Runs every test of the solution. Needs only the .NET SDK; restores and builds as needed.
# Ends with one line "tests: N passed, M failed" and exits non-zero if anything failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet test --solution Polity.slnx "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -E '^\s*succeeded: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+')
failed=$(grep -E '^\s*failed: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+')
if [[ -z "$passed" ]]; then
  echo "tests: the test run did not finish (exit $status)"
  exit $(( status == 0 ? 1 : status ))
fi
echo "tests: ${passed} passed, ${failed:-0} failed"
exit "$status"

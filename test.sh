#!/usr/bin/env bash
# Runs every test of the solution. Needs the .NET SDK; restores and builds as needed. Starts a throwaway
# PostgreSQL cluster (scripts/pg-test-cluster.sh, installing Debian's postgresql if missing) for the
# PostgreSQL storage suites and stops it on exit; if it cannot start, those suites fail rather than skip.
# Ends with one line "tests: N passed, M failed" and exits non-zero if anything failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
log="$(mktemp)"
pg_err="$(mktemp)"
cleanup() {
  if [[ -n "${POLITY_TEST_PG_DIR:-}" ]]; then
    scripts/pg-test-cluster.sh stop "$POLITY_TEST_PG_DIR"
  fi
  rm -f "$log" "$pg_err"
}
trap cleanup EXIT
if pg_env="$(scripts/pg-test-cluster.sh start 2>"$pg_err")"; then
  cat "$pg_err" >&2
  eval "$pg_env"
else
  cat "$pg_err" >&2
  # The PostgreSQL tests read this and fail with it, instead of starting a cluster of their own.
  export POLITY_TEST_PG_ERROR="./test.sh could not start PostgreSQL: $(tail -n 3 "$pg_err" | tr '\n' ' ')"
fi
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

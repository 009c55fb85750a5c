#!/usr/bin/env bash
# The whole test suite: unit, integration (SQLite and PostgreSQL) and browser tests.
# Starts a throwaway PostgreSQL cluster on a free loopback port and stops it afterwards;
# installs Debian's chromium when it is missing (browser tests use /usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/lib/postgres.sh
if [ ! -x /usr/bin/chromium ]; then
  echo "Chromium not found; installing it from Debian's packages"
  apt_install chromium
fi

# --- Tests ------------------------------------------------------------------
log="$pg_dir/test.log"
set +e
dotnet test Regiokompas.sln 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" = 0 ]; then
  # Benchmarks only in their seconds-long smoke mode here; the full run has its own command.
  dotnet run --project bench/Regiokompas.Benchmarks -- --smoke || status=$?
  dotnet run --project bench/Regiokompas.Benchmarks.Capacity -- --smoke || status=$?
fi
set -e

# One plain closing line for CI, summed over the test projects.
awk '/^  total:/{t+=$2} /^  failed:/{f+=$2} /^  succeeded:/{s+=$2} /^  skipped:/{k+=$2}
     END{if (t == 0) print "no tests ran (see the build output above)"; else printf "%d passed, %d failed, %d skipped\n", s, f, k}' "$log"
exit "$status"

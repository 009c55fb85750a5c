#!/usr/bin/env bash
# Runs one command with a throwaway PostgreSQL cluster, e.g. a filtered test run or the
# PostgreSQL benchmarks:  bash scripts/with-postgres.sh dotnet test --filter-class '*Monitoring*'
# The connection string is in REGIOKOMPAS_TEST_POSTGRES; the cluster is removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
set +e
"$@"
exit $?

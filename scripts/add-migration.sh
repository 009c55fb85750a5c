#!/usr/bin/env bash
# Adds one EF Core migration to both providers (SQLite and PostgreSQL), which keep separate folders.
# Usage: bash scripts/add-migration.sh NameInPascalCase
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh NameInPascalCase}"
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Regiokompas.Web \
    --context "${provider}AppDbContext" --output-dir "Common/Data/Migrations/$provider"
done

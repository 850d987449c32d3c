#!/usr/bin/env bash
# Adds one migration to every provider's migrations project, so the providers never drift apart (ADR-019).
# Usage: eng/add-migration.sh MigrationName. No database server is needed: "migrations add" only reads the model.
set -euo pipefail
name="${1:?usage: eng/add-migration.sh MigrationName}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project "src/CareDesk.Migrations.$provider" \
    --startup-project "src/CareDesk.Migrations.$provider" \
    --context AppDbContext --output-dir Migrations
done

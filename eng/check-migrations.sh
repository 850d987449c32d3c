#!/usr/bin/env bash
# Fails when the EF model has changes that no migration captures, for every provider.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite; do
  dotnet ef migrations has-pending-model-changes \
    --project "src/CareDesk.Migrations.$provider" \
    --startup-project "src/CareDesk.Migrations.$provider" \
    --context AppDbContext --no-build
done

#!/usr/bin/env bash
# Fails when the EF model has changes that no migration captures, for every provider (ADR-019). Checks them all and
# names each one that is behind, so one run tells you everything eng/add-migration.sh has to catch up.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
behind=()
for provider in Sqlite Postgres; do
  if ! dotnet ef migrations has-pending-model-changes \
    --project "src/CareDesk.Migrations.$provider" \
    --startup-project "src/CareDesk.Migrations.$provider" \
    --context AppDbContext --no-build; then
    behind+=("$provider")
  fi
done
if [ "${#behind[@]}" -gt 0 ]; then
  echo "Pending model changes for: ${behind[*]}. Run: bash eng/add-migration.sh <Name>" >&2
  exit 1
fi

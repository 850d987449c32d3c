#!/usr/bin/env bash
# The performance.md scenarios in Release, each judged as a ratio against a limit measured in the same run; every
# scenario writes artifacts/bench/<scenario>.json. Usage:
#   eng/bench.sh --smoke            short steps (CI: a few seconds a scenario)
#   eng/bench.sh --full             longer steps and larger corpora (minutes)
#   eng/bench.sh --smoke --scenario S1 S3
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
args=()
for arg in "$@"; do
  [ "$arg" = "--smoke" ] || args+=("$arg")   # smoke is the harness's default
done
dotnet build -c Release src/CareDesk.Web --nologo -v q
dotnet build -c Release src/CareDesk.Worker --nologo -v q   # S4-S6 start it as a child process
dotnet build -c Release bench/CareDesk.Benchmarks --nologo -v q
dotnet bench/CareDesk.Benchmarks/bin/Release/net10.0/CareDesk.Benchmarks.dll "${args[@]}"

#!/usr/bin/env bash
# Runs the benchmark harness in Release and writes JSON results under artifacts/bench/ (see docs/performance.md S2).
# Usage: eng/bench.sh [corpus.jsonl] [output.json]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/CareDesk.Benchmarks -- "$@"

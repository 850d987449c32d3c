#!/usr/bin/env bash
# Stops the CareDesk process started by eng/start.sh, by its recorded PID only.
set -euo pipefail
cd "$(dirname "$0")/.."
pidfile=".caredesk-run/web.pid"
[ -f "$pidfile" ] || { echo "No recorded CareDesk process."; exit 0; }
pid="$(cat "$pidfile")"
if kill -0 "$pid" 2>/dev/null; then
  kill "$pid"
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  echo "Stopped CareDesk (PID $pid)."
fi
rm -f "$pidfile"

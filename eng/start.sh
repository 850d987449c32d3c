#!/usr/bin/env bash
# Starts CareDesk in the background on 127.0.0.1 and records its PID; eng/stop.sh stops exactly that process.
# Usage: eng/start.sh [--urls http://127.0.0.1:5080] (other arguments go to the web host)
set -euo pipefail
cd "$(dirname "$0")/.."
state=".caredesk-run"
mkdir -p "$state"
if [ -f "$state/web.pid" ] && kill -0 "$(cat "$state/web.pid")" 2>/dev/null; then
  echo "CareDesk is already running (PID $(cat "$state/web.pid"))."; exit 0
fi
dotnet build src/CareDesk.Web -v quiet -nologo >/dev/null
nohup dotnet src/CareDesk.Web/bin/Debug/net10.0/CareDesk.Web.dll --contentRoot "$PWD/src/CareDesk.Web" "$@" >"$state/web.log" 2>&1 &
echo $! >"$state/web.pid"
for _ in $(seq 1 60); do
  if grep -q "Now listening on" "$state/web.log" 2>/dev/null; then
    grep "Now listening on" "$state/web.log"; echo "PID $(cat "$state/web.pid"), log $state/web.log"; exit 0
  fi
  kill -0 "$(cat "$state/web.pid")" 2>/dev/null || { cat "$state/web.log"; exit 1; }
  sleep 1
done
echo "CareDesk did not report listening within 60 s; see $state/web.log" >&2; exit 1

#!/usr/bin/env bash
# The one test command (README and CI): installs what the tests need, builds, checks that the EF model has no
# pending changes for either provider, starts PostgreSQL and RabbitMQ on 127.0.0.1, runs every test project, prints one
# summary line "N passed, N failed, N skipped", then (unfiltered runs) the validation package and the benchmark smoke run.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The browser test drives Debian's Chromium; Playwright's own browser download is never used.
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing Debian chromium for the browser tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: run 'sudo apt-get install chromium' or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

# The e-mail connector tests start a private Dovecot (IMAP) + Postfix (SMTP) on 127.0.0.1 (eng/mail-server.sh).
if ! command -v dovecot >/dev/null 2>&1 || [ ! -x /usr/sbin/postfix ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing Debian dovecot-imapd and postfix for the e-mail connector tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd postfix >/dev/null
  elif [ "${CAREDESK_SKIP_MAIL_SERVER:-}" != "1" ]; then
    echo "dovecot-imapd/postfix are missing: run 'sudo apt-get install dovecot-imapd postfix' or set CAREDESK_SKIP_MAIL_SERVER=1." >&2
    exit 1
  fi
fi

# The provider-matrix persistence tests run on a private PostgreSQL 15 cluster on 127.0.0.1 (eng/postgres.sh, ADR-019).
postgres_bin="${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}"
if [ ! -x "$postgres_bin/postgres" ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing Debian postgresql-15 for the PostgreSQL provider tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
  elif [ "${CAREDESK_SKIP_POSTGRES:-}" != "1" ]; then
    echo "postgresql-15 is missing: run 'sudo apt-get install postgresql-15' or set CAREDESK_SKIP_POSTGRES=1." >&2
    exit 1
  fi
fi

# The ingestion-bus tests need RabbitMQ (eng/rabbitmq.sh): one private node on 127.0.0.1 for the whole run, stopped on exit.
if [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing Debian rabbitmq-server for the ingestion-bus tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
  elif [ "${CAREDESK_SKIP_RABBITMQ:-}" != "1" ]; then
    echo "rabbitmq-server is missing: run 'sudo apt-get install rabbitmq-server' or set CAREDESK_SKIP_RABBITMQ=1." >&2
    exit 1
  fi
fi

dotnet tool restore >/dev/null
dotnet restore CareDesk.slnx --locked-mode
dotnet build CareDesk.slnx --no-restore
eng/check-migrations.sh

# Servers start after the build so a compile error leaves none behind; one trap stops each by its own PID on any exit.
postgres_dir="" rabbitmq_dir=""
stop_servers() {
  if [ -n "$postgres_dir" ]; then bash eng/postgres.sh stop "$postgres_dir" || true; fi
  if [ -n "$rabbitmq_dir" ]; then bash eng/rabbitmq.sh stop "$rabbitmq_dir" || true; rm -rf "$rabbitmq_dir"; fi
}
trap stop_servers EXIT
if [ -x "$postgres_bin/postgres" ]; then
  postgres_dir="artifacts/postgres"
  bash eng/postgres.sh start "$postgres_dir"
  CAREDESK_POSTGRES="$(cat "$postgres_dir/connection-string")"
  export CAREDESK_POSTGRES
fi
if [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
  rabbitmq_dir="$(mktemp -d "${TMPDIR:-/tmp}/caredesk-rabbitmq-XXXXXX")"
  bash eng/rabbitmq.sh start "$rabbitmq_dir"
  CAREDESK_RABBITMQ_URI="$(sed -n 's/^AMQP_URI=//p' "$rabbitmq_dir/broker.env")"
  CAREDESK_RABBITMQ_DIR="$rabbitmq_dir"
  export CAREDESK_RABBITMQ_URI CAREDESK_RABBITMQ_DIR
fi

results="artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"
status=0
dotnet test CareDesk.slnx --no-build --logger trx --results-directory "$results" "$@" 2>&1 | tee "$results/console.log" || status=$?

# dotnet test prints one "Passed!/Failed! - Failed: N, Passed: N, Skipped: N" line per project; add them up.
awk -F'[:,]' '/(Passed|Failed)! +- +Failed:/ { failed += $2; passed += $4; skipped += $6 }
  END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$results/console.log"

# The validation package (docs/validation/README.md). A filtered run ("$@") cannot prove coverage, so it is skipped.
if [ "$#" -eq 0 ]; then
  dotnet run --project src/CareDesk.Cli --no-build -- validation report \
    --requirements "${CAREDESK_REQUIREMENTS:-../shared/docs/regulatory-requirements.md}" \
    --results "$results" --manual docs/validation/manual-tests.md --output artifacts/validation || status=$?
else
  echo "Validation package skipped: a filtered test run does not prove coverage."
fi

# The benchmark smoke run (docs/benchmarks.md): the test servers are stopped first so the scenarios get the machine,
# and the bus scenarios start their own RabbitMQ node. A lost, duplicated or out-of-order post (a hard check) fails the
# run; ratios below their goal are only reported. A filtered test run skips it, as it skips the validation package.
if [ "$#" -eq 0 ]; then
  stop_servers
  postgres_dir="" rabbitmq_dir=""
  bash eng/bench.sh --smoke || status=$?
else
  echo "Benchmark smoke run skipped: a filtered test run."
fi
exit "$status"

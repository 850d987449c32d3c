#!/usr/bin/env bash
# A throw-away RabbitMQ node for the ingestion-bus tests and local runs (recipe: ../shared/docs/performance.md 3.3):
# Debian's rabbitmq-server with the consistent-hash exchange plugin, AMQP and the Erlang distribution port both on
# 127.0.0.1 with free ports, a private node name, cookie, config, data and logs under one directory. Nothing touches
# /etc/rabbitmq or the system's own rabbitmq-server service.
#
#   eng/rabbitmq.sh start DIR   installs rabbitmq-server if missing (root, apt), starts the node, waits for it and
#                               writes DIR/broker.env (AMQP_PORT, AMQP_URI, NODE_NAME)
#   eng/rabbitmq.sh restart DIR stops the node in DIR and starts it again on the same port with the same data (durable
#                               quorum queues and their messages survive): the fault tests' "broker restart"
#   eng/rabbitmq.sh stop DIR    stops the node started in DIR by its own PID, then `epmd -kill` (which refuses while
#                               another node is still registered, so it never takes down someone else's broker)
set -euo pipefail

command_name="${1:-}"
dir="${2:-}"
if [ -z "$command_name" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|restart|stop DIR" >&2
  exit 2
fi

bin=/usr/lib/rabbitmq/bin

install_if_missing() {
  if [ -x "$bin/rabbitmq-server" ]; then
    return
  fi
  if [ "$(id -u)" != "0" ]; then
    echo "rabbitmq-server is missing: run 'sudo apt-get install rabbitmq-server' (or set CAREDESK_SKIP_RABBITMQ=1 to skip the bus tests)." >&2
    exit 1
  fi
  echo "Installing Debian rabbitmq-server for the ingestion-bus tests..." >&2
  apt-get update -qq
  # The package's own service start is refused by policy-rc.d in containers; that is fine, this script starts its own node.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
}

# A port nothing listens on; bash's /dev/tcp fails to connect when the port is free.
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port found" >&2
  exit 1
}

# Everything the Debian scripts read from the environment, pointed into DIR (HOME too: the Erlang cookie lives there).
node_environment() {
  export HOME="$dir/home"
  export RABBITMQ_NODENAME="$(cat "$dir/node-name")"
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT="$(cat "$dir/amqp-port")"
  export RABBITMQ_DIST_PORT="$(cat "$dir/dist-port")"
  export ERL_EPMD_ADDRESS=127.0.0.1
  export RABBITMQ_CONF_ENV_FILE="$dir/rabbitmq-env.conf"
  export RABBITMQ_CONFIG_FILE="$dir/rabbitmq"
  export RABBITMQ_ADVANCED_CONFIG_FILE="$dir/advanced.config"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins"
  export RABBITMQ_MNESIA_BASE="$dir/mnesia"
  export RABBITMQ_LOG_BASE="$dir/log"
  # Keeps the Erlang distribution listener on loopback too (it binds 0.0.0.0 otherwise).
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
}

start() {
  install_if_missing
  mkdir -p "$dir/home" "$dir/mnesia" "$dir/log"
  dir="$(cd "$dir" && pwd)"
  local amqp_port dist_port
  amqp_port="$(free_port)"
  dist_port="$(free_port)"
  while [ "$dist_port" = "$amqp_port" ]; do dist_port="$(free_port)"; done
  echo "$amqp_port" >"$dir/amqp-port"
  echo "$dist_port" >"$dir/dist-port"
  echo "caredesk-$amqp_port@localhost" >"$dir/node-name"
  : >"$dir/rabbitmq-env.conf"
  cat >"$dir/rabbitmq.conf" <<EOF
listeners.tcp.default = 127.0.0.1:$amqp_port
loopback_users.guest = true
log.console = false
log.file.level = warning
EOF
  echo '[].' >"$dir/advanced.config"
  echo '[rabbitmq_consistent_hash_exchange].' >"$dir/enabled_plugins"
  head -c 20 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$dir/home/.erlang.cookie"
  chmod 0400 "$dir/home/.erlang.cookie"

  launch
}

# Starts the node configured in DIR and waits until it serves AMQP.
launch() {
  node_environment
  # setsid + no inherited stdio: the node must not hold a test runner's pipes open, and must outlive this script.
  setsid "$bin/rabbitmq-server" </dev/null >"$dir/log/start.log" 2>&1 &
  echo $! >"$dir/pid"

  # await_startup fails at once while the node has not registered with epmd yet, so ask again until it answers.
  local started=false
  for _ in $(seq 1 60); do
    if "$bin/rabbitmqctl" await_startup --timeout 30 >"$dir/log/await.log" 2>&1; then
      started=true
      break
    fi
    if ! kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
      break
    fi
    sleep 1
  done
  if [ "$started" != true ]; then
    echo "rabbitmq-server did not start; its logs:" >&2
    cat "$dir/log/start.log" "$dir/log/await.log" "$dir"/log/*.log >&2 || true
    stop
    exit 1
  fi

  cat >"$dir/broker.env" <<EOF
AMQP_PORT=$RABBITMQ_NODE_PORT
AMQP_URI=amqp://guest:guest@127.0.0.1:$RABBITMQ_NODE_PORT/
NODE_NAME=$RABBITMQ_NODENAME
EOF
  echo "rabbitmq up: amqp://127.0.0.1:$RABBITMQ_NODE_PORT (node $RABBITMQ_NODENAME, distribution port 127.0.0.1:$RABBITMQ_DIST_PORT)"
}

restart() {
  dir="$(cd "$dir" && pwd)"
  stop_node
  launch
}

stop() {
  stop_node
  # epmd daemonises and outlives the node; it refuses to die while any other node is registered with it.
  ERL_EPMD_ADDRESS=127.0.0.1 epmd -kill >/dev/null 2>&1 || true
}

stop_node() {
  [ -f "$dir/pid" ] || return 0
  local pid children
  pid="$(cat "$dir/pid")"
  # The script may exec into beam.smp or keep it as a child: end both, by PID only.
  children="$(pgrep -P "$pid" 2>/dev/null || true)"
  kill $children "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    if ! kill -0 "$pid" 2>/dev/null && { [ -z "$children" ] || ! kill -0 $children 2>/dev/null; }; then
      break
    fi
    sleep 0.1
  done
  kill -9 $children "$pid" 2>/dev/null || true
  rm -f "$dir/pid"
}

case "$command_name" in
  start) start ;;
  restart) restart ;;
  stop) stop ;;
  *) echo "usage: $0 start|restart|stop DIR" >&2; exit 2 ;;
esac

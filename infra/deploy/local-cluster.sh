#!/usr/bin/env bash
# A production-shaped cluster on this machine's loopback: 3 MariaDB Galera nodes, 3 Elasticsearch nodes
# (infra/es-node), 2 application instances in production mode and HAProxy in front.
#   infra/deploy/local-cluster.sh up        install what is missing, start everything, wait, print URLs
#   infra/deploy/local-cluster.sh status    what runs, cluster sizes, health
#   infra/deploy/local-cluster.sh failover  mixed load through HAProxy while one app, one Galera node and
#                                           one search node are killed and restarted (bench/cluster)
#   infra/deploy/local-cluster.sh down      stop everything (data stays under the work dir)
# State: $OCOP_CLUSTER_DIR (default target/local-cluster). Ports: HAProxy 18080 (stats 18404), apps
# 18081-18082, Galera front 13300 and nodes 13301-13303, Elasticsearch 19201-19203.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
DIR=${OCOP_CLUSTER_DIR:-$ROOT/target/local-cluster}
APPS=${APPS:-2}
LB_PORT=${LB_PORT:-18080}; STATS_PORT=${STATS_PORT:-18404}; APP_PORT_BASE=${APP_PORT_BASE:-18080}
DB_FRONT_PORT=${DB_FRONT_PORT:-13300}; DB_PORT_BASE=${DB_PORT_BASE:-13300}; WSREP_PORT_BASE=${WSREP_PORT_BASE:-14560}
ES_PORT_BASE=${ES_PORT_BASE:-19200}
APP_HEAP=${APP_HEAP:-512m}; ES_HEAP=${ES_HEAP:-512m}
mkdir -p "$DIR"
. scripts/jdk.sh
. infra/deploy/local-cluster/galera.sh
. infra/deploy/local-cluster/es.sh
. infra/deploy/local-cluster/app.sh

wait_for() {  # wait_for <what> <seconds> <command...>
  local what=$1 seconds=$2; shift 2
  local end=$((SECONDS + seconds))
  until "$@"; do
    if [ "$SECONDS" -ge "$end" ]; then echo "Timed out waiting for $what" >&2; return 1; fi
    sleep 1
  done
}

install_packages() {
  local missing=()
  command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
  [ -f /usr/lib/galera/libgalera_smm.so ] || missing+=(galera-4)
  command -v haproxy >/dev/null 2>&1 || missing+=(haproxy)
  command -v rsync >/dev/null 2>&1 || missing+=(rsync)
  command -v openssl >/dev/null 2>&1 || missing+=(openssl)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then scripts/install-packages.sh "${missing[@]}"; fi
}

build() {
  if [ ! -f infra/app/target/app.jar ] || [ ! -d infra/es-node/target/es-home/lib ] || [ "${BUILD:-}" = true ]; then
    echo "Building the application and the search node..."
    mvn -B -q -o -DskipTests package -pl infra/app,infra/es-node -am
  fi
}

up() {
  install_packages
  build
  secrets
  echo "Galera: bootstrapping db1, then db2 and db3..."
  db_start 1 bootstrap
  db_start 2
  db_start 3
  db_prepare_schema
  echo "Elasticsearch: es1..es3..."
  for i in 1 2 3; do es_start "$i"; done
  wait_for "3 search nodes" 240 bash -c "[ \"\$(curl -fsS -m 3 http://127.0.0.1:$(es_port 1)/_cluster/health 2>/dev/null | sed -n 's/.*\"number_of_nodes\":\([0-9]*\).*/\1/p')\" = 3 ]"
  haproxy_start
  wait_for "HAProxy's Galera front" 30 db_front_answers
  seed_catalog
  app_check_config
  for i in $(seq 1 "$APPS"); do app_start "$i"; done
  for i in $(seq 1 "$APPS"); do wait_for "app$i ready" 300 app_ready "$i"; done
  wait_for "HAProxy sees the instances" 30 lb_ready
  status
}

db_front_answers() {
  mariadb -h127.0.0.1 -P"$DB_FRONT_PORT" -uocop -p"$DB_PASSWORD" -N -B -e "SELECT 1" ocop >/dev/null 2>&1
}

lb_ready() { curl -fsS -m 3 "http://127.0.0.1:$LB_PORT/health/ready" >/dev/null 2>&1; }

down() {
  for i in $(seq "$APPS" -1 1); do app_stop "$i"; done
  haproxy_stop || true
  for i in 3 2 1; do es_stop "$i"; done
  # db1 last: it holds the last state and bootstraps the next "up".
  for i in 3 2 1; do db_stop "$i"; done
  echo "Stopped. Data stays in $DIR (remove it for a fresh cluster)."
}

status() {
  local i
  for i in 1 2 3; do
    printf 'db%s  127.0.0.1:%s  %s  cluster size %s\n' "$i" "$(db_port "$i")" \
      "$(db_alive "$i" && echo up || echo DOWN)" "$(db_cluster_size "$i" || true)"
  done
  for i in 1 2 3; do
    printf 'es%s  http://127.0.0.1:%s  %s\n' "$i" "$(es_port "$i")" "$(es_answers "$i" && echo up || echo DOWN)"
  done
  echo "search cluster: $(es_nodes 1 || true) nodes, $(es_status 1 || true)"
  for i in $(seq 1 "$APPS"); do
    printf 'app%s http://127.0.0.1:%s  %s\n' "$i" "$(app_port "$i")" "$(app_ready "$i" && echo ready || echo 'NOT READY')"
  done
  echo "storefront  http://127.0.0.1:$LB_PORT/   (console /admin, health /health)"
  echo "HAProxy stats http://127.0.0.1:$STATS_PORT/   Galera front 127.0.0.1:$DB_FRONT_PORT (db ocop, user ocop)"
  echo "secrets: $DIR/secrets.env"
}

failover() {
  secrets
  if [ ! -f bench/cluster/target/classpath.txt ] || [ "${BUILD:-}" = true ]; then
    mvn -B -q -o -DskipTests package -pl bench/cluster
  fi
  CLUSTER_SCRIPT="$0" OCOP_CLUSTER_DIR="$DIR" DB_PASSWORD="$DB_PASSWORD" java -Xmx512m -Duser.timezone=UTC \
    -cp "bench/cluster/target/classes:$(cat bench/cluster/target/classpath.txt)" \
    vn.ocop.market.bench.cluster.FailoverBench "$@"
}

# Used by the failover run to kill and restart one component: local-cluster.sh kill|start app1|db1|es1
component() {
  local action=$1 name=$2 kind=${2%?} i=${2: -1}
  secrets
  case "$action:$kind" in
    kill:app) app_kill "$i" ;; start:app) app_start "$i" ;;
    kill:db) db_kill "$i" ;; start:db) db_start "$i" ;;
    kill:es) es_kill "$i" ;; start:es) es_start "$i" ;;
    *) echo "unknown: $action $name" >&2; exit 2 ;;
  esac
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) secrets; status ;;
  failover) shift; failover "$@" ;;
  kill|start) component "$1" "$2" ;;
  *) echo "usage: $0 up | down | status | failover" >&2; exit 2 ;;
esac

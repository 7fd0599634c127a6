#!/usr/bin/env bash
# Load figures for several instances, in one run:
#  1. page views/s, searches/s and checkouts/s through HAProxy with 2 application instances, then
#     with 1 (app2 put in maintenance through HAProxy's admin socket): the local cluster of
#     infra/deploy/local-cluster.sh, started here when HAProxy does not answer (CLUSTER=false skips this part);
#  2. server memory per storefront session with N live sessions that each hold a Vaadin UI (one
#     instance in the benchmark's own JVM, so that its heap can be read after a full GC).
# Prints the figures and writes bench/results/cluster-load-<date>.md.
# Options: --sessions N (1000) --threads T (8) --page PATH (/) --step-seconds S (10) --workers 1,2,4,8,16
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/jdk.sh
LB_PORT=${LB_PORT:-18080}
ARGS=()
if [ "${CLUSTER:-true}" != false ]; then
  if ! curl -fsS -m 3 "http://127.0.0.1:$LB_PORT/health/ready" >/dev/null 2>&1; then
    infra/deploy/local-cluster.sh up
  fi
  ARGS+=(--balancer "http://127.0.0.1:$LB_PORT" --haproxy-socket "${OCOP_CLUSTER_DIR:-target/local-cluster}/haproxy.sock")
fi
mvn -B -q -o -DskipTests package -pl bench/cluster-load -am
exec java -Xmx1g -Duser.timezone=UTC ${BENCH_JAVA_OPTS:-} \
  -cp "bench/cluster-load/target/classes:$(cat bench/cluster-load/target/classpath.txt)" \
  vn.ocop.market.bench.clusterload.ClusterLoadBench "${ARGS[@]}" "$@"

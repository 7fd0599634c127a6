#!/usr/bin/env bash
# Load figures for several instances: server memory per storefront session with N live sessions
# that each hold a Vaadin UI (one instance, in this JVM). Prints the figures and writes
# bench/results/cluster-load-<date>.md. Options: --sessions N (1000) --threads T (8) --page PATH (/).
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/jdk.sh
mvn -B -q -o -DskipTests package -pl bench/cluster-load -am
exec java -Xmx1g -Duser.timezone=UTC \
  -cp "bench/cluster-load/target/classes:$(cat bench/cluster-load/target/classpath.txt)" \
  vn.ocop.market.bench.cluster.ClusterLoadBench "$@"

#!/usr/bin/env bash
# Measures delist/relist latency and the expiry sweep; results go to bench/results/lifecycle-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/jdk.sh
mvn -B -q -DskipTests install -pl bench/lifecycle -am
export VAADIN_USAGE_STATS_ENABLED=false
exec java -Xmx1g -Dio.netty.noUnsafe=true --enable-native-access=ALL-UNNAMED \
  -Docop.es.home="$PWD/infra/es-node/target/es-home" \
  -cp "bench/lifecycle/target/classes:$(cat bench/lifecycle/target/classpath.txt)" \
  vn.ocop.market.bench.LifecycleBench "$@"

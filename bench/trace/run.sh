#!/usr/bin/env bash
# Trace-page requests/s and latency (p50/p99) under 50 concurrent scanners; results go to bench/results/trace-<date>.md.
# Usage: ./bench/trace/run.sh [seconds, default 30]
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/jdk.sh
mvn -B -q -DskipTests package -pl bench/trace -am
export VAADIN_USAGE_STATS_ENABLED=false
exec java -Xmx1g -Dio.netty.noUnsafe=true --enable-native-access=ALL-UNNAMED \
  -Docop.es.home="$PWD/infra/es-node/target/es-home" \
  -cp "bench/trace/target/classes:$(cat bench/trace/target/classpath.txt)" \
  vn.ocop.market.bench.TraceBench "$@"

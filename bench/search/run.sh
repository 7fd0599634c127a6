#!/usr/bin/env bash
# Search benchmark: 100,000 generated products; full reindex vs raw _bulk, search API p50/p99 against
# MySQL LIKE. Prints the figures and writes bench/results/search-<date>.md. Options: --products N.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/jdk.sh
export VAADIN_USAGE_STATS_ENABLED=false
mvn -B -q -DskipTests install -pl infra/es-node,bench/search -am
exec java -Xmx1g -Dio.netty.noUnsafe=true --enable-native-access=ALL-UNNAMED -Duser.timezone=UTC \
  -Docop.es.home="$PWD/infra/es-node/target/es-home" \
  -cp "bench/search/target/classes:$(cat bench/search/target/classpath.txt)" \
  vn.ocop.market.bench.search.SearchBench "$@"

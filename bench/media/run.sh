#!/usr/bin/env bash
# Measures upload-to-visible time of a 4 MB photo and image bytes per storefront card; results go to bench/results/media-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/jdk.sh
mvn -B -q -DskipTests install -pl bench/media -am
export VAADIN_USAGE_STATS_ENABLED=false
exec java -Xmx1g -Dio.netty.noUnsafe=true --enable-native-access=ALL-UNNAMED \
  -Docop.es.home="$PWD/infra/es-node/target/es-home" \
  -cp "bench/media/target/classes:$(cat bench/media/target/classpath.txt)" \
  vn.ocop.market.bench.MediaBench "$@"

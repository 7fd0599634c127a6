#!/usr/bin/env bash
# The six-monthly OCOP progress report on 100,000 products and 1,000,000 orders generated into a
# scratch database (ocop_bench_reports): time and peak heap for one province and the whole country,
# medians over 5 runs; results go to bench/results/reports-<date>.md. Arguments: [products] [orders] [runs].
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/jdk.sh
mvn -B -q -o -DskipTests package -pl bench/reports -am
export VAADIN_USAGE_STATS_ENABLED=false
exec java -Xmx1g --enable-native-access=ALL-UNNAMED \
  -cp "bench/reports/target/classes:$(cat bench/reports/target/classpath.txt)" \
  vn.ocop.market.bench.ReportsBench "$@"

#!/usr/bin/env bash
# Checkout benchmark: the last-units race (200 buyers, 10 units, 5 rounds) and cash-on-delivery
# throughput with p50/p99 placement latency, against a bare stock update measured in the same run.
# Prints the figures and writes bench/results/orders-<date>.md. Options: --orders N --threads T.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/jdk.sh
mvn -B -q -DskipTests install -pl bench/orders -am
exec java -Xmx1g -Duser.timezone=UTC \
  -cp "bench/orders/target/classes:$(cat bench/orders/target/classpath.txt)" \
  vn.ocop.market.bench.orders.OrdersBench "$@"

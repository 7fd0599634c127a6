#!/usr/bin/env bash
# Live pin-to-viewer benchmark: the real application (Micronaut, Vaadin's live hub, MariaDB) with a
# live event watched by N viewers on this instance; the producer pins a product again and again and
# each viewer records when the new pinned card reached it. Also the heap after a full GC with 0 and
# with N viewers, in the same run. Prints the figures and writes bench/results/live-<date>.md.
# Options: --viewers N (200) --pins P (60) --out FILE (default bench/results/live-<date>.md; - prints only).
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/jdk.sh
mvn -B -q -o -DskipTests package -pl bench/live -am
exec java -Xmx1g -Duser.timezone=UTC \
  -cp "bench/live/target/classes:$(cat bench/live/target/classpath.txt)" \
  vn.ocop.market.bench.live.LiveBench "$@"

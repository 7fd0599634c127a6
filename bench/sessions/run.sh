#!/usr/bin/env bash
# Anonymous-session flood: 300,000 cookie-less page GETs against the application (real Jetty,
# Vaadin and MariaDB; no search node), first with the old session settings as a baseline, then
# with the shipped ones. Prints the figures and writes bench/results/sessions-<date>.md.
# Options: --requests N --baseline-requests N --threads T.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/jdk.sh
mvn -B -q -DskipTests package -pl bench/sessions -am
exec java -Xmx1g -Duser.timezone=UTC \
  -cp "bench/sessions/target/classes:$(cat bench/sessions/target/classpath.txt)" \
  vn.ocop.market.bench.sessions.SessionsBench "$@"

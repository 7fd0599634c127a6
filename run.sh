#!/usr/bin/env bash
# Builds and starts the marketplace in demo mode on http://localhost:8080 (see README.md).
# Arguments go to the application: ./run.sh --check-config prints the configuration verdict and exits.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/jdk.sh

if [ "${SKIP_BUILD:-false}" != "true" ]; then
  echo "Building (first time: a few minutes while Maven downloads dependencies)..."
  mvn -B -q -DskipTests install
fi

# The demo unless the caller chose a mode; a jar started any other way runs in production mode.
export OCOP_MODE="${OCOP_MODE:-demo}"
export VAADIN_USAGE_STATS_ENABLED=false
exec java -Xms256m -Xmx768m -Dio.netty.noUnsafe=true --enable-native-access=ALL-UNNAMED \
  -cp 'infra/app/target/app.jar:infra/app/target/lib/*' vn.ocop.market.app.Application "$@"

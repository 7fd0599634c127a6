#!/usr/bin/env bash
# Builds and starts the marketplace with demo data on http://localhost:8080 (see README.md).
set -euo pipefail
cd "$(dirname "$0")"
. scripts/jdk.sh

if [ "${SKIP_BUILD:-false}" != "true" ]; then
  echo "Building (first time: a few minutes while Maven downloads dependencies)..."
  mvn -B -q -DskipTests install
fi

# The commune list for addresses, when the reference data sits beside the project (see README.md).
if [ -z "${OCOP_ADMIN_UNITS:-}" ] && [ -f ../shared/data/vn-admin-units-2025.json ]; then
  OCOP_ADMIN_UNITS="$(cd ../shared/data && pwd)/vn-admin-units-2025.json"
  export OCOP_ADMIN_UNITS
fi

export VAADIN_USAGE_STATS_ENABLED=false
exec java -Xms256m -Xmx768m -Dio.netty.noUnsafe=true --enable-native-access=ALL-UNNAMED \
  -cp 'infra/app/target/app.jar:infra/app/target/lib/*' vn.ocop.market.app.Application "$@"

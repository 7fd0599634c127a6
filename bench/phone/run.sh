#!/usr/bin/env bash
# Phone benchmark: builds the application, starts it in demo mode on its own port and database,
# runs Lighthouse (mobile emulation, performance only) three times each on the home, search and a
# product page, measures the server heap each real browser visitor holds, stops the application
# and writes the medians to bench/results/phone-<date>.md (and .json). See README.md, "Phone benchmark".
# Environment: PORT (18090), BENCH_DB (ocop_bench_phone), RUNS (3), VISITORS (20), SKIP_BUILD (false),
# CHROME_PATH (/usr/bin/chromium), CPU_SLOWDOWN (Lighthouse's 4).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
. scripts/jdk.sh

PORT="${PORT:-18090}"
BENCH_DB="${BENCH_DB:-ocop_bench_phone}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
WORK="$ROOT/bench/phone/target"
mkdir -p "$WORK"

if [ ! -x bench/phone/node_modules/.bin/lighthouse ]; then
  (cd bench/phone && npm ci --no-audit --no-fund)
fi
if [ "${SKIP_BUILD:-false}" != "true" ]; then
  mvn -B -q -o -DskipTests package -pl infra/app -am
fi

# The demo, as ./run.sh starts it, with its own port, database (the demo catalog is loaded into it
# when empty) and data folder.
OCOP_MODE=demo VAADIN_USAGE_STATS_ENABLED=false PORT="$PORT" OCOP_DATA_DIR="$WORK/data" DB_NAME="$BENCH_DB" \
  java -Xms256m -Xmx768m -Dio.netty.noUnsafe=true --enable-native-access=ALL-UNNAMED \
  -cp 'infra/app/target/app.jar:infra/app/target/lib/*' vn.ocop.market.app.Application > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT

echo "Waiting for the application (pid $APP) on port $PORT..."
for _ in $(seq 1 240); do
  if curl -fs "http://localhost:$PORT/health" 2>/dev/null | grep -q '"search":"up"'; then
    break
  fi
  kill -0 $APP 2>/dev/null || { echo "the application stopped; see $WORK/app.log"; exit 1; }
  sleep 2
done
curl -fs "http://localhost:$PORT/health"; echo

node bench/phone/phone.mjs --base "http://localhost:$PORT" --pid "$APP" --runs "${RUNS:-3}" \
  --visitors "${VISITORS:-20}" --out "$ROOT/bench/results" --work "$WORK"

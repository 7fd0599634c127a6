#!/usr/bin/env bash
# Runs every test: unit, integration (real MariaDB + Elasticsearch), browserless views, headless Chromium.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/jdk.sh
export VAADIN_USAGE_STATS_ENABLED=false
exec mvn -B -Dstyle.color=never verify "$@"

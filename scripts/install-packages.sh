#!/usr/bin/env bash
# Installs Debian packages when missing: without arguments the ones the tests need (headless Chromium
# and its driver, nginx with its RTMP module and ffmpeg for live streaming); with arguments those
# packages (infra/deploy/local-cluster.sh passes what it lacks).
set -euo pipefail
missing=()
if [ $# -gt 0 ]; then
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
else
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ -f /usr/lib/nginx/modules/ngx_rtmp_module.so ] || missing+=(libnginx-mod-rtmp)
  command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
fi
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

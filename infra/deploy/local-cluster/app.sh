# The application instances in production mode and HAProxy in front (sourced by local-cluster.sh).
# Instance i listens on APP_PORT_BASE+i; HAProxy on LB_PORT (HTTP) and DB_FRONT_PORT (Galera, TCP).

app_port() { echo $((APP_PORT_BASE + $1)); }

secrets() {
  local f="$DIR/secrets.env"
  if [ ! -f "$f" ]; then
    umask 077
    { echo "DB_PASSWORD=$(openssl rand -base64 36 | tr -d '/+=\n')"
      echo "OCOP_SECRET_KEY=$(openssl rand -base64 48 | tr -d '\n')"; } >"$f"
  fi
  # shellcheck disable=SC1090
  . "$f"
}

app_env() {
  local i=$1 mode=${2:-production}
  echo "OCOP_MODE=$mode" "PORT=$(app_port "$i")" \
    "DB_URL=jdbc:mysql://127.0.0.1:$DB_FRONT_PORT/ocop?connectTimeout=3000&socketTimeout=30000" \
    "DB_USER=ocop" "DB_PASSWORD=$DB_PASSWORD" "OCOP_SECRET_KEY=$OCOP_SECRET_KEY" \
    "ELASTICSEARCH_URL=$(es_urls)" "ELASTICSEARCH_REPLICAS=1" \
    "OCOP_TRUSTED_PROXIES=127.0.0.1" "OCOP_METRICS_ALLOW=127.0.0.1" "OCOP_LOG_FORMAT=json" \
    "OCOP_DATA_DIR=$DIR/app$i" "OCOP_MEDIA_DIR=$DIR/media" "OCOP_PUBLIC_URL=http://127.0.0.1:$LB_PORT" \
    "VAADIN_USAGE_STATS_ENABLED=false"
}

app_alive() { [ -f "$DIR/app$1/pid" ] && kill -0 "$(cat "$DIR/app$1/pid")" 2>/dev/null; }

app_start() {
  local i=$1 mode=${2:-production}
  app_alive "$i" && return 0
  mkdir -p "$DIR/app$i" "$DIR/media"
  # shellcheck disable=SC2046
  env $(app_env "$i" "$mode") setsid java -Xms128m -Xmx"$APP_HEAP" -Dio.netty.noUnsafe=true \
    --enable-native-access=ALL-UNNAMED -cp "$ROOT/infra/app/target/app.jar:$ROOT/infra/app/target/lib/*" \
    vn.ocop.market.app.Application </dev/null >>"$DIR/app$i/app.log" 2>&1 &
  echo $! >"$DIR/app$i/pid"
}

app_ready() { curl -fsS -m 3 "http://127.0.0.1:$(app_port "$1")/health/ready" >/dev/null 2>&1; }

app_check_config() {
  # shellcheck disable=SC2046
  env $(app_env 1) java -cp "$ROOT/infra/app/target/app.jar:$ROOT/infra/app/target/lib/*" \
    vn.ocop.market.app.Application --check-config 2>&1 | grep -Ev '^[0-9:,]+ \|-|^$'
}

app_stop() {
  local i=$1 pid
  app_alive "$i" || return 0
  pid=$(cat "$DIR/app$i/pid")
  kill -TERM "$pid"
  for _ in $(seq 1 45); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  kill -KILL "$pid" 2>/dev/null || true
}

app_kill() { app_alive "$1" && kill -KILL "$(cat "$DIR/app$1/pid")"; }

# The demo catalog, loaded once into the empty cluster database by one start in demo mode; then the
# demo accounts' public passwords are made unusable, or production mode would refuse to start.
seed_catalog() {
  local products
  products=$(db_sql 1 -e "SELECT COUNT(*) FROM ocop.product" 2>/dev/null || echo 0)
  if [ "${products:-0}" -gt 0 ]; then return 0; fi
  echo "Loading the demo catalog into the cluster database (one demo-mode start)..."
  app_start 1 demo
  wait_for "demo catalog" 300 app_ready 1
  app_stop 1
  db_sql 1 -e "UPDATE ocop.app_user SET password_hash = '!locked:local-cluster'
    WHERE email IN ('canbo@ocop.vn','quantri@ocop.vn','chuthe@ocop.vn','khach@ocop.vn')"
}

haproxy_config() {
  local servers="" dbservers=""
  for i in $(seq 1 "$APPS"); do
    servers="$servers    server app$i 127.0.0.1:$(app_port "$i") check cookie app$i
"
  done
  for i in 1 2 3; do
    dbservers="$dbservers    server db$i 127.0.0.1:$(db_port "$i") check inter 1s fall 2 rise 3 on-marked-down shutdown-sessions
"
  done
  cat >"$DIR/haproxy.cfg" <<CFG
# Written by infra/deploy/local-cluster.sh from infra/deploy/haproxy/haproxy.cfg (loopback, no TLS).
global
    stats socket $DIR/haproxy.sock mode 600 level admin
    pidfile $DIR/haproxy.pid
    maxconn 4000
defaults
    mode http
    option redispatch
    retries 2
    timeout connect 3s
    timeout client 60s
    timeout server 60s
    timeout tunnel 1h
    timeout http-keep-alive 10s
frontend www
    bind 127.0.0.1:$LB_PORT
    option forwardfor
    unique-id-format %{+X}o\ %ci:%cp_%fi:%fp_%Ts_%rt:%pid
    http-request set-header X-Request-Id %[unique-id,sha1,hex,bytes(0,16)] unless { req.hdr(X-Request-Id) -m found }
    http-request deny deny_status 404 if { path /metrics }
    default_backend ocop
backend ocop
    balance roundrobin
    cookie OCOPSRV insert indirect nocache httponly attr "SameSite=Lax"
    option httpchk
    http-check send meth GET uri /health/ready ver HTTP/1.1 hdr Host localhost
    http-check expect status 200
    timeout check 5s
    default-server inter 2s fall 3 rise 2 slowstart 10s
$servers
# One writer node: every connection goes to the same Galera node until it fails ("stick on dst"
# keeps the choice when the failed node comes back), so instances never conflict at commit.
listen galera
    bind 127.0.0.1:$DB_FRONT_PORT
    mode tcp
    option tcpka
    option mysql-check user haproxy post-41
    balance first
    stick-table type ip size 1
    stick on dst
    timeout client 1h
    timeout server 1h
$dbservers
listen stats
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /
CFG
}

haproxy_alive() { [ -f "$DIR/haproxy.pid" ] && kill -0 "$(cat "$DIR/haproxy.pid")" 2>/dev/null; }

haproxy_start() {
  haproxy_config
  haproxy -c -q -f "$DIR/haproxy.cfg"
  if haproxy_alive; then
    haproxy -D -f "$DIR/haproxy.cfg" -sf "$(cat "$DIR/haproxy.pid")"
  else
    haproxy -D -f "$DIR/haproxy.cfg"
  fi
}

haproxy_stop() { haproxy_alive && kill -TERM "$(cat "$DIR/haproxy.pid")"; rm -f "$DIR/haproxy.pid"; }

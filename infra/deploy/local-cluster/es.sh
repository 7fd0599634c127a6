# Three Elasticsearch nodes from the project's own node module (infra/es-node, as infra/embedded-engines
# starts it), sourced by local-cluster.sh. Node i: HTTP ES_PORT_BASE+i, transport ES_PORT_BASE+100+i.

es_port() { echo $((ES_PORT_BASE + $1)); }
es_urls() { local u=""; for j in 1 2 3; do u="$u${u:+,}http://127.0.0.1:$(es_port "$j")"; done; echo "$u"; }

es_config() {
  local i=$1 d="$DIR/es$1" seeds="" masters=""
  for j in 1 2 3; do
    seeds="$seeds${seeds:+, }\"127.0.0.1:$(( $(es_port "$j") + 100 ))\""
    masters="$masters${masters:+, }\"es$j\""
  done
  mkdir -p "$d/data"
  cat > "$d/cluster.yml" <<YML
cluster.name: ocop-local
node.name: es$i
transport.port: $(( $(es_port "$i") + 100 ))
discovery.seed_hosts: [ $seeds ]
cluster.initial_master_nodes: [ $masters ]
YML
}

es_alive() { [ -f "$DIR/es$1/pid" ] && kill -0 "$(cat "$DIR/es$1/pid")" 2>/dev/null; }

es_start() {
  local i=$1 home="$ROOT/infra/es-node/target/es-home"
  es_alive "$i" && return 0
  [ -d "$home/lib" ] || { echo "No ES home: build infra/es-node first" >&2; return 1; }
  es_config "$i"
  setsid java -Xms256m -Xmx"$ES_HEAP" -Dio.netty.noUnsafe=true --enable-native-access=ALL-UNNAMED \
    --add-modules jdk.incubator.vector -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8 \
    -Docop.es.watchStdin=false -Docop.es.watchParent=false -Docop.es.settings="$DIR/es$i/cluster.yml" \
    -cp "$home/lib/*" vn.ocop.market.esnode.EsNodeMain "$home" "$DIR/es$i/data" "$(es_port "$i")" \
    </dev/null >>"$DIR/es$i/node.log" 2>&1 &
  echo $! >"$DIR/es$i/pid"
}

es_answers() { curl -fsS -m 3 "http://127.0.0.1:$(es_port "$1")/_cluster/health?local=true" >/dev/null 2>&1; }

es_nodes() { curl -fsS -m 3 "http://127.0.0.1:$(es_port "${1:-1}")/_cluster/health" 2>/dev/null \
  | sed -n 's/.*"number_of_nodes":\([0-9]*\).*/\1/p'; }

es_status() { curl -fsS -m 3 "http://127.0.0.1:$(es_port "${1:-1}")/_cluster/health" 2>/dev/null \
  | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p'; }

es_stop() {
  local i=$1 pid
  es_alive "$i" || return 0
  pid=$(cat "$DIR/es$i/pid")
  kill -TERM "$pid"
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  kill -KILL "$pid" 2>/dev/null || true
}

es_kill() { es_alive "$1" && kill -KILL "$(cat "$DIR/es$1/pid")"; }

# Three MariaDB Galera nodes on loopback (sourced by local-cluster.sh). Node i: SQL port DB_PORT_BASE+i,
# group communication WSREP_PORT_BASE+i, IST +10, SST +20; its own datadir, socket and log under $DIR/dbI.
# The system MariaDB (3306) is never touched. HAProxy's TCP front (DB_FRONT_PORT) is the one endpoint.

db_port() { echo $((DB_PORT_BASE + $1)); }
wsrep_port() { echo $((WSREP_PORT_BASE + $1)); }
db_sock() { echo "$DIR/db$1/mysqld.sock"; }

db_config() {
  local i=$1 d="$DIR/db$1" peers=""
  for j in 1 2 3; do peers="$peers${peers:+,}127.0.0.1:$(wsrep_port "$j")"; done
  mkdir -p "$d"
  # mysql, not root: the rsync state transfer's daemon would otherwise drop to "nobody".
  touch "$d/mysqld.log"; chown mysql:mysql "$d" "$d/mysqld.log"
  cat > "$d/my.cnf" <<CNF
[mysqld]
datadir = $d/data
socket = $d/mysqld.sock
pid-file = $d/mysqld.pid
log-error = $d/mysqld.log
port = $(db_port "$i")
bind-address = 127.0.0.1
user = mysql
skip-name-resolve
binlog_format = ROW
default_storage_engine = InnoDB
innodb_autoinc_lock_mode = 2
innodb_flush_log_at_trx_commit = 2
innodb_buffer_pool_size = 128M
innodb_log_file_size = 48M
max_connections = 200
performance_schema = OFF
character_set_server = utf8mb4
collation_server = utf8mb4_unicode_ci
default_time_zone = '+00:00'
wsrep_on = ON
wsrep_provider = /usr/lib/galera/libgalera_smm.so
wsrep_cluster_name = ocop-local
wsrep_cluster_address = gcomm://$peers
wsrep_node_name = db$i
wsrep_node_address = 127.0.0.1:$(wsrep_port "$i")
wsrep_provider_options = "gmcast.listen_addr=tcp://127.0.0.1:$(wsrep_port "$i");ist.recv_addr=127.0.0.1:$(( $(wsrep_port "$i") + 10 ));gcache.size=64M"
wsrep_sst_receive_address = 127.0.0.1:$(( $(wsrep_port "$i") + 20 ))
wsrep_sst_method = rsync
wsrep_slave_threads = 2
wsrep_mode = REQUIRED_PRIMARY_KEY,STRICT_REPLICATION
CNF
  if [ ! -d "$d/data/mysql" ]; then
    mariadb-install-db --defaults-file="$d/my.cnf" --auth-root-authentication-method=normal \
      --skip-test-db >"$d/install.log" 2>&1
    chown -R mysql:mysql "$d"
  fi
}

db_alive() { [ -f "$DIR/db$1/mysqld.pid" ] && kill -0 "$(cat "$DIR/db$1/mysqld.pid")" 2>/dev/null; }

db_sql() { local i=$1; shift; mariadb --protocol=socket -S "$(db_sock "$i")" -uroot -N -B "$@"; }

db_start() {
  local i=$1 extra=""
  db_alive "$i" && return 0
  db_config "$i"
  if [ "$i" = 1 ] && [ "${2:-}" = bootstrap ]; then
    extra="--wsrep-new-cluster"
    # A cluster stopped by "down" (or killed) is restarted from db1 on purpose.
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$DIR/db1/data/grastate.dat" 2>/dev/null || true
  fi
  rm -f "$DIR/db$i/mysqld.pid"
  setsid mariadbd --defaults-file="$DIR/db$i/my.cnf" $extra </dev/null >>"$DIR/db$i/mysqld.log" 2>&1 &
  wait_for "db$i synced" 240 db_synced "$i"
}

db_synced() { [ "$(db_sql "$1" -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" = Synced ]; }

db_cluster_size() { db_sql "$1" -e "SHOW STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null | cut -f2; }

db_stop() {
  local i=$1 pid
  db_alive "$i" || return 0
  pid=$(cat "$DIR/db$i/mysqld.pid")
  kill -TERM "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  kill -KILL "$pid" 2>/dev/null || true
}

db_kill() { db_alive "$1" && kill -KILL "$(cat "$DIR/db$1/mysqld.pid")"; }

db_prepare_schema() {
  db_sql 1 -e "CREATE DATABASE IF NOT EXISTS ocop CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'ocop'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
    ALTER USER 'ocop'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
    GRANT ALL ON ocop.* TO 'ocop'@'127.0.0.1';
    CREATE USER IF NOT EXISTS 'haproxy'@'127.0.0.1';"
}

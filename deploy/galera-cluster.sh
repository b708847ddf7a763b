#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on loopback, for running and testing the app on a replicated database
# (issue 14, item 5; decision 025). Debian's mariadb-server 10.11 and galera-4, nothing else.
#
#   deploy/galera-cluster.sh start            initialise the data folders if new, bootstrap node 1, join nodes 2 and 3
#   deploy/galera-cluster.sh stop             stop the three nodes (3, 2, then 1: node 1 is the one safe to bootstrap from)
#   deploy/galera-cluster.sh status           each node: running?, cluster size, state, rows replicated
#   deploy/galera-cluster.sh kill N           kill -9 node N (a lost server, for failover checks)
#   deploy/galera-cluster.sh start-node N     start node N alone, joining the running cluster (IST, else SST by rsync)
#   deploy/galera-cluster.sh failover-check   start the cluster and run GaleraFailoverBenchmark against it
#
# The app on it:  DB_URL=jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/desasadar DB_USER=root
#
# Settings (environment): GALERA_DIR (data, logs, PID files; default target/galera of the repository),
# GALERA_PORTS (client ports, default "3311 3312 3313"; Galera uses 4571-4573, IST 4581-4583, SST 4591-4593),
# GALERA_BUFFER_POOL (default 64M: three servers share one machine).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${GALERA_DIR:-$ROOT/target/galera}
read -r -a PORTS <<< "${GALERA_PORTS:-3311 3312 3313}"
BUFFER_POOL=${GALERA_BUFFER_POOL:-64M}
MARIADBD=${MARIADBD:-/usr/sbin/mariadbd}
PROVIDER=${GALERA_PROVIDER:-}
if [[ -z $PROVIDER ]]; then
  for p in /usr/lib/galera/libgalera_smm.so /usr/lib/libgalera_smm.so /usr/lib/galera-4/libgalera_smm.so; do
    [[ -e $p ]] && PROVIDER=$p && break
  done
fi
# As root the servers run as "mysql": the rsync daemon of an SST drops root to "nobody", which could not write a
# root-owned data folder.
RUN_AS=$(id -un)
[[ $RUN_AS == root ]] && id mysql > /dev/null 2>&1 && RUN_AS=mysql
GCOMM="gcomm://127.0.0.1:4571,127.0.0.1:4572,127.0.0.1:4573"

node_dir() { echo "$DIR/node$1"; }
pid_file() { echo "$(node_dir "$1")/mariadbd.pid"; }
port() { echo "${PORTS[$(($1 - 1))]}"; }
sql() { mariadb --no-defaults -h 127.0.0.1 -P "$(port "$1")" -u root -N -B -e "$2"; }

running() {
  local f; f=$(pid_file "$1")
  [[ -f $f ]] && kill -0 "$(cat "$f")" 2>/dev/null
}

# One option file per node, so that nothing of /etc/mysql (the machine's own server) is read.
write_config() {
  local n=$1 d; d=$(node_dir "$n")
  cat > "$d/my.cnf" <<EOF
[mysqld]
datadir=$d/data
socket=$d/mariadbd.sock
pid-file=$d/mariadbd.pid
log-error=$d/error.log
port=$(port "$n")
bind-address=127.0.0.1
user=$RUN_AS
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
local-infile=1
max_connections=300
innodb_buffer_pool_size=$BUFFER_POOL
innodb_log_file_size=48M
performance_schema=OFF
# Galera's requirements: row-based replication, InnoDB, interleaved auto-increment locks
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_flush_log_at_trx_commit=2
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=desasadar
wsrep_cluster_address=$GCOMM
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:457$n
wsrep_sst_receive_address=127.0.0.1:459$n
wsrep_sst_method=rsync
# gcache: the writes a node that was away can catch up on by IST instead of a full copy (SST)
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:457$n;ist.recv_addr=127.0.0.1:458$n;gcache.size=256M"
# Write-set limits (decision 025; figures in docs/benchmarks.md, Galera): an accept-valid import commits 5,000 rows
# per batch, a 1.7 MB write set; an all-or-nothing import is one write set for the whole file, ~400 bytes a worker:
# 1,000,000 workers are ~400 MB. The row limit (1,048,576, the largest the server takes) binds first: larger files are
# imported accept-valid. A runaway transaction fails at these limits instead of stalling the cluster.
wsrep_max_ws_rows=1048576
wsrep_max_ws_size=1073741824
EOF
}

init_node() {
  local n=$1 d; d=$(node_dir "$n")
  mkdir -p "$d"
  write_config "$n"
  chown "$RUN_AS" "$d"
  if [[ ! -d $d/data/mysql ]]; then
    mariadb-install-db --defaults-file="$d/my.cnf" --auth-root-authentication-method=normal \
      --skip-test-db > "$d/install.log" 2>&1 || { cat "$d/install.log"; exit 1; }
    chown -R "$RUN_AS" "$d"
  fi
}

wait_synced() {
  local n=$1 deadline=$((SECONDS + ${2:-180})) state=""
  while ((SECONDS < deadline)); do
    if ! running "$n" && [[ -f $(pid_file "$n") ]]; then
      echo "node $n died; its log:"; tail -30 "$(node_dir "$n")/error.log"; return 1
    fi
    state=$(sql "$n" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2) || true
    [[ $state == Synced ]] && return 0
    sleep 1
  done
  echo "node $n not synced after the wait (state: ${state:-no answer}); see $(node_dir "$n")/error.log"
  return 1
}

start_node() {
  local n=$1; shift
  if running "$n"; then echo "node $n already running (pid $(cat "$(pid_file "$n")"))"; return 0; fi
  init_node "$n"
  rm -f "$(pid_file "$n")"
  # the server detaches; PID file and error log are in the node's folder
  setsid nohup "$MARIADBD" --defaults-file="$(node_dir "$n")/my.cnf" "$@" > /dev/null 2>&1 &
  local deadline=$((SECONDS + 60))
  until [[ -f $(pid_file "$n") ]]; do
    ((SECONDS < deadline)) || { echo "node $n wrote no PID file"; tail -30 "$(node_dir "$n")/error.log"; return 1; }
    sleep 0.5
  done
  wait_synced "$n"
  echo "node $n synced on 127.0.0.1:$(port "$n")"
}

# The node to bootstrap from: the one whose grastate says it was the last to leave (safe_to_bootstrap: 1), else node 1.
bootstrap_node() {
  for n in 1 2 3; do
    if grep -qs '^safe_to_bootstrap: 1' "$(node_dir "$n")/data/grastate.dat"; then echo "$n"; return; fi
  done
  local f; f="$(node_dir 1)/data/grastate.dat"
  # no clean last node (all were killed): node 1 is declared safe; what it lacks, the others' rejoin cannot bring back
  [[ -f $f ]] && sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$f"
  echo 1
}

start() {
  [[ -n $PROVIDER ]] || { echo "no Galera provider (libgalera_smm.so): apt-get install galera-4"; exit 1; }
  if running 1 || running 2 || running 3; then
    for n in 1 2 3; do running "$n" || start_node "$n"; done
    return
  fi
  local first; first=$(bootstrap_node)
  start_node "$first" --wsrep-new-cluster
  for n in 1 2 3; do [[ $n == "$first" ]] || start_node "$n"; done
  sql "$first" "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1'; GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION" || true
  status
}

stop_node() {
  local n=$1 f; f=$(pid_file "$n")
  running "$n" || { rm -f "$f"; return 0; }
  local pid; pid=$(cat "$f")
  kill "$pid"
  local deadline=$((SECONDS + 120))
  while kill -0 "$pid" 2>/dev/null; do
    ((SECONDS < deadline)) || { echo "node $n (pid $pid) did not stop in 120 s"; return 1; }
    sleep 0.5
  done
  echo "node $n stopped"
}

stop() { for n in 3 2 1; do stop_node "$n"; done; }

kill_node() {
  local n=$1
  running "$n" || { echo "node $n is not running"; return 1; }
  local pid; pid=$(cat "$(pid_file "$n")")
  kill -9 "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  echo "node $n killed (kill -9 $pid)"
}

status() {
  for n in 1 2 3; do
    if running "$n"; then
      local s
      s=$(sql "$n" "SHOW STATUS WHERE Variable_name IN ('wsrep_cluster_size','wsrep_local_state_comment','wsrep_last_committed')" 2>/dev/null | tr '\t\n' '= ' || true)
      echo "node $n: pid $(cat "$(pid_file "$n")"), 127.0.0.1:$(port "$n"), $s"
    else
      echo "node $n: stopped"
    fi
  done
}

failover_check() {
  start
  cd "$ROOT"
  GALERA_DIR=$DIR GALERA_SCRIPT="$ROOT/deploy/galera-cluster.sh" \
  DB_URL="jdbc:mariadb:sequential://127.0.0.1:$(port 1),127.0.0.1:$(port 2),127.0.0.1:$(port 3)/desasadar_galera" \
  DB_USER=root DB_PASSWORD= ./mvnw -B -o test -Dgroups=benchmark -Dtest.excludedGroups= -Dtest=GaleraFailoverBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  kill) kill_node "${2:?node number}" ;;
  start-node) start_node "${2:?node number}" ;;
  failover-check) failover_check ;;
  *) sed -n '2,16p' "$0"; exit 2 ;;
esac

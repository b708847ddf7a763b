#!/usr/bin/env bash
# The whole set on one machine (issue 14, items 1 and 4; decision 022): a MariaDB, two app nodes from the packaged
# jar and HAProxy on 8080 with cookie-based sticky sessions.
#
#   deploy/local-cluster.sh start            builds the jar when missing, starts what is not running
#   deploy/local-cluster.sh status           what runs, and HAProxy's view of the nodes
#   deploy/local-cluster.sh stop             stops what start started (PID files), never the shared MariaDB
#   deploy/local-cluster.sh failover-check   a user's session and an import while the node they are on is killed
#
# Database: the machine's MariaDB on 127.0.0.1:3306 (user root, empty password) when it answers, else a mariadbd of
# its own with its data under target/local-cluster/mariadb (port 3316). CLUSTER_DB_MODE=own always starts its own.
# Everything the script writes (PID files, logs, the database folder) is under target/local-cluster/.
# Settings (environment): CLUSTER_DB (database name, desasadar_cluster), NODE1_PORT/NODE2_PORT (8081/8082),
# HAPROXY_PORT (8080), HAPROXY_STATS_PORT (8404), CLUSTER_PROFILE (demo: the demo users and data; production: none),
# DEMO_POPULATION_WORKERS (40000), NODE_JAVA_OPTS (-Xmx1g), START_TIMEOUT seconds (900).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN=${CLUSTER_RUN:-$ROOT/target/local-cluster}
JAR=${CLUSTER_JAR:-$ROOT/target/desa-sadar-0.1.0-SNAPSHOT.jar}
DB_NAME=${CLUSTER_DB:-desasadar_cluster}
DB_MODE=${CLUSTER_DB_MODE:-auto}
SHARED_DB_PORT=3306
OWN_DB_PORT=${OWN_DB_PORT:-3316}
NODE1_PORT=${NODE1_PORT:-8081}
NODE2_PORT=${NODE2_PORT:-8082}
HAPROXY_PORT=${HAPROXY_PORT:-8080}
HAPROXY_STATS_PORT=${HAPROXY_STATS_PORT:-8404}
PROFILE=${CLUSTER_PROFILE:-demo}
NODE_JAVA_OPTS=${NODE_JAVA_OPTS:--Xmx1g}
START_TIMEOUT=${START_TIMEOUT:-900}
# answers 200 without making an HTTP session (a Vaadin route would make one per check)
HEALTH_PATH=${HEALTH_PATH:-/actuator/health/readiness}
HAPROXY_CFG=$ROOT/deploy/haproxy/haproxy-local.cfg

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { say "ERROR: $*" >&2; exit 1; }

alive() { [[ -f $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
db_answers() { mariadb -h 127.0.0.1 -P "$1" -u root --connect-timeout=2 -e 'SELECT 1' >/dev/null 2>&1; }
http_ok() { [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1") == 200 ]]; }

java_bin() {
    local java=${JAVA_HOME:+$JAVA_HOME/bin/}java
    local major
    major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    [[ -n $major && $major -ge 21 ]] || die "the app needs a JDK 21 or newer; $java is ${major:-missing} (set JAVA_HOME)"
    echo "$java"
}

db_port() { cat "$RUN/db.port"; }

start_db() {
    if [[ $DB_MODE != own ]] && db_answers "$SHARED_DB_PORT"; then
        echo "$SHARED_DB_PORT" > "$RUN/db.port"
        say "database: the machine's MariaDB on 127.0.0.1:$SHARED_DB_PORT, database $DB_NAME (left running by stop)"
        return
    fi
    local dir=$RUN/mariadb
    echo "$OWN_DB_PORT" > "$RUN/db.port"
    if alive "$dir/mariadbd.pid"; then
        say "database: own mariadbd already running on $OWN_DB_PORT"
        return
    fi
    port_busy "$OWN_DB_PORT" && die "port $OWN_DB_PORT is taken: set OWN_DB_PORT"
    mkdir -p "$dir"
    if [[ ! -d $dir/data/mysql ]]; then
        say "database: creating $dir/data"
        mariadb-install-db --no-defaults --datadir="$dir/data" --user="$(id -un)" \
            --auth-root-authentication-method=normal > "$dir/install.log" 2>&1 || die "mariadb-install-db failed: $dir/install.log"
    fi
    say "database: starting an own mariadbd on 127.0.0.1:$OWN_DB_PORT (data in $dir/data)"
    /usr/sbin/mariadbd --no-defaults --datadir="$dir/data" --port="$OWN_DB_PORT" --bind-address=127.0.0.1 \
        --socket="$dir/mariadbd.sock" --pid-file="$dir/mariadbd.pid.server" --user="$(id -un)" \
        --innodb-buffer-pool-size=256M --max-connections=200 > "$dir/mariadbd.log" 2>&1 &
    echo $! > "$dir/mariadbd.pid"
    for _ in $(seq 60); do
        db_answers "$OWN_DB_PORT" && return
        alive "$dir/mariadbd.pid" || die "mariadbd stopped: $dir/mariadbd.log"
        sleep 1
    done
    die "mariadbd does not answer on $OWN_DB_PORT: $dir/mariadbd.log"
}

start_node() {
    local n=$1 port=$2 java
    if alive "$RUN/node$n.pid"; then
        say "node$n already running on $port"
        return
    fi
    port_busy "$port" && die "port $port is taken: set NODE${n}_PORT"
    java=$(java_bin)
    say "node$n: starting on 127.0.0.1:$port (profile $PROFILE, log $RUN/node$n.log)"
    # UPSTREAM_PROVINCES empty: no download from GitHub at start (the bundled map data is enough to look around)
    SPRING_PROFILES_ACTIVE=$PROFILE DB_URL="jdbc:mariadb://127.0.0.1:$(db_port)/$DB_NAME" DB_USER=root DB_PASSWORD= \
        PORT=$port SERVER_FORWARD_HEADERS_STRATEGY=native UPSTREAM_PROVINCES= \
        DEMO_POPULATION_WORKERS=${DEMO_POPULATION_WORKERS:-40000} \
        nohup "$java" $NODE_JAVA_OPTS -jar "$JAR" > "$RUN/node$n.log" 2>&1 &
    echo $! > "$RUN/node$n.pid"
    local started=$SECONDS
    # ready when its start-up tasks are done (official areas, map data, demo data: they run once the port answers)
    until grep -q 'Ready for users' "$RUN/node$n.log" && http_ok "http://127.0.0.1:$port$HEALTH_PATH"; do
        alive "$RUN/node$n.pid" || { tail -20 "$RUN/node$n.log" >&2; die "node$n stopped during its start"; }
        (( SECONDS - started < START_TIMEOUT )) || die "node$n not ready after ${START_TIMEOUT}s: $RUN/node$n.log"
        sleep 2
    done
    say "node$n: ready in $(( SECONDS - started )) s"
}

haproxy_env() {
    export CLUSTER_RUN=$RUN HAPROXY_BIND=":$HAPROXY_PORT" HAPROXY_STATS_BIND="127.0.0.1:$HAPROXY_STATS_PORT" \
        NODE1_ADDR="127.0.0.1:$NODE1_PORT" NODE2_ADDR="127.0.0.1:$NODE2_PORT" HEALTH_PATH
}

start_haproxy() {
    if alive "$RUN/haproxy.pid"; then
        say "haproxy already running on $HAPROXY_PORT"
        return
    fi
    if ! command -v haproxy > /dev/null; then
        say "haproxy: installing Debian's package"
        DEBIAN_FRONTEND=noninteractive apt-get install -y haproxy > "$RUN/apt.log" 2>&1 \
            || { apt-get update > /dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y haproxy >> "$RUN/apt.log" 2>&1; } \
            || die "could not install haproxy: $RUN/apt.log"
    fi
    port_busy "$HAPROXY_PORT" && die "port $HAPROXY_PORT is taken: set HAPROXY_PORT"
    haproxy_env
    haproxy -c -q -f "$HAPROXY_CFG" || die "haproxy refuses $HAPROXY_CFG"
    haproxy -f "$HAPROXY_CFG" -db > "$RUN/haproxy.log" 2>&1 &
    echo $! > "$RUN/haproxy.pid"
    for _ in $(seq 20); do
        http_ok "http://127.0.0.1:$HAPROXY_PORT$HEALTH_PATH" && break
        sleep 0.5
    done
    say "haproxy: http://localhost:$HAPROXY_PORT (stats http://127.0.0.1:$HAPROXY_STATS_PORT/, log $RUN/haproxy.log)"
}

start() {
    mkdir -p "$RUN"
    if [[ ! -f $JAR ]]; then
        say "building the production jar (./mvnw -Pproduction package -DskipTests)"
        (cd "$ROOT" && ./mvnw -B -Pproduction package -DskipTests > "$RUN/build.log" 2>&1) || die "build failed: $RUN/build.log"
    fi
    start_db
    # one node after the other: the first start of an empty database loads the areas and the demo data once
    start_node 1 "$NODE1_PORT"
    start_node 2 "$NODE2_PORT"
    start_haproxy
    [[ $PROFILE == demo ]] && say "sign in at http://localhost:$HAPROXY_PORT as admin (password demo1234; other demo users in README)"
    return 0
}

stop_pid() {
    local name=$1 file=$2
    if ! alive "$file"; then
        rm -f "$file"
        return
    fi
    local pid
    pid=$(cat "$file")
    kill "$pid"
    for _ in $(seq 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    rm -f "$file"
    say "$name stopped"
}

stop() {
    stop_pid haproxy "$RUN/haproxy.pid"
    stop_pid node2 "$RUN/node2.pid"
    stop_pid node1 "$RUN/node1.pid"
    stop_pid "own mariadbd" "$RUN/mariadb/mariadbd.pid" # only when this script started it
}

status() {
    local what file port
    for what in "node1:$NODE1_PORT" "node2:$NODE2_PORT" "haproxy:$HAPROXY_PORT"; do
        file=$RUN/${what%%:*}.pid port=${what##*:}
        if alive "$file"; then
            printf '%-8s pid %-7s port %-5s %s\n' "${what%%:*}" "$(cat "$file")" "$port" \
                "$(http_ok "http://127.0.0.1:$port$HEALTH_PATH" && echo answers || echo 'not answering')"
        else
            printf '%-8s stopped\n' "${what%%:*}"
        fi
    done
    if [[ -f $RUN/db.port ]]; then
        printf '%-8s 127.0.0.1:%s %s%s\n' database "$(db_port)" "$(db_answers "$(db_port)" && echo answers || echo 'not answering')" \
            "$(alive "$RUN/mariadb/mariadbd.pid" && echo ' (own mariadbd, pid '"$(cat "$RUN/mariadb/mariadbd.pid")"')' || echo ' (shared)')"
    fi
    if alive "$RUN/haproxy.pid"; then
        echo "haproxy's view of the nodes:"
        curl -s --max-time 3 "http://127.0.0.1:$HAPROXY_STATS_PORT/;csv" | awk -F, '$1 == "nodes" { printf "  %-8s %s\n", $2, $18 }'
    fi
}

failover_check() {
    alive "$RUN/haproxy.pid" && alive "$RUN/node1.pid" && alive "$RUN/node2.pid" \
        || die "the cluster is not running: deploy/local-cluster.sh start"
    command -v node > /dev/null || die "failover-check needs Node.js (and playwright-core in PW_DIR, /tmp/pw)"
    CLUSTER_RUN=$RUN BASE_URL="http://127.0.0.1:$HAPROXY_PORT" DB_PORT=$(db_port) DB_NAME=$DB_NAME \
        HAPROXY_STATS="http://127.0.0.1:$HAPROXY_STATS_PORT/;csv" \
        node "$ROOT/deploy/failover-check.mjs"
}

case ${1:-} in
    start) start ;;
    stop) stop ;;
    status) status ;;
    failover-check) failover_check ;;
    *) echo "usage: $0 start|stop|status|failover-check" >&2; exit 2 ;;
esac

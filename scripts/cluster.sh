#!/usr/bin/env bash
# A local cluster to try SkillScope's scale-out setup: OpenSearch (1 or 2 nodes) and one Kafka
# broker (KRaft), from the same Maven Central artifacts the tests run, on 127.0.0.1 only. For
# trying, not for production (see docker-compose.yml and docs/scale-out.md).
#
#   scripts/cluster.sh start [1|2]    start OpenSearch (1 node by default, or 2) and Kafka
#   scripts/cluster.sh stop           stop what start started
#   scripts/cluster.sh status         what runs
#   scripts/cluster.sh feed FILE      send postings (one JSON object a line, as POST /api/v1/postings
#                                     takes) to the input topic, keyed by externalId
#
# Ports: OpenSearch 9200 (and 9201), transport 9300 (and 9301); Kafka 9092, its controller 9093.
# Files under target/cluster (SKILLSCOPE_CLUSTER_DIR to change). OpenSearch refuses to run as
# root: as root the nodes run as the system user skillscope-search, created if missing.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUN="${SKILLSCOPE_CLUSTER_DIR:-$ROOT/target/cluster}"
OPENSEARCH_VERSION=3.8.0
OPENSEARCH_DIST="$ROOT/target/opensearch-dist/opensearch-$OPENSEARCH_VERSION"
OPENSEARCH_USER=skillscope-search
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
TOPIC="${SKILLSCOPE_KAFKA_TOPIC:-skillscope.postings}"

java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }

find_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then return; fi
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"; return
    fi
  done
  echo "No JDK >= 21 found; set JAVA_HOME." >&2; exit 1
}

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_port() { # port seconds what
  for _ in $(seq 1 "$2"); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 1
  done
  echo "$3 did not open port $1 in $2 s; see $RUN" >&2; return 1
}

# The broker's jars, resolved from scripts/kafka-broker/pom.xml (the file the tests use too).
kafka_classpath() {
  local file="$ROOT/target/kafka-broker.classpath"
  if [ ! -f "$file" ] || [ "$ROOT/scripts/kafka-broker/pom.xml" -nt "$file" ]; then
    echo "Resolving the Kafka broker's jars..." >&2
    mkdir -p "$ROOT/target"
    "$ROOT/mvnw" -B -q -ntp -f "$ROOT/scripts/kafka-broker/pom.xml" dependency:build-classpath \
      -Dmdep.outputFile="$file" >&2
  fi
  cat "$file"
}

start_kafka() {
  local dir="$RUN/kafka"
  if running "$dir/kafka.pid"; then echo "Kafka already runs (pid $(cat "$dir/kafka.pid"))"; return; fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$KAFKA_PORT") 2>/dev/null; then
    echo "Port $KAFKA_PORT is taken by another process; stop it first" >&2; exit 1
  fi
  mkdir -p "$dir"
  local cp; cp="$(kafka_classpath)"
  cat >"$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# Topics made on first use get 4 partitions: up to 4 replicas consume in parallel.
num.partitions=4
PROPS
  cat >"$dir/log4j2.properties" <<'PROPS'
rootLogger.level=WARN
rootLogger.appenderRef.console.ref=console
appender.console.type=Console
appender.console.name=console
appender.console.layout.type=PatternLayout
appender.console.layout.pattern=%d{HH:mm:ss.SSS} %-5p [%c{1}] %m%n
PROPS
  local java=("$JAVA_HOME/bin/java" -Xms256m -Xmx512m "-Dlog4j2.configurationFile=$dir/log4j2.properties" -cp "$cp")
  if [ ! -f "$dir/data/meta.properties" ]; then
    local id="-"
    # A cluster id starting with '-' would be read as an option; Kafka's own tool draws again too.
    while [ "${id:0:1}" = "-" ]; do id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"; done
    "${java[@]}" kafka.tools.StorageTool format -t "$id" -c "$dir/server.properties" >"$dir/format.log" 2>&1
  fi
  nohup "${java[@]}" kafka.Kafka "$dir/server.properties" >"$dir/kafka.log" 2>&1 </dev/null &
  echo $! >"$dir/kafka.pid"
  wait_port "$KAFKA_PORT" 60 Kafka
  echo "Kafka: 127.0.0.1:$KAFKA_PORT (pid $(cat "$dir/kafka.pid"), log $dir/kafka.log)"
}

opensearch_dist() {
  if [ ! -x "$OPENSEARCH_DIST/bin/opensearch" ]; then
    echo "Unpacking OpenSearch $OPENSEARCH_VERSION (154 MB, downloaded once)..." >&2
    "$ROOT/mvnw" -B -q -ntp -f "$ROOT/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
      -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$OPENSEARCH_VERSION:zip" \
      -DoutputDirectory="$ROOT/target/opensearch-dist" >&2
  fi
}

start_opensearch() { # nodes
  local nodes="$1" seeds="" names="" as=()
  opensearch_dist
  if [ "$(id -u)" = 0 ]; then
    id -u "$OPENSEARCH_USER" >/dev/null 2>&1 ||
      useradd --system --no-create-home --shell /usr/sbin/nologin "$OPENSEARCH_USER"
    as=(runuser -u "$OPENSEARCH_USER" --)
  fi
  for i in $(seq 0 $((nodes - 1))); do
    seeds="$seeds${seeds:+,}127.0.0.1:$((9300 + i))"; names="$names${names:+,}node-$i"
  done
  for i in $(seq 0 $((nodes - 1))); do
    local dir="$RUN/opensearch/node-$i"
    if running "$dir/opensearch.pid"; then echo "OpenSearch node-$i already runs"; continue; fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$((9200 + i))") 2>/dev/null; then
      echo "Port $((9200 + i)) is taken by another process; stop it first" >&2; exit 1
    fi
    mkdir -p "$dir/data" "$dir/logs" "$dir/tmp"
    rm -rf "$dir/config"; cp -r "$OPENSEARCH_DIST/config" "$dir/config"
    # The distribution's JVM options write GC logs, heap dumps and error files relative to the
    # working directory; they go to the node's own directories instead.
    sed -i -e "s|^-Xms.*|-Xms512m|" -e "s|^-Xmx.*|-Xmx512m|" \
      -e "s|file=logs/gc.log|file=$dir/logs/gc.log|" -e "s|HeapDumpPath=data|HeapDumpPath=$dir/tmp|" \
      -e "s|ErrorFile=logs/|ErrorFile=$dir/logs/|" "$dir/config/jvm.options"
    local discovery=(-E discovery.type=single-node)
    if [ "$nodes" -gt 1 ]; then
      discovery=(-E "discovery.seed_hosts=$seeds" -E "cluster.initial_cluster_manager_nodes=$names")
    fi
    [ "${#as[@]}" -gt 0 ] && chown -R "$OPENSEARCH_USER" "$dir"
    "${as[@]}" env OPENSEARCH_JAVA_HOME="$JAVA_HOME" OPENSEARCH_PATH_CONF="$dir/config" \
      OPENSEARCH_TMPDIR="$dir/tmp" \
      "$OPENSEARCH_DIST/bin/opensearch" -d -p "$dir/opensearch.pid" \
      -E cluster.name=skillscope-local -E "node.name=node-$i" -E network.host=127.0.0.1 \
      -E "http.port=$((9200 + i))" -E "transport.port=$((9300 + i))" \
      -E "path.data=$dir/data" -E "path.logs=$dir/logs" \
      -E cluster.routing.allocation.disk.threshold_enabled=false "${discovery[@]}" \
      >"$dir/console.log" 2>&1
  done
  local status=""
  for _ in $(seq 1 120); do
    status="$(curl -s "http://127.0.0.1:9200/_cluster/health" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p' || true)"
    [ "$status" = green ] && break
    sleep 1
  done
  [ "$status" = green ] || { echo "OpenSearch is not green after 120 s; see $RUN/opensearch" >&2; exit 1; }
  local hosts=""
  for i in $(seq 0 $((nodes - 1))); do hosts="$hosts${hosts:+,}http://127.0.0.1:$((9200 + i))"; done
  echo "OpenSearch: $hosts (green)"
  echo "$hosts" >"$RUN/opensearch.hosts"
}

stop_pid() { # pidfile what
  if running "$1"; then
    local pid; pid="$(cat "$1")"
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "$2 stopped"
  fi
  rm -f "$1"
}

case "${1:-}" in
  start)
    nodes="${2:-1}"
    [[ "$nodes" =~ ^[12]$ ]] || { echo "start takes 1 or 2 (OpenSearch nodes)" >&2; exit 2; }
    find_java
    mkdir -p "$RUN"
    start_kafka
    start_opensearch "$nodes"
    cat <<HINT

Run SkillScope against it (any number of times, each on its own port):
  SKILLSCOPE_STORE_BACKEND=opensearch SKILLSCOPE_OPENSEARCH_HOSTS=$(cat "$RUN/opensearch.hosts") \\
  SKILLSCOPE_KAFKA_ENABLED=true KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT \\
  java -Dquarkus.http.port=8080 -jar target/quarkus-app/quarkus-run.jar
Feed it: scripts/cluster.sh feed postings.jsonl
HINT
    ;;
  stop)
    for pidfile in "$RUN"/opensearch/node-*/opensearch.pid; do
      [ -e "$pidfile" ] && stop_pid "$pidfile" "OpenSearch $(basename "$(dirname "$pidfile")")"
    done
    stop_pid "$RUN/kafka/kafka.pid" Kafka
    ;;
  status)
    running "$RUN/kafka/kafka.pid" && echo "Kafka: runs (pid $(cat "$RUN/kafka/kafka.pid"))" || echo "Kafka: stopped"
    for pidfile in "$RUN"/opensearch/node-*/opensearch.pid; do
      [ -e "$pidfile" ] && running "$pidfile" && echo "OpenSearch $(basename "$(dirname "$pidfile")"): runs (pid $(cat "$pidfile"))"
    done
    curl -s "http://127.0.0.1:9200/_cluster/health?pretty" 2>/dev/null | sed -n 's/.*"status" : "\(.*\)".*/OpenSearch cluster: \1/p' || true
    ;;
  feed)
    [ -n "${2:-}" ] && [ -f "$2" ] || { echo "feed takes a JSON-lines file" >&2; exit 2; }
    find_java
    "$JAVA_HOME/bin/java" -cp "$(kafka_classpath)" "$ROOT/scripts/kafka-broker/Feed.java" \
      "127.0.0.1:$KAFKA_PORT" "$TOPIC" "$2"
    ;;
  *)
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac

#!/usr/bin/env bash
# A local Neo4j 5.26 LTS Community server for development and tests, without Docker.
#
# Needs only Java 17 and Maven: `fetch` copies Neo4j and the Neo4j Browser from Maven
# Central (scripts/neo4j/pom.xml) into .neo4j-local/lib, `start` runs
# org.neo4j.server.CommunityEntryPoint on 127.0.0.1 with a generated neo4j.conf.
#
#   scripts/neo4j-local.sh fetch     # once; skipped when the jars are there
#   scripts/neo4j-local.sh start     # fetches if needed, waits until Bolt answers
#   eval "$(scripts/neo4j-local.sh env)"
#   scripts/neo4j-local.sh status | stop | logs
#   scripts/neo4j-local.sh stop --now   # kill at once (a test server: its data is disposable;
#                                       # the next start recovers the store)
#
# Environment (all optional):
#   NEO4J_BOLT_PORT (7687)  NEO4J_HTTP_PORT (7474)  NEO4J_PASSWORD (actorgraph-test)
#   NEO4J_HEAP (512m)  NEO4J_PAGECACHE (256m)  NEO4J_START_TIMEOUT (seconds, 180)
#   NEO4J_LOCAL_DIR (<repo>/.neo4j-local): where jars, data, logs and the pid live
#   NEO4J_LIB_DIR (<NEO4J_LOCAL_DIR>/lib): the jars, e.g. those of another server's folder
#   NEO4J_CONF_EXTRA: lines appended to the generated neo4j.conf, e.g.
#     NEO4J_CONF_EXTRA='browser.post_connect_cmd=style http://127.0.0.1:8000/actorgraph.grass'
#   (a host that :style / :play fetch from must be in browser.remote_content_hostname_whitelist)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
POM="$HERE/neo4j/pom.xml"
CONF_TEMPLATE="$HERE/neo4j/neo4j.conf.template"

BASE="${NEO4J_LOCAL_DIR:-$REPO/.neo4j-local}"
LIB="${NEO4J_LIB_DIR:-$BASE/lib}"   # NEO4J_LIB_DIR: share the jars of another folder
CONF_DIR="$BASE/conf"
RUN_DIR="$BASE/run"
LOG_DIR="$BASE/logs"
PID_FILE="$RUN_DIR/neo4j.pid"
CONSOLE_LOG="$LOG_DIR/console.log"

BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
PASSWORD="${NEO4J_PASSWORD:-actorgraph-test}"
USERNAME=neo4j
HEAP="${NEO4J_HEAP:-512m}"
PAGECACHE="${NEO4J_PAGECACHE:-256m}"
TIMEOUT="${NEO4J_START_TIMEOUT:-180}"

die() { echo "neo4j-local: $*" >&2; exit 1; }
say() { echo "neo4j-local: $*" >&2; }

neo4j_version() { sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$POM"; }

have_jars() {
  local v; v="$(neo4j_version)"
  [[ -f "$LIB/neo4j-$v.jar" && -f "$LIB/neo4j-server-$v.jar" ]] && ls "$LIB"/neo4j-browser-*.jar >/dev/null 2>&1
}

cmd_fetch() {
  if have_jars; then
    say "Neo4j $(neo4j_version) already in $LIB"
    return 0
  fi
  command -v java >/dev/null || die "java not found; install Java 17 (apt-get install openjdk-17-jre-headless)"
  command -v mvn >/dev/null || die "mvn not found; install Maven (apt-get install maven)"
  say "fetching Neo4j $(neo4j_version) and the Neo4j Browser from Maven Central into $LIB ..."
  mkdir -p "$LIB"
  local log="$BASE/fetch.log"
  if ! mvn -B -q -f "$POM" dependency:copy-dependencies -DoutputDirectory="$LIB" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    die "Maven could not fetch Neo4j (log: $log); check that Maven Central is reachable"
  fi
  have_jars || die "Maven ran but the Neo4j jars are missing from $LIB (log: $log)"
  say "fetched $(ls "$LIB" | wc -l) jars"
}

java_major() {
  java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1
}

write_conf() {
  mkdir -p "$CONF_DIR" "$RUN_DIR" "$LOG_DIR" "$BASE/data" "$BASE/import" "$BASE/plugins"
  sed -e "s|@BASE@|$BASE|g" \
      -e "s|@BOLT_PORT@|$BOLT_PORT|g" \
      -e "s|@HTTP_PORT@|$HTTP_PORT|g" \
      -e "s|@PAGECACHE@|$PAGECACHE|g" \
      "$CONF_TEMPLATE" >"$CONF_DIR/neo4j.conf"
  if [[ -n "${NEO4J_CONF_EXTRA:-}" ]]; then
    # a setting given here replaces the template's (Neo4j refuses one declared twice)
    local line key
    while IFS= read -r line; do
      [[ "$line" == *=* ]] || continue
      key="${line%%=*}"
      grep -v -F -x -e "$line" "$CONF_DIR/neo4j.conf" | grep -v "^${key//./\\.}=" >"$CONF_DIR/neo4j.conf.tmp" || true
      mv "$CONF_DIR/neo4j.conf.tmp" "$CONF_DIR/neo4j.conf"
    done <<<"$NEO4J_CONF_EXTRA"
    printf '\n# from NEO4J_CONF_EXTRA\n%s\n' "$NEO4J_CONF_EXTRA" >>"$CONF_DIR/neo4j.conf"
  fi
}

running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid; pid="$(cat "$PID_FILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# 0 when the HTTP API runs a query with the password (the database is online).
db_answers() {
  if command -v curl >/dev/null; then
    curl -sf -m 5 -u "$USERNAME:$PASSWORD" -H 'Content-Type: application/json' \
      -d '{"statements":[{"statement":"RETURN 1"}]}' \
      "http://127.0.0.1:$HTTP_PORT/db/neo4j/tx/commit" 2>/dev/null | grep -q '"errors":\[\]'
  else
    port_open "$HTTP_PORT"
  fi
}

# HTTP status of an authenticated query (401 = wrong password), "" without curl.
http_status() {
  command -v curl >/dev/null || return 0
  curl -s -m 5 -o /dev/null -w '%{http_code}' -u "$USERNAME:$PASSWORD" \
    -H 'Content-Type: application/json' -d '{"statements":[{"statement":"RETURN 1"}]}' \
    "http://127.0.0.1:$HTTP_PORT/db/neo4j/tx/commit" 2>/dev/null || true
}

set_initial_password() {
  # Only takes effect before the first start (no auth database yet), as with neo4j-admin.
  if [[ -d "$BASE/data/databases/system" ]]; then
    return 0
  fi
  [[ ${#PASSWORD} -ge 8 ]] || die "NEO4J_PASSWORD must have at least 8 characters"
  NEO4J_HOME="$BASE" NEO4J_CONF="$CONF_DIR" java -cp "$LIB/*" org.neo4j.cli.AdminTool \
    dbms set-initial-password "$PASSWORD" >"$LOG_DIR/set-password.log" 2>&1 \
    || { cat "$LOG_DIR/set-password.log" >&2; die "could not set the initial password"; }
}

cmd_start() {
  if pid="$(running_pid)"; then
    say "already running (pid $pid), Bolt on 127.0.0.1:$BOLT_PORT"
    return 0
  fi
  command -v java >/dev/null || die "java not found; install Java 17"
  local major; major="$(java_major)"
  [[ "$major" -ge 17 ]] || die "Neo4j 5.26 needs Java 17 or 21, found Java $major"
  cmd_fetch
  for p in "$BOLT_PORT" "$HTTP_PORT"; do
    port_open "$p" && die "port $p is already in use; stop what holds it or set NEO4J_BOLT_PORT / NEO4J_HTTP_PORT"
  done
  write_conf
  set_initial_password
  say "starting Neo4j $(neo4j_version) (heap $HEAP): Bolt 127.0.0.1:$BOLT_PORT, HTTP 127.0.0.1:$HTTP_PORT"
  : >"$CONSOLE_LOG"
  NEO4J_HOME="$BASE" NEO4J_CONF="$CONF_DIR" nohup java \
    -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow \
    -XX:+DisableExplicitGC -Djdk.tls.ephemeralDHKeySize=2048 -Dfile.encoding=UTF-8 \
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
    --add-exports=java.base/sun.nio.ch=ALL-UNNAMED \
    --enable-native-access=ALL-UNNAMED \
    -cp "$LIB/*" org.neo4j.server.CommunityEntryPoint \
    --home-dir="$BASE" --config-dir="$CONF_DIR" \
    >>"$CONSOLE_LOG" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
  local pid; pid="$(cat "$PID_FILE")"
  local waited=0
  until port_open "$BOLT_PORT" && db_answers; do
    if port_open "$HTTP_PORT" && [[ "$(http_status)" == 401 ]]; then
      die "Neo4j runs (pid $pid) but refuses NEO4J_PASSWORD: the password is set at the first start only; use the old one, or reset with: $0 stop && $0 wipe && $0 start"
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      echo "---- last lines of $CONSOLE_LOG ----" >&2
      tail -n 40 "$CONSOLE_LOG" >&2
      die "Neo4j exited while starting (see above)"
    fi
    if (( waited >= TIMEOUT )); then
      echo "---- last lines of $CONSOLE_LOG ----" >&2
      tail -n 40 "$CONSOLE_LOG" >&2
      die "Neo4j did not answer on Bolt 127.0.0.1:$BOLT_PORT within ${TIMEOUT}s (still running as pid $pid; stop it with: $0 stop; raise NEO4J_START_TIMEOUT if the machine is slow)"
    fi
    sleep 1
    waited=$((waited + 1))
  done
  say "ready after ${waited}s (pid $pid); Browser at http://127.0.0.1:$HTTP_PORT/browser/"
}

cmd_stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    say "not running"
    return 0
  fi
  # --now: kill at once. A clean shutdown takes ~8-12 s (the Bolt server waits out its
  # connections); a test server's data is thrown away, so it need not wait
  local signal=TERM
  [[ "${1:-}" == "--now" ]] && signal=KILL
  kill -s "$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$PID_FILE"; say "stopped (pid $pid, SIG$signal)"; return 0; }
    sleep 0.2
  done
  say "pid $pid did not stop within 60s; killing it"
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
}

cmd_status() {
  local pid
  if pid="$(running_pid)"; then
    if port_open "$BOLT_PORT" && db_answers; then
      echo "running (pid $pid): bolt://127.0.0.1:$BOLT_PORT, http://127.0.0.1:$HTTP_PORT/browser/"
    elif [[ "$(http_status)" == 401 ]]; then
      echo "running (pid $pid) but NEO4J_PASSWORD is refused (the password is set at the first start)"
      return 3
    else
      echo "starting or unhealthy (pid $pid): Bolt 127.0.0.1:$BOLT_PORT does not answer yet"
      return 2
    fi
  else
    echo "not running"
    return 1
  fi
}

cmd_env() {
  echo "export NEO4J_URI=bolt://127.0.0.1:$BOLT_PORT"
  echo "export NEO4J_USERNAME=$USERNAME"
  echo "export NEO4J_PASSWORD=$PASSWORD"
  echo "export NEO4J_DATABASE=neo4j"
  echo "export NEO4J_HTTP_URL=http://127.0.0.1:$HTTP_PORT"
}

cmd_wipe() {
  running_pid >/dev/null && die "stop the server first: $0 stop"
  rm -rf "$BASE/data" "$BASE/logs" "$BASE/run" "$BASE/conf"
  say "removed data, logs and conf from $BASE (jars kept)"
}

case "${1:-}" in
  fetch) cmd_fetch ;;
  start) cmd_start ;;
  stop) cmd_stop "${2:-}" ;;
  restart) cmd_stop; cmd_start ;;
  status) cmd_status ;;
  env) cmd_env ;;
  logs) tail -n "${2:-50}" "$CONSOLE_LOG" ;;
  wipe) cmd_wipe ;;
  *)
    echo "usage: $0 fetch|start|stop [--now]|restart|status|env|logs [N]|wipe" >&2
    exit 2 ;;
esac

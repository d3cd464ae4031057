#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what it needs, then runs it.
#
#   scripts/test.sh               # everything: unit, CLI, real Neo4j, real Chromium
#   scripts/test.sh -k store -x   # extra arguments go to pytest
#
# What it does, each step skipped when already done:
#   1. pip install -e ".[test,spark]"      (Python dependencies; spark: the PySpark tests)
#   2. apt-get install chromium            (headless browser tests; Debian's package)
#   3. scripts/neo4j-local.sh start        (Neo4j 5.26 from Maven Central, on 127.0.0.1)
#      unless NEO4J_URI names a server already (the tests empty its database). The servers
#      it starts are the suite's own: folder .neo4j-test/ and ports 7689 (Bolt) / 7476
#      (HTTP), and a second one in .neo4j-test-b/ on 7690 / 7477 (same jars) for the crash
#      and Browser tests, never the .neo4j-local/ and 7687 / 7474 of `actorgraph
#      neo4j-server start` (override with ACTORGRAPH_TEST_NEO4J_DIR, ACTORGRAPH_TEST_BOLT_PORT,
#      ACTORGRAPH_TEST_HTTP_PORT, ACTORGRAPH_TEST_NEO4J_B_DIR, ACTORGRAPH_TEST_B_BOLT_PORT,
#      ACTORGRAPH_TEST_B_HTTP_PORT); they are stopped at the end. They are fetched and
#      started in the background first, beside steps 1, 2 and 4: pytest does not wait
#      for them, the tests that need a server do (tests/e2e/conftest.py waits for the
#      file $ACTORGRAPH_TEST_NEO4J_READY.ok, or fails on .failed with the start's log),
#      so the unit and CLI tests run while the servers start (~20-40 s from a clean clone)
#   4. ruff check, then pytest
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
PY="${PYTHON:-python3}"
say() { echo "test.sh: $*" >&2; }

# 3 (started first, in the background: fetching and starting Neo4j takes as long as the
#    installs, so they run side by side). Real Neo4j servers, the suite's own folders and
#    ports, so that a user's server and graph are never touched (and no test data turns up
#    in them). Two of them, sharing the jars: the tests that empty a database run one after
#    the other on one server, so the crash and Neo4j Browser tests (NEO4J_SERVER = "b" in
#    their modules) get the second one and run beside the rest on the other core
STARTED_A=""
STARTED_B=""
NEO4J_PID=""
READY_DIR=""
A_DIR="${ACTORGRAPH_TEST_NEO4J_DIR:-$REPO/.neo4j-test}"
B_DIR="${ACTORGRAPH_TEST_NEO4J_B_DIR:-$REPO/.neo4j-test-b}"
B_BOLT="${ACTORGRAPH_TEST_B_BOLT_PORT:-7690}"
B_HTTP="${ACTORGRAPH_TEST_B_HTTP_PORT:-7477}"
neo4j_b() {
  NEO4J_LOCAL_DIR="$B_DIR" NEO4J_LIB_DIR="$A_DIR/lib" NEO4J_BOLT_PORT="$B_BOLT" \
    NEO4J_HTTP_PORT="$B_HTTP" bash scripts/neo4j-local.sh "$@"
}
if [ -z "${NEO4J_URI:-}" ]; then
  export NEO4J_LOCAL_DIR="$A_DIR"
  export NEO4J_BOLT_PORT="${ACTORGRAPH_TEST_BOLT_PORT:-7689}"
  export NEO4J_HTTP_PORT="${ACTORGRAPH_TEST_HTTP_PORT:-7476}"
  bash scripts/neo4j-local.sh status >/dev/null 2>&1 || STARTED_A=1
  neo4j_b status >/dev/null 2>&1 || STARTED_B=1
  if [ -n "$STARTED_A$STARTED_B" ]; then
    say "starting the suite's Neo4j servers: Bolt ports $NEO4J_BOLT_PORT and $B_BOLT"
    READY_DIR="$(mktemp -d "${TMPDIR:-/tmp}/actorgraph-test-neo4j.XXXXXX")"
    READY="$READY_DIR/servers"
    (
      ok=1
      bash scripts/neo4j-local.sh fetch || ok=""
      if [ -n "$ok" ]; then
        pids=()
        if [ -n "$STARTED_A" ]; then bash scripts/neo4j-local.sh start & pids+=($!); fi
        if [ -n "$STARTED_B" ]; then neo4j_b start & pids+=($!); fi
        for p in "${pids[@]}"; do wait "$p" || ok=""; done
      fi
      if [ -n "$ok" ]; then touch "$READY.ok"; else touch "$READY.failed"; exit 1; fi
    ) >"$READY.log" 2>&1 &
    NEO4J_PID=$!
  fi
fi
cleanup() {
  [ -n "$NEO4J_PID" ] && wait "$NEO4J_PID" 2>/dev/null  # a start still running: let it end
  [ -n "$READY_DIR" ] && rm -rf "$READY_DIR"
  [ -n "${NEO4J_KEEP:-}" ] && return
  # killed, not shut down: a clean Neo4j 5.26 shutdown takes ~8-12 s (its Bolt server
  # waits) and these servers hold only the tests' throw-away data
  local stops=()
  [ -n "$STARTED_A" ] && { bash scripts/neo4j-local.sh stop --now >/dev/null 2>&1 & stops+=($!); }
  [ -n "$STARTED_B" ] && { neo4j_b stop --now >/dev/null 2>&1 & stops+=($!); }
  for p in "${stops[@]}"; do wait "$p"; done
  return 0
}
trap cleanup EXIT

# 1. Python dependencies
if ! "$PY" -c "import actorgraph, pytest, xdist, hypothesis, playwright, neo4j, pyvis, docx, pypdf, selectolax, pyarrow, duckdb, polars, pyspark, igraph, pandas" 2>/dev/null \
   || [ "$("$PY" -c 'import actorgraph, pathlib; print(pathlib.Path(actorgraph.__file__).resolve().parents[1])' 2>/dev/null)" != "$REPO/src" ]; then
  say "installing Python dependencies (pip install -e .[test,spark])"
  "$PY" -m pip install -q --disable-pip-version-check -e ".[test,spark]" || { say "pip install failed"; exit 1; }
fi

# 2. Chromium for the browser tests
if ! command -v chromium >/dev/null 2>&1; then
  say "installing Debian's chromium for the browser tests"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null && $SUDO apt-get install -y -qq chromium >/dev/null \
    || { say "apt-get install chromium failed"; exit 1; }
fi
export ACTORGRAPH_CHROMIUM="${ACTORGRAPH_CHROMIUM:-$(command -v chromium)}"

# 3 (continued). Point the tests at the servers started above; they are not waited for
#    here (the tests that use them wait: tests/e2e/conftest.py)
if [ -n "$NEO4J_PID" ]; then
  export ACTORGRAPH_TEST_NEO4J_READY="$READY"
fi
if [ -z "${NEO4J_URI:-}" ]; then
  eval "$(bash scripts/neo4j-local.sh env)"
  export ACTORGRAPH_TEST_NEO4J_B_URI="bolt://127.0.0.1:$B_BOLT"
  export ACTORGRAPH_TEST_NEO4J_B_HTTP_URL="http://127.0.0.1:$B_HTTP"
fi

# 4. Lint, then the tests
"$PY" -m ruff check src tests bench eval || { say "ruff found problems (fix them or run ruff check --fix)"; exit 1; }
"$PY" -m pytest -p no:cacheprovider "$@"
status=$?
if [ -n "$NEO4J_PID" ] && ! wait "$NEO4J_PID"; then
  say "Neo4j did not start (see its logs/console.log):"
  tail -n 20 "$READY.log" >&2
  [ "$status" -eq 0 ] && status=1
fi
NEO4J_PID=""
if [ "$status" -eq 5 ]; then
  say "pytest collected no tests"
fi
exit "$status"

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
#      unless NEO4J_URI names a server already (the tests empty its database). The server
#      it starts is the suite's own: folder .neo4j-test/ and ports 7689 (Bolt) / 7476
#      (HTTP), never the .neo4j-local/ and 7687 / 7474 of `actorgraph neo4j-server start`
#      (override with ACTORGRAPH_TEST_NEO4J_DIR, ACTORGRAPH_TEST_BOLT_PORT,
#      ACTORGRAPH_TEST_HTTP_PORT); it is stopped at the end. It is fetched and started in the
#      background first, beside steps 1 and 2, and waited for before step 4
#   4. ruff check, then pytest
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
PY="${PYTHON:-python3}"
say() { echo "test.sh: $*" >&2; }

# 3 (started first, in the background: fetching and starting Neo4j takes as long as the
#    installs, so they run side by side). A real Neo4j server: the suite's own folder and
#    ports, so that a user's server and graph are never touched (and no test data turns up
#    in them)
STARTED_NEO4J=""
NEO4J_PID=""
if [ -z "${NEO4J_URI:-}" ]; then
  export NEO4J_LOCAL_DIR="${ACTORGRAPH_TEST_NEO4J_DIR:-$REPO/.neo4j-test}"
  export NEO4J_BOLT_PORT="${ACTORGRAPH_TEST_BOLT_PORT:-7689}"
  export NEO4J_HTTP_PORT="${ACTORGRAPH_TEST_HTTP_PORT:-7476}"
  if ! bash scripts/neo4j-local.sh status >/dev/null 2>&1; then
    say "starting the suite's Neo4j server in $NEO4J_LOCAL_DIR, Bolt port $NEO4J_BOLT_PORT"
    bash scripts/neo4j-local.sh start &
    NEO4J_PID=$!
    STARTED_NEO4J=1
  fi
fi
cleanup() { [ -n "$STARTED_NEO4J" ] && [ -z "${NEO4J_KEEP:-}" ] && bash scripts/neo4j-local.sh stop >/dev/null 2>&1; }
trap cleanup EXIT

# 1. Python dependencies
if ! "$PY" -c "import actorgraph, pytest, xdist, hypothesis, playwright, neo4j, pyvis, docx, pypdf, selectolax, pyarrow, duckdb, pyspark, igraph, pandas" 2>/dev/null \
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

# 3 (continued). Wait for the server started above, then point the tests at it
if [ -n "$NEO4J_PID" ]; then
  wait "$NEO4J_PID" || { say "Neo4j did not start"; exit 1; }
fi
if [ -z "${NEO4J_URI:-}" ]; then
  eval "$(bash scripts/neo4j-local.sh env)"
fi

# 4. Lint, then the tests
"$PY" -m ruff check src tests bench eval || { say "ruff found problems (fix them or run ruff check --fix)"; exit 1; }
"$PY" -m pytest -p no:cacheprovider "$@"
status=$?
if [ "$status" -eq 5 ]; then
  say "pytest collected no tests"
fi
exit "$status"

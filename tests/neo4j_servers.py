"""Which of the suite's two Neo4j servers a test module uses (scripts/test.sh starts both).

Tests that empty a database run one after the other on their server (one pytest-xdist
group per server, tests/conftest.py), so the slow crash and Neo4j Browser modules set
``NEO4J_SERVER = "b"`` and run on the second server beside the rest. Without a second
server (``$ACTORGRAPH_TEST_NEO4J_B_URI`` unset: pytest run by hand, or a user's
NEO4J_URI) every module uses the first one.
"""

from __future__ import annotations

import os

#: the second server's Bolt URI and HTTP base URL, exported by scripts/test.sh
B_URI = "ACTORGRAPH_TEST_NEO4J_B_URI"
B_HTTP_URL = "ACTORGRAPH_TEST_NEO4J_B_HTTP_URL"


def server_of(module: object) -> str:
    """``"b"`` for a module that asks for the second server when one is configured, else
    ``"a"``."""
    wants_b = getattr(module, "NEO4J_SERVER", "a") == "b"
    return "b" if wants_b and os.environ.get(B_URI) else "a"

"""A load that fails leaves no store behind that it created.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "new.lbdb"
>>> try:
...     with no_empty_store(str(path)):
...         from actorgraph.graph.store import open_store
...         open_store(str(path)).close()
...         raise ValueError("bad file")
... except ValueError:
...     pass
>>> path.exists()
False
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def no_empty_store(spec: str | None) -> Iterator[None]:
    """Remove the embedded store ``spec`` names if this block created it and then failed,
    or left it empty (every file refused)."""
    from actorgraph.graph.store import is_neo4j_spec, resolve_store_spec

    resolved = resolve_store_spec(spec)
    path = None if is_neo4j_spec(resolved) else Path(resolved).expanduser()
    created = path is not None and not path.exists()
    try:
        yield
    except BaseException:
        if created:
            _destroy(path)
        raise
    if created and path.exists() and _is_empty(path):
        _destroy(path)


def _is_empty(path: Path) -> bool:
    from actorgraph.errors import ActorGraphError
    from actorgraph.graph.embedded_store import EmbeddedStore

    try:
        with EmbeddedStore(path, read_only=True) as store:
            s = store.stats()
    except ActorGraphError:
        return False
    return s.actors == 0 and s.relations == 0 and s.documents == 0


def _destroy(path: Path) -> None:
    from actorgraph.graph.store import remove_store

    with contextlib.suppress(OSError):
        remove_store(str(path))

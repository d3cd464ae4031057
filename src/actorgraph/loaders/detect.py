"""Which loader reads a file: :func:`actorgraph.loaders.formats.detect` by name.

Kept for callers of ``detect_format``; the registry itself is
:data:`actorgraph.loaders.formats.FORMATS`.

>>> from pathlib import Path
>>> detect_format(Path("report.docx"))
'docx'
>>> detect_format(Path("graph.yaml"))
'curated-yaml'
"""

from __future__ import annotations

from pathlib import Path

from actorgraph.loaders.formats import FORMATS, detect

#: format name -> what it holds
DESCRIPTIONS = {f.name: f.description for f in FORMATS}


def detect_format(path: Path) -> str:
    """The name of the format of ``path`` (see :data:`~actorgraph.loaders.formats.FORMATS`),
    or a :class:`~actorgraph.errors.LoaderError`."""
    return detect(path).name

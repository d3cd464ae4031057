"""Where views and exports are written: make the folder, or say clearly why not.

>>> from actorgraph.errors import ActorGraphError
>>> ensure_folder("/tmp/actorgraph-doctest/sub/g.html", ActorGraphError, "HTML view")
"""

from __future__ import annotations

from pathlib import Path

from actorgraph.errors import ActorGraphError


def ensure_folder(path: str | Path, error: type[ActorGraphError], what: str) -> None:
    """Create the folder ``path`` goes into, or raise ``error`` naming the blocking file.

    >>> ensure_folder("/etc/hostname/g.html", ActorGraphError, "export")
    Traceback (most recent call last):
    ...
    actorgraph.errors.ActorGraphError: /etc/hostname: cannot write the export there, \
it is a file, not a folder; choose another path with -o
    """
    folder = Path(path).parent
    for part in (folder, *folder.parents):
        if part.exists():
            if not part.is_dir():
                raise error(
                    f"cannot write the {what} there, it is a file, not a folder",
                    path=str(part),
                    hint="choose another path with -o",
                )
            break
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise error(
            f"cannot create the folder for the {what}: {exc.strerror or exc}",
            path=str(folder),
            hint="choose a writable path with -o",
        ) from None

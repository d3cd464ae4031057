"""Progress bars for long work (rich), as a hook the library calls."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

from actorgraph.loaders.pipeline import ProgressHook


@contextlib.contextmanager
def progress_hook(disable: bool = False) -> Iterator[ProgressHook | None]:
    """A ``(what, done, total)`` hook that draws one bar per stage on stderr.

    Nothing is drawn when ``disable`` is set or stderr is not a terminal.
    """
    if disable or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    with Progress(
        "[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=Console(stderr=True), transient=True,
    ) as bar:
        tasks: dict[str, int] = {}

        def hook(what: str, done: int, total: int | None) -> None:
            if what not in tasks:
                tasks[what] = bar.add_task(what, total=total)
            bar.update(tasks[what], completed=done, total=total)

        yield hook

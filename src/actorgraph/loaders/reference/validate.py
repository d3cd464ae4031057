"""Check a catalogue (the package data, a folder, or one edited file) for bad edits.

Problems come back as :class:`CatalogueProblem` values naming the file and line to fix:
duplicate ids, aliases pointing to two actors in one language, overlapping terms of one
office, unknown actors or roles, bad dates, blocs that contradict memberships.

Example
-------
>>> validate_catalogue()
[]
"""

from __future__ import annotations

from pathlib import Path

from actorgraph.errors import CatalogueError
from actorgraph.loaders.reference.catalogue import catalogue_from
from actorgraph.loaders.reference.entries import CatalogueProblem


def validate_catalogue(
    path: str | Path | None = None, *, raise_on_error: bool = False
) -> list[CatalogueProblem]:
    """Every problem of the catalogue at ``path`` (None: the package data).

    ``path`` is a data folder, or a single data file (e.g. an edited ``aliases.csv``)
    checked together with the package's other files. With ``raise_on_error`` the first
    problem is raised as :class:`~actorgraph.errors.CatalogueError`.
    """
    try:
        problems = catalogue_from(path).problems
    except CatalogueError as exc:
        problems = [CatalogueProblem(exc.message, exc.path, exc.line, exc.hint)]
    if problems and raise_on_error:
        raise problems[0].error()
    return problems

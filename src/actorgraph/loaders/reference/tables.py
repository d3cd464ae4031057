"""The catalogue's data files: which exist, their columns, and reading them with line numbers.

Every file is UTF-8 CSV with a header line. Cells holding several values separate them
with ``|``; a value starting with ``=`` is matched case-sensitively (see
:mod:`actorgraph.loaders.reference.normalize`).

Example
-------
>>> from actorgraph.loaders.reference.tables import DATA_DIR, read_table
>>> rows = read_table(DATA_DIR / "states.csv", "states.csv")
>>> rows[0].line, rows[0]["id"]
(2, 'AFG')
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from actorgraph.errors import CatalogueError
from actorgraph.loaders.csvfile import read_csv
from actorgraph.loaders.reference.entries import CatalogueProblem

DATA_DIR = Path(__file__).with_name("data")

#: file name -> (required columns, optional columns)
SCHEMAS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "states.csv": (("id", "alpha2", "status", "bloc", "source"), ("name",)),
    "state_words.csv": (("id", "lang", "source"), ("adjective", "demonym", "capital")),
    "organisations.csv": (("id", "name", "bloc", "source"), ("description",)),
    "groups.csv": (("id", "name", "bloc", "source"), ("country", "description")),
    "persons.csv": (("id", "name", "country", "source"), ("surname", "surname_alone")),
    "roles.csv": (("role_key", "target", "titles_en", "titles_nl", "source"), ("titled_names",)),
    "offices.csv": (("role_key", "person", "valid_from", "source"), ("valid_to",)),
    "memberships.csv": (("actor", "type", "target", "source"), ("valid_from", "valid_to")),
    "aliases.csv": (("actor", "lang", "form", "texts", "source"), ()),
}

#: values of the ``status`` column of states.csv
STATE_STATUSES = ("un_member", "un_observer", "other")
#: languages the catalogue carries; ``*`` in a ``lang`` column means all of them
LANGS = ("en", "nl")


@dataclass
class Row:
    """One data line of a catalogue file, with where it came from."""

    path: str
    line: int
    values: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.values.get(key, "") or ""

    def get(self, key: str, default: str = "") -> str:
        return self.values.get(key) or default

    def multi(self, key: str) -> list[str]:
        """The ``|``-separated values of a cell, stripped, empties dropped."""
        return [v.strip() for v in self[key].split("|") if v.strip()]


def read_table(path: Path, name: str | None = None,
               problems: list[CatalogueProblem] | None = None) -> list[Row]:
    """Read one catalogue CSV file; raise :class:`CatalogueError` naming file and line.

    The file is read by :func:`actorgraph.loaders.csvfile.read_csv`, the reader every
    CSV input shares (UTF-8, a value may hold U+2028, a repeated column is refused).

    ``name`` picks the schema (defaults to the file name). With a ``problems`` list, a
    malformed data line is recorded there and skipped instead of raised.
    """
    name = name or path.name
    required, optional = SCHEMAS[name]
    if not path.is_file():
        raise CatalogueError(
            f"catalogue file {name} is missing", path=str(path),
            hint="restore it from the package (git checkout) or pass a complete data folder",
        )
    try:
        table = read_csv(path, lower=False, error=CatalogueError)
    except CatalogueError as exc:
        if exc.message == "the file is empty":
            raise CatalogueError("empty file", path=str(path), line=1,
                                 hint=f"the header is: {','.join(required + optional)}") from None
        raise
    header = table.header
    missing = [c for c in required if c not in header]
    unknown = [c for c in header if c not in required + optional]
    if missing or unknown:
        what = []
        if missing:
            what.append(f"missing column(s) {', '.join(missing)}")
        if unknown:
            what.append(f"unknown column(s) {', '.join(unknown)}")
        raise CatalogueError(
            "; ".join(what), path=str(path), line=1,
            hint=f"the header is: {','.join(required + optional)}",
        )
    rows: list[Row] = []
    for start, cells in table.rows:
        if not cells or all(not c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
            continue
        if len(cells) != len(header):
            problem = CatalogueProblem(
                f"{len(cells)} cells where the header has {len(header)}",
                path=str(path), line=start,
                hint='quote a value that contains a comma: "a, b"',
            )
            if problems is None:
                raise problem.error()
            problems.append(problem)
            continue
        rows.append(Row(str(path), start, {h: c.strip() for h, c in zip(header, cells)}))
    return rows

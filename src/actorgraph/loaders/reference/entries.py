"""The small value types of the catalogue: alias entries, office terms, problems.

Example
-------
>>> AliasEntry("Oekraïne", "UKR", "nl", "name").key
'oekraine'
>>> print(CatalogueProblem("duplicate id NLD", path="states.csv", line=3))
states.csv line 3: duplicate id NLD
"""

from __future__ import annotations

from dataclasses import dataclass, field

from actorgraph.errors import CatalogueError
from actorgraph.loaders.reference.normalize import normalize_alias, normalize_cased

#: the ``form`` of an alias entry
FORMS = (
    "name", "variant", "acronym", "adjective", "demonym", "capital", "collective",
    "surname", "role", "place",
)

#: precedence of an alias entry when two entries of one language share a key:
#: a curated line beats a name taken from babel, which beats a generated combination
CURATED, BABEL, GENERATED = 2, 1, 0


@dataclass(frozen=True)
class AliasEntry:
    """One way of naming an actor (or, for ``form == "role"``, an office) in one language.

    ``actor_id`` is an actor id, or for role entries a role key such as
    ``"NATO:secretary-general"`` that :meth:`Catalogue.holder` turns into a person by
    date. ``cased`` entries only match with their capitals ("US", not "us").
    ``level`` is :data:`CURATED`, :data:`BABEL` or :data:`GENERATED`; ``path``/``line``
    say which data line the entry comes from.
    """

    text: str
    actor_id: str
    lang: str
    form: str
    cased: bool = False
    level: int = CURATED
    source: str | None = field(default=None, compare=False)
    path: str | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)

    @property
    def key(self) -> str:
        """The case-insensitive lookup key (see :func:`normalize_alias`)."""
        return normalize_alias(self.text)

    @property
    def cased_key(self) -> str:
        """The case-sensitive lookup key (see :func:`normalize_cased`)."""
        return normalize_cased(self.text)

    @property
    def where(self) -> str:
        if self.path is None:
            return "generated"
        return f"{self.path} line {self.line}" if self.line else self.path


@dataclass(frozen=True)
class Term:
    """One person's term in one office: ``valid_to`` is the last day, or None if open."""

    role_key: str
    person: str
    valid_from: str
    valid_to: str | None
    path: str | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)
    source: str | None = field(default=None, compare=False)

    def covers(self, date: str) -> bool:
        """Whether the ISO ``date`` falls within the term (both ends inclusive)."""
        return self.valid_from <= date and (self.valid_to is None or date <= self.valid_to)


@dataclass(frozen=True)
class RoleDef:
    """An office: its key, the actor it is held for, and its titles per language.

    Titles starting with ``~`` in roles.csv only prefix a holder's name ("minister
    Kuleba") and do not make role phrases on their own.
    """

    key: str
    target: str
    titles: dict[str, tuple[str, ...]]
    name_titles: dict[str, tuple[str, ...]]
    titled_names: bool = True
    path: str | None = None
    line: int | None = None
    source: str | None = None

    @property
    def title(self) -> str:
        """The English title stored as ``Relation.role``."""
        return self.titles["en"][0]


@dataclass(frozen=True)
class CatalogueProblem:
    """Something wrong in the catalogue data, with the file and line to fix."""

    message: str
    path: str | None = None
    line: int | None = None
    hint: str | None = None

    def error(self) -> CatalogueError:
        return CatalogueError(self.message, path=self.path, line=self.line, hint=self.hint)

    def __str__(self) -> str:
        return str(self.error())


class RoleRef(str):
    """What an index holds for a role phrase: the role key, to be resolved by date."""

    __slots__ = ()

"""The reference catalogue: every actor an analyst meets, with names, memberships and
offices over time, shipped as data (``data/*.csv``) and resolved by dictionary lookup.

Example
-------
>>> from actorgraph.loaders.reference import load_catalogue
>>> cat = load_catalogue()
>>> cat.resolve("Noord-Koreaanse"), cat.resolve("Peking"), cat.resolve("NAVO")
('PRK', 'CHN', 'NATO')
>>> cat.resolve("the Secretary General", date="2024-12-01")
'mark-rutte'

See ``docs/catalogue.md`` for the data files and the rules for ambiguous names.
"""

from actorgraph.loaders.reference.catalogue import (
    AS_OF,
    Catalogue,
    catalogue_from,
    load_catalogue,
)
from actorgraph.loaders.reference.entries import FORMS, AliasEntry, CatalogueProblem, Term
from actorgraph.loaders.reference.normalize import normalize_alias, normalize_cased
from actorgraph.loaders.reference.tables import DATA_DIR
from actorgraph.loaders.reference.validate import validate_catalogue

__all__ = [
    "AS_OF",
    "DATA_DIR",
    "FORMS",
    "AliasEntry",
    "Catalogue",
    "CatalogueProblem",
    "Term",
    "catalogue_from",
    "load_catalogue",
    "normalize_alias",
    "normalize_cased",
    "validate_catalogue",
]

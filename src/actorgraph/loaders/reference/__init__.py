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

from __future__ import annotations

import importlib
from typing import Any

#: public name -> the submodule defining it, imported on first use: resolving a query
#: parameter needs only :func:`normalize_alias`, not the catalogue and its models
_WHERE = {
    "AS_OF": "catalogue", "Catalogue": "catalogue", "catalogue_from": "catalogue",
    "load_catalogue": "catalogue", "FORMS": "entries", "AliasEntry": "entries",
    "CatalogueProblem": "entries", "Term": "entries", "normalize_alias": "normalize",
    "normalize_cased": "normalize", "DATA_DIR": "tables",
    "validate_catalogue": "validate",
}


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{where}"), name)
    globals()[name] = value
    return value


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

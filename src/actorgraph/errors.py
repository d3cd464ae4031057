"""The exceptions actorgraph raises.

Every error the library raises on purpose derives from :class:`ActorGraphError`, so a
caller (and the CLI) can catch one root. Messages name the place (file, line) and the fix.

Example
-------
>>> from actorgraph.errors import LoaderError
>>> str(LoaderError("bad type", path="a.yaml", line=3, hint="use SUPPORTS"))
'a.yaml line 3: bad type; use SUPPORTS'
"""

from __future__ import annotations


class ActorGraphError(Exception):
    """Root of every error actorgraph raises on purpose.

    ``exit_code`` is what the CLI exits with when this error reaches it.
    """

    exit_code = 1

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        self.hint = hint
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path} line {self.line}"
            where += ": "
        text = f"{where}{self.message}"
        if self.hint:
            text += f"; {self.hint}"
        return text


class LoaderError(ActorGraphError):
    """Input that cannot be loaded: syntax, encoding, unknown actor, bad date, …"""

    exit_code = 2


class ConfigError(ActorGraphError):
    """A setting (environment variable or option) with a value that cannot be used."""

    exit_code = 2


class SchemaError(ActorGraphError):
    """A value outside the closed vocabulary (relation type, bloc, actor kind)."""

    exit_code = 2


class CatalogueError(ActorGraphError):
    """The reference catalogue is inconsistent (duplicate id, ambiguous alias, …)."""

    exit_code = 2


class ExtractionError(ActorGraphError):
    """A document could not be read or extracted."""

    exit_code = 2


class UnknownQuery(ActorGraphError):
    """A named query that does not exist, or a parameter it does not take."""

    exit_code = 2


class QueryError(ActorGraphError):
    """Cypher that the store rejected, or a write attempted in read-only mode."""

    exit_code = 3


class StoreUnavailable(ActorGraphError):
    """The store cannot be opened or reached (locked file, server down, bad password)."""

    exit_code = 4


class ConstraintViolation(ActorGraphError):
    """A write broke a store constraint (duplicate id)."""

    exit_code = 3


class MissingExtra(ActorGraphError, ImportError):
    """An optional dependency is not installed; the message names the extra."""

    exit_code = 5

    def __init__(self, module: str, extra: str) -> None:
        super().__init__(
            f"the optional dependency {module!r} is not installed",
            hint=f'install it with: pip install "actorgraph[{extra}]"',
        )


def require(module: str, extra: str):
    """Import an optional module, or raise :class:`MissingExtra` naming the extra.

    >>> require("json", "core").__name__
    'json'
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtra(module, extra) from exc


class UnknownActor(ActorGraphError):
    """A name that matches no actor of the graph, or several: the message lists candidates."""

    exit_code = 2

"""A click group whose commands live in modules imported only when a command is run.

``actorgraph --help`` and ``actorgraph query`` used to import every command module (the
views, Neo4j, events, extraction, analytics and their options), a third of the start-up
of a named query. :class:`LazyGroup` knows each lazy command's module and the first
paragraph of its help (what ``--help`` lists); the module is imported, and its
``register(group)`` called, when the command is run, asked for its own help, or
completed. ``tests/cli/test_lazy_commands.py`` checks that each summary is the
command's own.

Example
-------
>>> import click
>>> group = LazyGroup(lazy={"viz": ("actorgraph.cli.viz_cmds", "Write the graph as a page.")})
>>> group.list_commands(None), "viz" in group.commands
(['viz'], False)
>>> group.get_command(None, "viz").name, sorted(group.commands)
('viz', ['browser-style', 'export', 'viz'])
"""

from __future__ import annotations

import importlib
from typing import Any

import click
from click.utils import make_default_short_help


class LazyGroup(click.Group):
    """A :class:`click.Group` with commands registered on first use.

    Parameters
    ----------
    lazy:
        Command name -> (module whose ``register(group)`` adds it, the first paragraph
        of its help).
    """

    def __init__(self, *args: Any, lazy: dict[str, tuple[str, str]] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})
        self._loaded: set[str] = set()

    def _load(self, module: str) -> None:
        if module not in self._loaded:
            self._loaded.add(module)
            importlib.import_module(module).register(self)

    def load_all(self) -> dict[str, click.Command]:
        """Import every command module; the complete ``{name: command}``."""
        for module, _ in self.lazy.values():
            self._load(module)
        return dict(self.commands)

    def list_commands(self, ctx: click.Context | None) -> list[str]:
        return sorted(set(self.commands) | set(self.lazy))

    def get_command(self, ctx: click.Context | None, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy:
            self._load(self.lazy[cmd_name][0])
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of ``--help``, from the summaries of the commands not loaded
        (as click's own, which would import every module for them)."""
        names = [n for n in self.list_commands(ctx)
                 if n in self.lazy or not self.commands[n].hidden]
        if not names:
            return
        limit = formatter.width - 6 - max(len(n) for n in names)
        rows = []
        for name in names:
            if name in self.commands:
                rows.append((name, self.commands[name].get_short_help_str(limit)))
            else:
                rows.append((name, make_default_short_help(self.lazy[name][1], limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

"""The commands imported on first use (cli/lazy.py): ``--help`` lists each with the
first paragraph of its own help, and running one imports its module and no other."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.utils import make_default_short_help

from actorgraph.cli.main import LAZY, cli


def test_every_lazy_summary_is_the_commands_own_first_paragraph():
    commands = cli.load_all()
    assert set(LAZY) <= set(commands)
    for name, (module, summary) in LAZY.items():
        command = commands[name]
        assert command.callback.__module__ == module, name
        own = " ".join(command.help.split("\n\n")[0].split())
        assert summary == own, name
        for limit in (30, 45, 61, 200):
            assert make_default_short_help(summary, limit) == \
                command.get_short_help_str(limit), (name, limit)


def test_the_commands_of_main_and_the_lazy_ones_are_all_there():
    names = set(cli.list_commands(None))
    assert {"query", "queries", "stats", "demo", "load", "viz", "show", "analyze"} <= names
    assert names == set(cli.load_all())


_PROBE = """
import json, sys
from actorgraph.cli.main import cli
try:
    cli.main(args=json.loads(sys.argv[1]), prog_name="actorgraph", standalone_mode=False)
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if m.startswith("actorgraph.cli."))),
      file=sys.stderr)
"""


@pytest.mark.parametrize(("args", "expected"), [
    (["--help"], set()),
    (["queries", "--format", "json"], set()),
    (["viz", "--help"], {"actorgraph.cli.viz_cmds"}),
    (["load", "--help"], {"actorgraph.cli.load_cmds", "actorgraph.cli.events_cmds"}),
])
def test_a_command_imports_its_own_module_only(args, expected):
    out = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(args)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    loaded = set(json.loads(out.stderr.strip().splitlines()[-1]))
    modules = {module for module, _ in LAZY.values()} | {"actorgraph.cli.events_cmds"}
    assert loaded & modules == expected

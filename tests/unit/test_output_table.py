"""The CLI draws small tables itself (importing rich cost more than a named query's start-up);
what it draws must be exactly what rich draws, and what it cannot draw goes to rich."""

from __future__ import annotations

import io
import random

import pytest

from actorgraph.cli import output


def _rich(columns, rows, title, width):
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False, header_style="bold")
    for c in columns:
        table.add_column(c, overflow="fold")
    for row in rows:
        table.add_row(*row)
    console = Console(file=io.StringIO(), width=width, no_color=True, emoji=False,
                      markup=False, highlight=False)
    console.print(table)
    return console.file.getvalue().rstrip("\n")


_ALPHABET = "abcXYZ 019,.-'()[]{}éüçßØñłŞș" + "".join(chr(c) for c in range(0xa0, 0x250, 7))


@pytest.mark.parametrize("seed", range(40))
def test_drawn_table_is_rich_table(seed):
    rng = random.Random(seed)
    ncols = rng.randint(1, 5)
    columns = ["".join(rng.choices(_ALPHABET, k=rng.randint(1, 12))) for _ in range(ncols)]
    rows = [["".join(rng.choices(_ALPHABET, k=rng.randint(0, 18))) for _ in range(ncols)]
            for _ in range(rng.randint(0, 6))]
    drawn = output._boxed_table(columns, rows, 100)
    natural = sum(max(len(c) for c in col) + 3 for col in zip(columns, *rows)) + 1
    if drawn is None:  # left to rich only when rich would fold cells
        assert natural > 100
        return
    assert drawn == _rich(columns, rows, None, 100)
    for title in ("Who supports an actor", "T", "x" * rng.randint(1, natural)):
        if len(title) > natural:  # whole on its own line (test below); rich wraps it
            continue
        with_title = output._title_line(title, drawn) + "\n" + drawn
        assert with_title == _rich(columns, rows, title, 100)


def test_a_title_wider_than_the_table_stays_whole():
    out = output.render_table(["id"], [["RUS"]], "The actors within k relations of an actor")
    assert out.splitlines()[0] == "The actors within k relations of an actor"
    assert out.splitlines()[1] == "┏━━━━━┓"


def test_every_narrow_character_is_one_cell_for_rich():
    from rich.cells import cell_len

    narrow = [chr(c) for c in range(0x20, 0x2600) if output._NARROW_OR_BOX.fullmatch(chr(c))]
    assert len(narrow) > 600
    assert [c for c in narrow if cell_len(c) != 1] == []


@pytest.mark.parametrize("cells", [
    [["中国"]],                 # wide characters: two cells each
    [["e\u0301"]],              # a combining accent: no cell of its own
    [["x" * 120]],              # wider than the console: rich folds it
])
def test_what_it_cannot_draw_goes_to_rich(cells):
    assert output._boxed_table(["a"], cells, 100) is None
    width = max(100, min(200, output._term_width()))
    assert output.render_table(["a"], cells) == _rich(["a"], cells, None, width)

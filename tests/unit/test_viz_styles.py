"""The one palette: complete, distinct, readable, and the shipped .grass file agrees with it."""

from __future__ import annotations

import re

from actorgraph.graph.vocabulary import ActorKind, Bloc, RelationType
from actorgraph.viz import styles
from actorgraph.viz.styles import (
    BLOC_STYLES,
    KIND_STYLES,
    RELATION_STYLES,
    bloc_label,
    grass_path,
    grass_rules,
    grass_text,
    hex_to_rgb,
    palette,
    parse_grass,
)

HEX = re.compile(r"^#[0-9A-F]{6}$")


def _luminance(color: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in hex_to_rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_every_vocabulary_member_has_a_style():
    assert set(BLOC_STYLES) == set(Bloc)
    assert set(RELATION_STYLES) == set(RelationType)
    assert set(KIND_STYLES) == set(ActorKind)
    p = palette()
    assert set(p["blocs"]) == {b.value for b in Bloc}
    assert set(p["types"]) == {t.value for t in RelationType}
    assert set(p["kinds"]) == {k.value for k in ActorKind}


def test_colours_are_hex_and_distinct():
    blocs = [s.color for s in BLOC_STYLES.values()]
    types = [s.color for s in RELATION_STYLES.values()]
    for c in blocs + types + [s.border for s in BLOC_STYLES.values()]:
        assert HEX.match(c), c
    assert len(set(blocs)) == len(blocs)
    assert len(set(types)) == len(types)
    # kinds are told apart by shape
    shapes = [s.shape for s in KIND_STYLES.values()]
    assert len(set(shapes)) == len(shapes)


def test_captions_are_readable_on_their_bloc_colour():
    """Neo4j Browser writes the caption inside the node: WCAG 3:1 at least (large text)."""
    for bloc, s in BLOC_STYLES.items():
        assert contrast(s.color, s.text) >= 3.0, (bloc, s)


def test_only_partners_with_has_no_arrow():
    assert [t for t, s in RELATION_STYLES.items() if not s.arrow] == [RelationType.PARTNERS_WITH]
    assert all(t.symmetric == (not s.arrow) for t, s in RELATION_STYLES.items())


def test_bloc_labels_are_unique_identifiers():
    labels = [bloc_label(b) for b in Bloc]
    assert len(set(labels)) == len(labels)
    kind_labels = {k.neo4j_label for k in ActorKind} | {"Actor", "Document"}
    for label in labels:
        assert re.fullmatch(r"Bloc[A-Z][A-Za-z]+", label)
        assert label not in kind_labels
    assert bloc_label("russia") == "BlocRussiaAndSupporters"


def test_shipped_grass_file_is_generated_from_the_palette():
    shipped = grass_path().read_text(encoding="utf-8")
    assert shipped == grass_text(), (
        "neo4j-browser.grass is stale: regenerate it with "
        "python -c 'from actorgraph.viz.styles import *; grass_path().write_text(grass_text())'"
    )


def test_browser_reads_the_grass_as_the_palette_says():
    """Parsed the way Neo4j Browser parses it, every rule carries the palette's values."""
    parsed = parse_grass(grass_path().read_text(encoding="utf-8"))
    assert parsed == {sel: props for sel, props in grass_rules()}
    for bloc, s in BLOC_STYLES.items():
        rule = parsed[f"node.{bloc_label(bloc)}"]
        assert rule["color"] == s.color
        assert rule["border-color"] == s.border
        assert rule["text-color-internal"] == s.text
    for rtype, s in RELATION_STYLES.items():
        assert parsed[f"relationship.{rtype.value}"]["color"] == s.color
    for kind, s in KIND_STYLES.items():
        assert parsed[f"node.{kind.neo4j_label}"]["diameter"] == f"{s.diameter}px"
    assert parsed["node.Actor"]["caption"] == "{name}"


def test_browser_applies_bloc_colour_over_kind_and_default():
    """The Browser applies every matching rule in file order; the bloc rule must win."""
    rules = grass_rules()
    order = [sel for sel, _ in rules]
    for bloc in Bloc:
        for kind in ActorKind:
            labels = {"Actor", kind.neo4j_label, bloc_label(bloc)}
            props: dict[str, str] = {}
            for sel, rule in rules:
                tag, *classes = sel.split(".")
                if tag == "node" and set(classes) <= labels:
                    props.update(rule)
            assert props["color"] == BLOC_STYLES[bloc].color
            assert props["diameter"] == f"{KIND_STYLES[kind].diameter}px"
            assert props["caption"] == "{name}"
    assert order.index("node") < order.index("node.Actor")


def test_parse_grass_follows_the_browser_quirks():
    # quotes protect braces; a value with a colon is cut at the colon, as in the Browser
    parsed = parse_grass("node.X { caption: '{a}'; color: #123456; font: a:b; }")
    assert parsed == {"node.X": {"caption": "{a}", "color": "#123456", "font": "a"}}
    for _, props in grass_rules():
        for value in props.values():
            assert ":" not in value and ";" not in value


def test_module_docstring_example_matches():
    assert styles.bloc_color(Bloc.RUSSIA_AND_SUPPORTERS) == "#C62828"
    assert styles.relation_color("supports") == RELATION_STYLES[RelationType.SUPPORTS].color


def test_docs_palette_table_matches_the_palette():
    from pathlib import Path

    docs = Path(__file__).resolve().parents[2] / "docs" / "views.md"
    text = docs.read_text(encoding="utf-8")
    table = text.split("## The palette", 1)[1].split("\n\n", 2)[1]
    found_blocs: dict[str, str] = {}
    found_types: dict[str, str] = {}
    for line in table.splitlines()[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells[0]:
            found_blocs[cells[0]] = cells[1].strip("`")
        found_types[cells[3]] = cells[4].strip("`")
    assert found_blocs == {b.title: s.color for b, s in BLOC_STYLES.items()}
    assert found_types == {t.value: s.color for t, s in RELATION_STYLES.items()}

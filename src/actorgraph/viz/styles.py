"""The one palette of actorgraph's views: colours per bloc and relation type, shapes per kind.

The HTML view (:mod:`actorgraph.viz.html`), the GraphML/GEXF exports and the Neo4j
Browser style (``neo4j-browser.grass``, made by :func:`grass_text`) all take their
colours from here, so an actor looks the same everywhere. A test checks that the
shipped ``.grass`` file is exactly what :func:`grass_text` makes.

Neo4j Browser styles nodes by label only (GraSS has no property selectors), so to colour
actors by bloc in the Browser, a Neo4j store gives each actor the label
:func:`bloc_label` names (``:BlocNatoAlly`` …) next to ``:Actor`` and its kind label.

Example
-------
>>> from actorgraph.graph.vocabulary import Bloc, RelationType
>>> bloc_color(Bloc.RUSSIA_AND_SUPPORTERS)
'#C62828'
>>> relation_color("supports")
'#2E8B3E'
>>> bloc_label(Bloc.NATO_ALLY)
'BlocNatoAlly'
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from actorgraph.graph.vocabulary import ActorKind, Bloc, RelationType


@dataclass(frozen=True)
class BlocStyle:
    """How the actors of one bloc are drawn: fill, border, and the text colour on the fill."""

    color: str
    border: str
    text: str


@dataclass(frozen=True)
class KindStyle:
    """How one kind of actor is drawn: a vis-network shape, a Neo4j Browser diameter,
    a text symbol for plain-text legends, and the nearest GEXF (Gephi) shape."""

    shape: str
    diameter: int
    symbol: str
    gexf: str


@dataclass(frozen=True)
class RelationStyle:
    """How one relation type is drawn: line colour, dashes, and whether it has an arrow."""

    color: str
    dashes: bool
    arrow: bool


#: Fill, border and text colours per bloc. NATO blues, EU gold, Russia red, Ukraine teal.
BLOC_STYLES: dict[Bloc, BlocStyle] = {
    Bloc.NATO_ALLY: BlocStyle("#1F5FBF", "#134187", "#FFFFFF"),
    Bloc.NATO_PARTNER: BlocStyle("#6FB1E8", "#3C86C4", "#10243A"),
    Bloc.EU: BlocStyle("#F2C500", "#B89400", "#2A2C34"),
    Bloc.RUSSIA_AND_SUPPORTERS: BlocStyle("#C62828", "#8E1B1B", "#FFFFFF"),
    Bloc.UKRAINE: BlocStyle("#12A38A", "#0B7362", "#FFFFFF"),
    Bloc.OTHER: BlocStyle("#A5ABB6", "#7D838F", "#2A2C34"),
}

#: Line colour per relation type; PARTNERS_WITH (symmetric) is drawn without an arrow.
RELATION_STYLES: dict[RelationType, RelationStyle] = {
    RelationType.SUPPORTS: RelationStyle("#2E8B3E", False, True),
    RelationType.THREATENS: RelationStyle("#D62728", False, True),
    RelationType.PARTNERS_WITH: RelationStyle("#1F77B4", False, False),
    RelationType.MEMBER_OF: RelationStyle("#8A8F98", True, True),
    RelationType.OPPOSES: RelationStyle("#F28E2B", False, True),
    RelationType.ASPIRES_TO_JOIN: RelationStyle("#9467BD", True, True),
    RelationType.REPRESENTS: RelationStyle("#8C564B", True, True),
}

#: Shape (vis-network) and diameter (Neo4j Browser) per actor kind.
KIND_STYLES: dict[ActorKind, KindStyle] = {
    ActorKind.STATE: KindStyle("dot", 50, "●", "disc"),
    ActorKind.ORGANISATION: KindStyle("hexagon", 65, "⬢", "square"),
    ActorKind.PERSON: KindStyle("diamond", 35, "◆", "diamond"),
    ActorKind.GROUP: KindStyle("square", 45, "■", "triangle"),
}

#: Neo4j Browser style of the ``(:Document)`` nodes and their ``MENTIONS`` edges.
DOCUMENT_COLOR = "#D9C8AE"
MENTIONS_COLOR = "#C8CCD4"
#: ... and of the ``(:Evidence)`` nodes, small and grey: they are read, not looked at.
EVIDENCE_COLOR = "#E4E6EB"

GRASS_FILE = "neo4j-browser.grass"


def bloc_color(bloc: Bloc | str) -> str:
    """The fill colour of a bloc's actors, ``#RRGGBB``.

    >>> bloc_color("eu")
    '#F2C500'
    """
    return BLOC_STYLES[Bloc.parse(bloc)].color


def relation_color(rtype: RelationType | str) -> str:
    """The line colour of a relation type, ``#RRGGBB``.

    >>> relation_color(RelationType.THREATENS)
    '#D62728'
    """
    return RELATION_STYLES[RelationType.parse(rtype)].color


def kind_shape(kind: ActorKind | str) -> str:
    """The vis-network shape of an actor kind.

    >>> kind_shape("organisation")
    'hexagon'
    """
    return KIND_STYLES[ActorKind.parse(kind)].shape


def bloc_label(bloc: Bloc | str) -> str:
    """The Neo4j label that marks an actor's bloc, for Browser styling: ``Bloc`` + CamelCase.

    >>> bloc_label("russia_and_supporters")
    'BlocRussiaAndSupporters'
    """
    return Bloc.parse(bloc).neo4j_label


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    """``#RRGGBB`` as three ints.

    >>> hex_to_rgb("#1F5FBF")
    (31, 95, 191)
    """
    text = color.lstrip("#")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def palette() -> dict[str, dict]:
    """The whole palette as plain data (what the HTML view embeds).

    >>> sorted(palette())
    ['blocs', 'kinds', 'types']
    >>> palette()["types"]["PARTNERS_WITH"]["arrow"]
    False
    """
    return {
        "blocs": {
            b.value: {"title": b.title, "color": s.color, "border": s.border, "text": s.text}
            for b, s in BLOC_STYLES.items()
        },
        "types": {
            t.value: {
                "color": s.color,
                "dashes": s.dashes,
                "arrow": s.arrow,
                "symmetric": t.symmetric,
                "description": t.description,
            }
            for t, s in RELATION_STYLES.items()
        },
        "kinds": {
            k.value: {"shape": s.shape, "symbol": s.symbol} for k, s in KIND_STYLES.items()
        },
    }


def grass_rules() -> list[tuple[str, dict[str, str]]]:
    """The Neo4j Browser style as ordered ``(selector, properties)`` rules.

    The Browser applies every matching rule in order, later ones winning, so kind rules
    (size) come before bloc rules (colour).

    >>> dict(grass_rules())["relationship.THREATENS"]["color"]
    '#D62728'
    """
    rules: list[tuple[str, dict[str, str]]] = [
        (
            "node",
            {
                "diameter": "50px",
                "color": BLOC_STYLES[Bloc.OTHER].color,
                "border-color": BLOC_STYLES[Bloc.OTHER].border,
                "border-width": "2px",
                "text-color-internal": BLOC_STYLES[Bloc.OTHER].text,
                "font-size": "10px",
            },
        ),
        # a colour here keeps the Browser from picking its own for unlabelled blocs
        (
            "node.Actor",
            {
                "caption": "{name}",
                "color": BLOC_STYLES[Bloc.OTHER].color,
                "border-color": BLOC_STYLES[Bloc.OTHER].border,
                "text-color-internal": BLOC_STYLES[Bloc.OTHER].text,
            },
        ),
    ]
    for kind, ks in KIND_STYLES.items():
        rules.append((f"node.{kind.neo4j_label}", {"diameter": f"{ks.diameter}px"}))
    for bloc, bs in BLOC_STYLES.items():
        rules.append(
            (
                f"node.{bloc_label(bloc)}",
                {"color": bs.color, "border-color": bs.border, "text-color-internal": bs.text},
            )
        )
    rules.append(
        (
            "node.Document",
            {
                "diameter": "30px",
                "color": DOCUMENT_COLOR,
                "border-color": "#C0A378",
                "text-color-internal": "#2A2C34",
                "caption": "{title}",
            },
        )
    )
    rules.append(
        (
            "node.Evidence",
            {
                "diameter": "20px",
                "color": EVIDENCE_COLOR,
                "border-color": "#9AA0AA",
                "text-color-internal": "#2A2C34",
                "caption": "{type}",
            },
        )
    )
    rules.append(
        (
            "relationship",
            {
                "color": "#A5ABB6",
                "shaft-width": "2px",
                "font-size": "8px",
                "padding": "3px",
                "text-color-external": "#000000",
                "text-color-internal": "#FFFFFF",
                "caption": "<type>",
            },
        )
    )
    for rtype, rs in RELATION_STYLES.items():
        rules.append((f"relationship.{rtype.value}", {"color": rs.color, "shaft-width": "2px"}))
    rules.append(("relationship.MENTIONS", {"color": MENTIONS_COLOR, "shaft-width": "1px"}))
    return rules


def grass_text() -> str:
    """The ``neo4j-browser.grass`` style sheet, in the format the Browser exports.

    >>> print(grass_text().splitlines()[0])
    node {
    """
    out: list[str] = []
    for selector, props in grass_rules():
        out.append(f"{selector} {{")
        for key, value in props.items():
            if key == "caption":
                value = f"'{value}'"
            out.append(f"  {key}: {value};")
        out.append("}")
        out.append("")
    return "\n".join(out)


def grass_path() -> Path:
    """Where the shipped ``neo4j-browser.grass`` lives inside the installed package."""
    return Path(str(resources.files("actorgraph.viz").joinpath(GRASS_FILE)))


def parse_grass(text: str) -> dict[str, dict[str, str]]:
    """Read a GraSS sheet the way Neo4j Browser does (selector → properties).

    A port of the Browser's ``GraphStyleModel.parse``: quotes protect braces, then each
    property is split on ``;`` and at its first two ``:`` parts, so values must not
    contain ``:`` or ``;``.

    >>> parse_grass("node.Actor { caption: '{name}'; color: #fff; }")
    {'node.Actor': {'caption': '{name}', 'color': '#fff'}}
    """
    rules: dict[str, str] = {}
    inside_string = inside_props = False
    keyword = props = ""
    for c in text:
        skip = True
        if c == "{":
            if inside_string:
                skip = False
            else:
                inside_props = True
        elif c == "}":
            if inside_string:
                skip = False
            else:
                inside_props = False
                rules[keyword] = props
                keyword = props = ""
        elif c == "'":
            inside_string = not inside_string
        else:
            skip = False
        if skip:
            continue
        if inside_props:
            props += c
        elif not c.isspace():
            keyword += c
    parsed: dict[str, dict[str, str]] = {}
    for selector, body in rules.items():
        parsed[selector] = {}
        for prop in body.split(";"):
            parts = prop.split(":")
            if len(parts) >= 2 and parts[0].strip() and parts[1].strip():
                parsed[selector][parts[0].strip()] = parts[1].strip()
    return parsed

"""``actorgraph show ACTOR``: the actor card (:func:`actorgraph.queries.card.actor_card`).

>>> import click
>>> cli = click.Group()
>>> register(cli)
>>> sorted(cli.commands)
['show']
"""

from __future__ import annotations

import json

import click

from actorgraph.cli.common import handle_errors, render_table, store_option

_DIRECTION = {
    ("MEMBER_OF", "out"): "member of", ("MEMBER_OF", "in"): "has member",
    ("ASPIRES_TO_JOIN", "out"): "aspires to join", ("ASPIRES_TO_JOIN", "in"): "sought by",
    ("REPRESENTS", "out"): "office at", ("REPRESENTS", "in"): "office held by",
}


def _span(a: str | None, b: str | None) -> str:
    if not a and not b:
        return ""
    return f"{a or '?'} – {b or ''}".rstrip()


def format_card(card) -> str:
    """The card as text: a header, memberships, offices, and relations per type."""
    lines = [f"{card.name} ({card.id})", f"  kind: {card.kind}   bloc: {card.bloc}"]
    if card.country:
        lines.append(f"  country: {card.country}")
    if card.start or card.end:
        lines.append(f"  active: {_span(card.start, card.end)}")
    if card.description:
        lines.append(f"  {card.description}")
    for lang in sorted(card.aliases):
        if card.aliases[lang]:
            lines.append(f"  names ({lang}): {', '.join(card.aliases[lang])}")
    for title, facts in (("Memberships", card.memberships), ("Offices", card.offices)):
        if not facts:
            continue
        rows = [[_DIRECTION.get((f.type, f.direction), f.type), f"{f.name} ({f.other})",
                 f.role or "", f.since or "", f.until or "", f.origin] for f in facts]
        lines += ["", render_table(["", "actor", "role", "from", "to", "source"], rows, title)]
    if card.relations:
        rows = []
        for rtype, links in card.relations.items():
            for x in links:
                arrow = "→" if x.direction == "out" else "←"
                seen = _span(x.first_seen, x.last_seen)
                valid = _span(x.valid_from, x.valid_to)
                rows.append([rtype, arrow, f"{x.name} ({x.other})", str(x.evidence), seen,
                             valid])
        lines += ["", render_table(["type", "", "other", "evidence", "seen", "valid"], rows,
                                   "Relations in the graph")]
    else:
        lines += ["", "No relations in the graph yet."]
    return "\n".join(lines)


def register(cli: click.Group) -> None:
    """Add ``show`` to the ``actorgraph`` command."""

    @cli.command("show")
    @click.argument("actor")
    @store_option
    @click.option("--no-catalogue", is_flag=True,
                  help="Only what the graph holds, not the reference catalogue's dates.")
    @click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]),
                  default="text", show_default=True)
    @handle_errors
    def show(actor: str, store_spec: str | None, no_catalogue: bool, fmt: str) -> None:
        """Everything about one actor: names, kind, bloc, memberships and offices with
        their dates, and its relations by type with evidence counts and dates.

        \b
        ACTOR is an id, a name or an alias in English or Dutch:
          actorgraph show RUS
          actorgraph show Rusland
          actorgraph show "Mark Rutte"
        """
        from actorgraph.graph.store import open_store
        from actorgraph.queries.card import actor_card

        with open_store(store_spec, read_only=True) as store:
            card = actor_card(store, actor, catalogue=not no_catalogue)
        if fmt == "json":
            click.echo(json.dumps(card.as_dict(), ensure_ascii=False, indent=2))
        else:
            click.echo(format_card(card))

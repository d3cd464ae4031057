"""Read the catalogue's data files into actors, alias entries, offices and relations.

:func:`build` never stops at the first bad line: every problem is collected as a
:class:`CatalogueProblem` with its file and line, bad lines are skipped, and the caller
(:func:`~actorgraph.loaders.reference.validate.validate_catalogue` or
:func:`~actorgraph.loaders.reference.catalogue.load_catalogue`) decides what to do.

Example
-------
>>> result = build()
>>> result.problems
[]
>>> result.actors["FIN"].bloc.value
'nato_ally'
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from actorgraph.errors import ActorGraphError, CatalogueError
from actorgraph.graph.model import Actor, Evidence, Relation, parse_date
from actorgraph.graph.vocabulary import ActorKind, Bloc, Origin, RelationType
from actorgraph.loaders.reference.entries import (
    BABEL,
    CURATED,
    FORMS,
    GENERATED,
    AliasEntry,
    CatalogueProblem,
    RoleDef,
    Term,
)
from actorgraph.loaders.reference.tables import (
    DATA_DIR,
    LANGS,
    SCHEMAS,
    STATE_STATUSES,
    Row,
    read_table,
)

#: English state names that take "the" ("Prime Minister of the Netherlands")
_WITH_THE = {
    "Netherlands", "United States", "United Kingdom", "Philippines", "Bahamas", "Gambia",
    "Czech Republic", "Central African Republic", "Dominican Republic", "Marshall Islands",
    "Solomon Islands", "United Arab Emirates", "Comoros", "Maldives", "Seychelles",
}

#: ``Evidence.doc`` of every catalogue relation
CATALOGUE_DOC = "reference-catalogue"


@dataclass
class BuildResult:
    """Everything read from the data files, before indexing."""

    actors: dict[str, Actor] = field(default_factory=dict)
    entries: list[AliasEntry] = field(default_factory=list)
    roles: dict[str, RoleDef] = field(default_factory=dict)
    terms: dict[str, list[Term]] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    problems: list[CatalogueProblem] = field(default_factory=list)
    origins: dict[str, tuple[str, int]] = field(default_factory=dict)


def data_files(path: str | Path | None = None) -> dict[str, Path]:
    """The data files to read: the package's, or a folder's, or the package's with one
    file replaced (``path`` is a single file named like one of the package files)."""
    files = {name: DATA_DIR / name for name in SCHEMAS}
    if path is None:
        return files
    p = Path(path)
    if p.is_dir():
        return {name: p / name for name in SCHEMAS}
    if not p.exists():
        raise CatalogueError(f"no such file or folder: {p}", hint="pass a catalogue data "
                             "folder or one of its files")
    if p.name not in SCHEMAS:
        raise CatalogueError(
            f"{p.name} is not a catalogue file", path=str(p),
            hint=f"name it like one of: {', '.join(SCHEMAS)}",
        )
    files[p.name] = p
    return files


class _Builder:
    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files
        self.out = BuildResult()
        self.kinds: dict[str, ActorKind] = {}
        self.pending: dict[str, dict] = {}
        self.rel_rows: list[tuple[Relation, Row]] = []
        self.surnames: dict[str, str] = {}

    # -- helpers -------------------------------------------------------------------

    def problem(self, row: Row | None, message: str, hint: str | None = None,
                path: str | None = None, line: int | None = None) -> None:
        self.out.problems.append(CatalogueProblem(
            message, path=row.path if row else path, line=row.line if row else line, hint=hint,
        ))

    def table(self, name: str) -> list[Row]:
        try:
            rows = read_table(self.files[name], name, self.out.problems)
        except CatalogueError as exc:
            self.out.problems.append(CatalogueProblem(exc.message, exc.path, exc.line, exc.hint))
            return []
        for row in rows:
            if not row["source"]:
                self.problem(row, "the source column is empty",
                             hint="say where the fact comes from (a page, a list, 'curated')")
        return rows

    def date(self, row: Row, col: str) -> tuple[bool, str | None]:
        try:
            return True, parse_date(row[col])
        except ValueError as exc:
            self.problem(row, f"column {col}: {exc}")
            return False, None

    def add_entry(self, row: Row | None, text: str, actor: str, lang: str, form: str,
                  level: int = CURATED, cased: bool | None = None) -> None:
        text = text.strip()
        if cased is None:
            cased = text.startswith("=")
        text = text.lstrip("=").strip()
        langs = LANGS if lang == "*" else (lang,)
        for lg in langs:
            entry = AliasEntry(
                text, actor, lg, form, cased=cased, level=level,
                source=row["source"] if row else None,
                path=row.path if row else None, line=row.line if row else None,
            )
            if not entry.key:
                self.problem(row, f"alias {text!r} is empty once normalised",
                             hint="write letters or digits")
                continue
            self.out.entries.append(entry)

    def new_actor(self, row: Row, kind: ActorKind, **fields) -> bool:
        aid = row["id"]
        if aid in self.pending:
            path, line = self.out.origins[aid]
            self.problem(row, f"duplicate id {aid!r} (first defined at {path} line {line})",
                         hint="give each actor one line, or a different id")
            return False
        try:
            fields["bloc"] = Bloc.parse(fields.get("bloc") or "other")
            Actor(id=aid, name=fields.get("name") or aid, kind=kind)
        except (ActorGraphError, ValueError) as exc:
            self.problem(row, _short(exc))
            return False
        self.pending[aid] = dict(id=aid, kind=kind, source=row["source"] or None, **fields)
        self.kinds[aid] = kind
        self.out.origins[aid] = (row.path, row.line)
        return True

    # -- files -----------------------------------------------------------------------

    def states(self) -> None:
        import babel
        from babel import Locale

        names = {lang: Locale(lang).territories for lang in LANGS}
        for row in self.table("states.csv"):
            alpha2 = row["alpha2"].upper()
            if row["status"] not in STATE_STATUSES:
                self.problem(row, f"unknown status {row['status']!r}",
                             hint=f"use one of: {', '.join(STATE_STATUSES)}")
                continue
            babel_en = names["en"].get(alpha2)
            if babel_en is None:
                self.problem(row, f"babel has no territory {alpha2!r}",
                             hint="check the ISO 3166-1 alpha-2 code")
                continue
            display = row["name"] or babel_en
            desc = {"un_member": "UN member state", "un_observer": "UN observer state"}.get(
                row["status"], "state outside the UN")
            if not self.new_actor(row, ActorKind.STATE, name=display, bloc=row["bloc"],
                                  description=desc):
                continue
            self.add_entry(row, display, row["id"], "en", "name")
            src = f"babel {babel.__version__} CLDR territory names"
            for lang in LANGS:
                for variant in _babel_variants(names[lang].get(alpha2, ""), lang):
                    self.add_entry(None, variant, row["id"], lang, "name", level=BABEL)
                    self.out.entries[-1] = _with_source(self.out.entries[-1], src, row)
            if row["status"] == "un_member":
                self.rel_rows.append((
                    Relation(source=row["id"], type="MEMBER_OF", target="UN", provenance=[
                        _evidence(row, "UN member states list (un.org/en/about-us/member-states)")
                    ]),
                    row,
                ))

    def organisations(self) -> None:
        for row in self.table("organisations.csv"):
            if self.new_actor(row, ActorKind.ORGANISATION, name=row["name"], bloc=row["bloc"],
                              description=row["description"] or None):
                self.add_entry(row, row["name"], row["id"], "en", "name")

    def groups(self) -> None:
        for row in self.table("groups.csv"):
            if self.new_actor(row, ActorKind.GROUP, name=row["name"], bloc=row["bloc"],
                              country=row["country"] or None,
                              description=row["description"] or None):
                self.add_entry(row, row["name"], row["id"], "*", "name")

    def persons(self) -> None:
        for row in self.table("persons.csv"):
            if not self.new_actor(row, ActorKind.PERSON, name=row["name"],
                                  country=row["country"] or None):
                continue
            self.add_entry(row, row["name"], row["id"], "*", "name")
            self.surnames[row["id"]] = row["surname"]
            alone = row["surname_alone"].lower()
            if alone not in ("", "yes", "no"):
                self.problem(row, f"surname_alone is {alone!r}", hint="write yes or no")
            if row["surname"] and alone == "yes":
                self.add_entry(row, row["surname"], row["id"], "*", "surname", cased=True)

    def check_references(self) -> None:
        """Countries named by groups and persons exist."""
        for aid, data in self.pending.items():
            country = data.get("country")
            if country and self.kinds.get(country) is not ActorKind.STATE:
                path, line = self.out.origins[aid]
                self.problem(None, f"country {country!r} of {aid!r} is not a state in "
                             "states.csv", hint="use an ISO alpha-3 id", path=path, line=line)

    def state_words(self) -> None:
        forms = {"adjective": "adjective", "demonym": "demonym", "capital": "capital"}
        for row in self.table("state_words.csv"):
            if self.kinds.get(row["id"]) is not ActorKind.STATE:
                self.problem(row, f"unknown state {row['id']!r}",
                             hint="add it to states.csv first")
                continue
            if row["lang"] not in LANGS:
                self.problem(row, f"unknown language {row['lang']!r}",
                             hint=f"use one of: {', '.join(LANGS)}")
                continue
            for col, form in forms.items():
                for text in row.multi(col):
                    self.add_entry(row, text, row["id"], row["lang"], form)

    def roles(self) -> None:
        for row in self.table("roles.csv"):
            key = row["role_key"]
            if key in self.out.roles or ":" not in key:
                self.problem(row, f"duplicate role key {key!r}" if key in self.out.roles
                             else f"role key {key!r} has no ':'",
                             hint="role keys look like NATO:secretary-general, one line each")
                continue
            if row["target"] not in self.kinds:
                self.problem(row, f"unknown actor {row['target']!r} as target of {key}",
                             hint="use an actor id defined in the catalogue")
                continue
            titles, name_titles = {}, {}
            for lang in LANGS:
                raw = row.multi(f"titles_{lang}")
                titles[lang] = tuple(t for t in raw if not t.startswith("~"))
                name_titles[lang] = tuple(t.lstrip("~") for t in raw)
            if not titles["en"]:
                self.problem(row, f"role {key} has no English title", hint="fill titles_en")
                continue
            flag = row["titled_names"].lower() or "yes"
            self.out.roles[key] = RoleDef(
                key, row["target"], titles, name_titles, titled_names=flag == "yes",
                path=row.path, line=row.line, source=row["source"],
            )

    def offices(self) -> None:
        for row in self.table("offices.csv"):
            key, person = row["role_key"], row["person"]
            if key not in self.out.roles:
                self.problem(row, f"unknown role {key!r}", hint="add it to roles.csv first")
                continue
            if self.kinds.get(person) is not ActorKind.PERSON:
                self.problem(row, f"unknown person {person!r}",
                             hint="add the person to persons.csv first")
                continue
            ok1, start = self.date(row, "valid_from")
            ok2, end = self.date(row, "valid_to")
            if not (ok1 and ok2):
                continue
            if start is None:
                self.problem(row, "valid_from is empty", hint="write the first day in office")
                continue
            if end is not None and end < start:
                self.problem(row, f"valid_to {end} is before valid_from {start}")
                continue
            self.out.terms.setdefault(key, []).append(
                Term(key, person, start, end, path=row.path, line=row.line, source=row["source"])
            )
            role = self.out.roles[key]
            self.rel_rows.append((
                Relation(source=person, type="REPRESENTS", target=role.target,
                         valid_from=start, valid_to=end, role=role.title,
                         provenance=[_evidence(row, row["source"])]),
                row,
            ))

    def memberships(self) -> None:
        for row in self.table("memberships.csv"):
            bad = [c for c in ("actor", "target") if row[c] not in self.kinds]
            if bad:
                self.problem(row, "unknown actor " + ", ".join(repr(row[c]) for c in bad),
                             hint="use actor ids defined in the catalogue")
                continue
            try:
                rtype = RelationType.parse(row["type"])
            except ActorGraphError as exc:
                self.problem(row, exc.message, hint=exc.hint)
                continue
            ok1, start = self.date(row, "valid_from")
            ok2, end = self.date(row, "valid_to")
            if not (ok1 and ok2):
                continue
            if start and end and end < start:
                self.problem(row, f"valid_to {end} is before valid_from {start}")
                continue
            try:
                rel = Relation(source=row["actor"], type=rtype, target=row["target"],
                               valid_from=start, valid_to=end,
                               provenance=[_evidence(row, row["source"])])
            except (ValueError, ActorGraphError) as exc:
                self.problem(row, _short(exc))
                continue
            self.rel_rows.append((rel, row))

    def aliases(self) -> None:
        for row in self.table("aliases.csv"):
            actor, form, lang = row["actor"], row["form"], row["lang"]
            if form not in FORMS:
                self.problem(row, f"unknown form {form!r}", hint=f"use one of: {', '.join(FORMS)}")
                continue
            if lang != "*" and lang not in LANGS:
                self.problem(row, f"unknown language {lang!r}",
                             hint=f"use one of: {', '.join(LANGS)} or *")
                continue
            if form == "role":
                if actor not in self.out.roles:
                    self.problem(row, f"unknown role {actor!r}", hint="add it to roles.csv")
                    continue
            elif actor not in self.kinds:
                self.problem(row, f"unknown actor {actor!r}",
                             hint="define the actor first (states, organisations, groups, "
                             "persons)")
                continue
            for text in row.multi("texts"):
                self.add_entry(row, text, actor, lang, form)

    # -- generated entries -------------------------------------------------------------

    def generated(self) -> None:
        """Role phrases ("Oekraïense minister van Buitenlandse Zaken", "Ukraine's
        President") and titled names ("President Biden", "minister-president Rutte")."""
        words: dict[tuple[str, str], list[str]] = defaultdict(list)
        names: dict[tuple[str, str], list[str]] = defaultdict(list)
        for e in self.out.entries:
            if e.cased:
                continue
            if e.form == "adjective":
                if e.lang == "en" or e.text.endswith("e"):
                    words[(e.actor_id, e.lang)].append(e.text)
            elif e.form == "name" and e.level >= BABEL:
                names[(e.actor_id, e.lang)].append(e.text)
        for role in self.out.roles.values():
            row = Row(role.path or "roles.csv", role.line or 0, {"source": role.source or ""})
            if self.kinds.get(role.target) is ActorKind.STATE:
                for lang in LANGS:
                    for title in role.titles[lang]:
                        for adj in words[(role.target, lang)]:
                            self.add_entry(row, f"{adj} {title}", role.key, lang, "role",
                                           level=GENERATED, cased=False)
                        for name in names[(role.target, lang)][:2]:
                            if lang == "en":
                                self.add_entry(row, f"{title} of {name}", role.key, lang,
                                               "role", level=GENERATED, cased=False)
                                if name in _WITH_THE:
                                    self.add_entry(row, f"{title} of the {name}", role.key,
                                                   lang, "role", level=GENERATED, cased=False)
                                else:
                                    self.add_entry(row, f"{name}'s {title}", role.key, lang,
                                                   "role", level=GENERATED, cased=False)
                            else:
                                self.add_entry(row, f"{title} van {name}", role.key, lang,
                                               "role", level=GENERATED, cased=False)
        for key, terms in self.out.terms.items():
            role = self.out.roles[key]
            if not role.titled_names:
                continue
            for term in terms:
                data = self.pending[term.person]
                row = Row(term.path or "offices.csv", term.line or 0,
                          {"source": term.source or ""})
                surname = self.surnames.get(term.person)
                for lang in LANGS:
                    for title in role.name_titles[lang]:
                        for who in dict.fromkeys(filter(None, [surname, data["name"]])):
                            self.add_entry(row, f"{title} {who}", term.person, lang, "variant",
                                           level=GENERATED, cased=False)

    # -- checks ------------------------------------------------------------------------

    def check_offices(self) -> None:
        for key, terms in self.out.terms.items():
            terms.sort(key=lambda t: (t.valid_from, t.valid_to or "9999"))
            for prev, cur in zip(terms, terms[1:]):
                if prev.valid_to is None or cur.valid_from < prev.valid_to:
                    self.problem(
                        None,
                        f"office {key}: {cur.person} from {cur.valid_from} overlaps "
                        f"{prev.person} ({prev.valid_from}..{prev.valid_to or 'open'}, "
                        f"offices.csv line {prev.line})",
                        hint="a term may start on the day the previous one ends, not before; "
                        "close the earlier term with valid_to",
                        path=cur.path, line=cur.line,
                    )

    def check_relations(self) -> None:
        seen: dict[tuple[str, str, str], list[tuple[Relation, Row]]] = defaultdict(list)
        for rel, row in self.rel_rows:
            if rel.type is RelationType.REPRESENTS:
                self.out.relations.append(rel)
                continue
            for other, orow in seen[rel.key]:
                a0, a1 = other.valid_from or "0000", other.valid_to or "9999"
                b0, b1 = rel.valid_from or "0000", rel.valid_to or "9999"
                if b0 <= a1 and a0 <= b1:
                    self.problem(row, f"{' '.join(rel.key)} repeats {orow.path} line "
                                 f"{orow.line} with overlapping dates",
                                 hint="keep one line per membership period")
                    break
            else:
                seen[rel.key].append((rel, row))
                self.out.relations.append(rel)

    def check_blocs(self) -> None:
        """A state's bloc agrees with its open NATO and EU memberships (docs/catalogue.md)."""
        open_member: dict[str, set[str]] = defaultdict(set)
        for rel in self.out.relations:
            if rel.type is RelationType.MEMBER_OF and rel.valid_to is None:
                open_member[rel.source].add(rel.target)
        for aid, data in self.pending.items():
            if data["kind"] is not ActorKind.STATE:
                continue
            groups = open_member[aid]
            want = (Bloc.NATO_ALLY if "NATO" in groups
                    else Bloc.EU if "EU" in groups else None)
            have = data["bloc"]
            wrong = (want is not None and have is not want) or (
                want is None and have in (Bloc.NATO_ALLY, Bloc.EU))
            if wrong:
                path, line = self.out.origins[aid]
                self.problem(None, f"{aid} has bloc {have.value} but its memberships make it "
                             f"{want.value if want else 'neither nato_ally nor eu'}",
                             hint="nato_ally = open NATO membership; eu = open EU membership "
                             "without NATO (docs/catalogue.md)", path=path, line=line)

    def finish_actors(self) -> None:
        by_actor: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for e in self.out.entries:
            if e.form != "role":
                have = by_actor[e.actor_id][e.lang]
                if e.text not in have:
                    have.append(e.text)
        latest: dict[str, tuple[str, str]] = {}
        for key, terms in self.out.terms.items():
            for term in terms:
                if term.person not in latest or term.valid_from > latest[term.person][0]:
                    latest[term.person] = (term.valid_from, self.out.roles[key].target)
        for aid, data in self.pending.items():
            if data["kind"] is ActorKind.PERSON:
                # a person is drawn in the bloc of the actor of their latest office,
                # else of their country
                home = latest.get(aid, ("", data.get("country")))[1]
                if home in self.pending:
                    data["bloc"] = self.pending[home]["bloc"]
            aliases = {lang: [t for t in texts if t != data["name"]]
                       for lang, texts in sorted(by_actor[aid].items())}
            self.out.actors[aid] = Actor(aliases={k: v for k, v in aliases.items() if v},
                                         **data)

    def run(self) -> BuildResult:
        self.states()
        self.organisations()
        self.groups()
        self.persons()
        self.check_references()
        self.state_words()
        self.roles()
        self.offices()
        self.memberships()
        self.aliases()
        self.generated()
        self.check_offices()
        self.check_relations()
        self.check_blocs()
        self.finish_actors()
        return self.out


def build(path: str | Path | None = None) -> BuildResult:
    """Read the catalogue (the package data, or ``path``: a folder or one replaced file)."""
    return _Builder(data_files(path)).run()


def _babel_variants(name: str, lang: str) -> list[str]:
    """A babel territory name and the plain forms hidden in it:
    "Myanmar (Burma)" -> Myanmar, Burma; "St. Kitts & Nevis" -> Saint Kitts and Nevis."""
    if not name:
        return []
    out = [name]
    if "(" in name and name.endswith(")"):
        base, inner = name[:-1].split("(", 1)
        out += [base.strip(), inner.strip()]
    conj = " and " if lang == "en" else " en "
    for n in list(out):
        if " & " in n:
            out.append(n.replace(" & ", conj))
    for n in list(out):
        if n.startswith("St. "):
            out.append("Saint " + n[4:])
    return list(dict.fromkeys(out))


def _with_source(entry: AliasEntry, source: str, row: Row) -> AliasEntry:
    return AliasEntry(entry.text, entry.actor_id, entry.lang, entry.form, cased=entry.cased,
                      level=entry.level, source=source, path=row.path, line=row.line)


def _evidence(row: Row, source: str) -> Evidence:
    name = Path(row.path).name
    return Evidence(doc=CATALOGUE_DOC, source=source or None, rule=f"{name}:{row.line}",
                    origin=Origin.CATALOGUE)


def _short(exc: Exception) -> str:
    if isinstance(exc, ActorGraphError):
        return str(exc)
    errors = getattr(exc, "errors", None)
    if callable(errors):
        return "; ".join(str(e.get("msg", e)) for e in errors())
    return str(exc)

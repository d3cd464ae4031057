"""The main job for a newcomer: the founding report as a graph, a view, and three answers.

:func:`run_demo` builds the curated graph of the Dutch report on the NATO foreign
ministers' meeting of April 2024 (shipped in ``actorgraph/data/founding``) into a fresh
embedded store, adds what the extractor reads in the report itself, writes the
interactive HTML view and answers three questions with named queries.

>>> import tempfile
>>> report = run_demo(tempfile.mkdtemp(), extract=False, html=False)
>>> [row[0] for row in report.answers[0].result.rows]
['BLR', 'CHN', 'IRN', 'PRK']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from actorgraph.graph.store import QueryResult, Stats, open_store, remove_store
from actorgraph.loaders.pipeline import LoadReport, ProgressHook, load_paths
from actorgraph.queries.registry import run_query

FOUNDING_YAML = "nl-2024-04-04-navo-fmm.yaml"
FOUNDING_TEXT = "nl-2024-04-04-navo-fmm-verslag.txt"

#: (question, named query, parameters)
QUESTIONS = (
    ("Who supports Russia?", "supporters-of", {"target": "RUS"}),
    ("Who supports Ukraine?", "supporters-of", {"target": "UKR"}),
    ("What threatens NATO (or its allies)?", "threats-to", {"target": "NATO"}),
)


@dataclass
class Answer:
    question: str
    query: str
    params: dict[str, str]
    result: QueryResult

    @property
    def command(self) -> str:
        args = " ".join(f"-p {k}={v}" for k, v in self.params.items())
        return f"actorgraph query --named {self.query} {args}"


@dataclass
class DemoReport:
    store: str
    html: Path | None
    stats: Stats
    load: LoadReport
    answers: list[Answer] = field(default_factory=list)


def _pointer() -> Path:
    from actorgraph.graph.store import default_store_path

    return default_store_path().parent / "demo-store.txt"


def remember_demo_store(path: str | Path) -> None:
    """Note where the demo built its graph, so that the next command finds it."""
    pointer = _pointer()
    try:
        pointer.parent.mkdir(parents=True, exist_ok=True)
        pointer.write_text(str(Path(path).resolve()) + "\n", encoding="utf-8")
    except OSError:
        pass  # a read-only home: the demo still prints the export line


def remembered_demo_store() -> str | None:
    """The graph ``actorgraph demo`` built last, if it is still there."""
    try:
        path = _pointer().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return path if path and Path(path).exists() else None


def founding_files() -> tuple[Path, Path]:
    """Paths of the shipped curated YAML and the report text."""
    base = resources.files("actorgraph") / "data" / "founding"
    return Path(str(base / FOUNDING_YAML)), Path(str(base / FOUNDING_TEXT))


def run_demo(
    out_dir: str | Path = "actorgraph-demo",
    *,
    store_spec: str | None = None,
    extract: bool = True,
    html: bool = True,
    progress: ProgressHook | None = None,
    remember: bool = False,
) -> DemoReport:
    """Build the founding report's graph, its HTML view, and the answers.

    Without ``store_spec`` the graph goes into a fresh embedded store at
    ``OUT_DIR/graph.lbdb`` (emptied first); with one, into that store as it is.
    ``remember=True`` (what ``actorgraph demo`` passes) also makes a fresh store the
    one later commands use when no ``--store`` is given; a library caller's demo
    leaves that choice alone.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if store_spec is None:
        store_spec = str((out / "graph.lbdb").resolve())
        remove_store(store_spec)
    else:
        remember = False
    curated, text = founding_files()
    inputs = [curated, text] if extract else [curated]
    with open_store(store_spec) as store:
        load = load_paths(store, inputs, progress=progress)
        html_path = None
        if html:
            from actorgraph.viz.html import render_html

            html_path = render_html(
                store.actors(),
                store.relations(),
                out / "founding-report.html",
                title="NATO Foreign Ministers Meeting, 3-4 April 2024 (Dutch report)",
                documents=store.documents(),
            )
        answers = [
            Answer(q, name, params, run_query(store, name, params))
            for q, name, params in QUESTIONS
        ]
        if remember:
            remember_demo_store(store_spec)
        return DemoReport(
            store=store.location, html=html_path, stats=store.stats(), load=load,
            answers=answers,
        )

"""CLI commands ``extract`` (print the relations documents state) and ``evaluate``
(score the extractor against gold files).

Each command is a thin layer over one library call:
:func:`actorgraph.loaders.extract.extract_path` and :func:`actorgraph.evaluate.evaluate`.

Example
-------
>>> import click
>>> cli = click.Group()
>>> register(cli)
>>> sorted(cli.commands)
['evaluate', 'extract']
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from actorgraph.cli.common import handle_errors
from actorgraph.cli.output import echo_rows, safe_text
from actorgraph.errors import ActorGraphError, LoaderError

#: Columns of ``extract --format csv`` and the keys of each jsonl line.
FIELDS = (
    "source", "type", "target", "source_name", "target_name", "doc", "path", "date",
    "sentence", "start", "end", "confidence", "rule", "evidence",
)  # fmt: skip


def relation_rows(result, lexicon, *, min_confidence: float = 0.0) -> list[dict]:
    """One flat row per (relation, evidence) of an extraction result."""
    rows = []
    for r in result.relations:
        for e in r.provenance:
            if e.confidence < min_confidence:
                continue
            rows.append(
                {
                    "source": r.source,
                    "type": r.type.value,
                    "target": r.target,
                    "source_name": lexicon.name(r.source),
                    "target_name": lexicon.name(r.target),
                    "doc": e.doc,
                    "path": result.document.path,
                    "date": e.date,
                    "sentence": e.sentence,
                    "start": e.start,
                    "end": e.end,
                    "confidence": e.confidence,
                    "rule": e.rule,
                    "evidence": e.text,
                }
            )
    return rows


#: the columns of ``extract --format table`` (evidence on one line, cut at 100 characters)
TABLE_COLUMNS = ("source", "type", "target", "confidence", "rule", "evidence")


def _table_row(row: dict) -> list[str]:
    text = " ".join(str(row["evidence"]).split())
    return [row["source"], row["type"], row["target"], f"{row['confidence']:.2f}",
            row["rule"] or "", text if len(text) <= 100 else text[:97] + "..."]


def register(cli: click.Group) -> None:
    """Add ``extract`` and ``evaluate`` to the ``actorgraph`` command group."""

    from actorgraph.loaders.formats import suffix_list

    documents = suffix_list("document")

    @cli.command("extract", help=(
        "Print the relations that the documents at PATHS state, without storing them.\n\n"
        f"Folders are searched recursively for {documents} files (hidden files and folders "
        "skipped); a file that cannot be read is reported on stderr and the others go on."))
    @click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
    @click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "csv"]),
                  default="table", show_default=True, help="How to print the relations.")
    @click.option("--lang", type=click.Choice(["nl", "en"]), default=None,
                  help="The documents' language (default: detected per document).")
    @click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0,
                  show_default=True, help="Only evidence at least this confident.")
    @handle_errors
    def extract_cmd(paths: tuple[Path, ...], fmt: str, lang: str | None,
                    min_confidence: float) -> None:
        from actorgraph.loaders.extract import default_lexicon, extract_path, find_documents

        lex = default_lexicon()
        files = find_documents(paths)
        if not files:
            raise click.UsageError(f"no document files ({documents}) found")
        failed: list[ActorGraphError] = []

        def rows():
            for f in files:
                try:
                    result = extract_path(f, lang=lang, lexicon=lex)
                except ActorGraphError as exc:
                    failed.append(exc)
                    if len(files) > 1:
                        click.echo(f"skipped: {safe_text(str(exc))}", err=True)
                    continue
                for row in relation_rows(result, lex, min_confidence=min_confidence):
                    yield _table_row(row) if fmt == "table" else [row[k] for k in FIELDS]
            if failed and len(failed) == len(files):
                if len(files) == 1:
                    raise failed[0]
                raise LoaderError(
                    f"none of the {len(files)} document files could be read (reasons above)",
                    hint=f"give readable document files ({documents})",
                )

        echo_rows(TABLE_COLUMNS if fmt == "table" else FIELDS, rows(), fmt, borders=False)

    @cli.command("evaluate")
    @click.option("--gold", "gold_dir", type=click.Path(path_type=Path), default=None,
                  help="Folder of NAME.jsonl gold files (default: eval/gold).")
    @click.option("--docs", "docs_dir", type=click.Path(path_type=Path), default=None,
                  help="Folder of the NAME.* documents, any document format (default: eval/docs).")
    @click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
    @handle_errors
    def evaluate_cmd(gold_dir: Path | None, docs_dir: Path | None, as_json: bool) -> None:
        """Score the extractor against gold relations (ANNOTATION.md): core and
        secondary precision, recall and F1 per document and micro-averaged, with the false
        positives (FP) and false negatives (FN) listed."""
        from actorgraph.evaluate import evaluate, format_report

        gold_dir = gold_dir or Path("eval/gold")
        docs_dir = docs_dir or gold_dir.parent / "docs"
        report = evaluate(gold_dir, docs_dir)
        if as_json:
            click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
        else:
            click.echo(format_report(report))

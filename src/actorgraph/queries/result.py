"""The rows a query gives, ready for a terminal, a notebook or pandas.

:class:`Rows` is a :class:`~actorgraph.graph.store.QueryResult` (``columns`` and
``rows``) with what a named query adds: its name, the parameters it ran with, and a
``hint`` when it found nothing. In Jupyter it shows as an HTML table (every value
escaped).

>>> r = Rows(columns=["id", "name"], rows=[["RUS", "<Russia>"]])
>>> "&lt;Russia&gt;" in r._repr_html_()
True
>>> r.records()
[{'id': 'RUS', 'name': '<Russia>'}]
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from actorgraph.errors import require
from actorgraph.graph.store import QueryResult

#: rows shown by ``_repr_html_`` before "… N more"
HTML_ROWS = 50


@dataclass
class Rows(QueryResult):
    """Query rows plus the query's name, parameters and a hint when there are none."""

    query: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    hint: str | None = None

    def to_pandas(self):
        """The rows as a ``pandas.DataFrame`` (needs pandas: ``actorgraph[notebook]``)."""
        pd = require("pandas", "notebook")
        return pd.DataFrame(self.rows, columns=self.columns)

    def _repr_html_(self) -> str:
        import html  # notebooks only: not on the command line's path

        head = "".join(f"<th>{html.escape(str(c))}</th>" for c in self.columns)
        body = []
        for row in self.rows[:HTML_ROWS]:
            cells = "".join(f"<td>{html.escape(_cell(v))}</td>" for v in row)
            body.append(f"<tr>{cells}</tr>")
        caption = html.escape(self.query or "query")
        more = ""
        if len(self.rows) > HTML_ROWS:
            more = f"<p>… {len(self.rows) - HTML_ROWS} more rows</p>"
        if not self.rows:
            more = f"<p>no rows{': ' + html.escape(self.hint) if self.hint else ''}</p>"
        return (f"<table><caption>{caption}: {len(self.rows)} rows</caption>"
                f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{more}")

    def __repr__(self) -> str:
        return f"<Rows {self.query or 'query'}: {len(self.rows)} rows, columns {self.columns}>"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)

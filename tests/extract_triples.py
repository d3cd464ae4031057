"""The relations the extractor reads from one text, as (source, type, target) triples: the
helper of the extractor's sentence tests (tests/unit/test_extract_*.py)."""

from __future__ import annotations

from actorgraph.loaders.extract import extract_text


def triples(text: str, *, lang: str = "en", date: str = "2024-05-02",
            issuer: str | None = "USA") -> set[tuple[str, str, str]]:
    """The triples of ``text`` as a statement of ``issuer`` dated ``date``."""
    res = extract_text(text, lang=lang, date=date, issuer=issuer)
    return {(r.source, r.type.value, r.target) for r in res.relations}


def assert_not_read(got: set[tuple[str, str, str]], wrong: tuple[str, str, str],
                    right: tuple[str, str, str] | None = None) -> None:
    """``wrong`` is not among the triples ``got``; ``right``, where given, is (the same
    construction read where it does state a relation)."""
    assert wrong not in got, f"{wrong} was read: {sorted(got)}"
    if right:
        assert right in got, f"{right} was not read: {sorted(got)}"

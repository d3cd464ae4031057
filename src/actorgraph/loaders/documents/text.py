"""A document's text: the original, a cleaned copy, and the map between them.

Extraction reads the *cleaned* text (Word-export bookmarks, glued footnote digits and
Markdown markup removed, hard line wraps joined); provenance offsets point into the
*original* text. :class:`Text` keeps, for every character of the cleaned text, the
index of the original character it came from, so a span found in the cleaned text maps
back exactly.

Example
-------
>>> t = clean_text("[bookmark: _Hlk1]Steun aan Oekraïne1 blijft.")
>>> t.cleaned
'Steun aan Oekraïne blijft.'
>>> s, e = t.original_span(10, 18)
>>> t.original[s:e]
'Oekraïne'
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field

#: ``[bookmark: _Hlk163731257]`` markers that Word leaves in a text export.
BOOKMARK_RE = re.compile(r"\[bookmark: [^\]\n]{0,80}\]")
#: A footnote number glued to the end of a word: ``Oekraïne1``, ``partners12``.
FOOTNOTE_RE = re.compile(r"(?<=[a-zà-öø-ÿ]{3})\d{1,3}(?=[\s.,;:!?)\]’'\"]|$)")
_MD_EMPH_RE = re.compile(r"(?<![\w*])(\*{1,3}|_{2})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_MD_LINK_RE = re.compile(r"\[([^\]\n]{1,300})\]\([^)\s]{1,500}\)")
_MD_HEADING_RE = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_MD_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_MD_END_RE = re.compile(r"^\\?#{3}\s*$", re.M)  # the "###" end-of-release marker
_NBSP = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": " "})


@dataclass
class Text:
    """Original text, cleaned text, and ``offsets[i]`` = original index of ``cleaned[i]``.

    ``offsets`` has one extra entry at the end (the original end), so that a half-open
    span ``[start, end)`` of the cleaned text maps to ``[offsets[start], offsets[end-1]+1)``.
    """

    original: str
    cleaned: str
    offsets: array = field(repr=False)

    @classmethod
    def plain(cls, text: str) -> Text:
        """A text that needs no cleaning: the map is the identity.

        >>> Text.plain("abc").original_span(1, 3)
        (1, 3)
        """
        return cls(text, text, array("q", range(len(text) + 1)))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that cleaned ``[start, end)`` came from."""
        n = len(self.cleaned)
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        if end == start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1

    def __len__(self) -> int:
        return len(self.cleaned)


class _Builder:
    """Accumulates cleaned text piece by piece, remembering where each piece came from."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.parts: list[str] = []
        self.offsets = array("q")

    def keep(self, start: int, end: int) -> None:
        if end > start:
            self.parts.append(self.original[start:end])
            self.offsets.extend(range(start, end))

    def replace(self, start: int, end: int, text: str) -> None:
        """Put ``text`` in place of original ``[start, end)`` (each char maps to start)."""
        if text:
            self.parts.append(text)
            self.offsets.extend([start] * len(text))

    def build(self) -> Text:
        self.offsets.append(len(self.original))
        return Text(self.original, "".join(self.parts), self.offsets)


def _apply(text: Text, pattern: re.Pattern, repl) -> Text:
    """Apply a regex substitution to ``text.cleaned``, composing the offset map.

    ``repl(match)`` returns a list of ``(group_start, group_end)`` spans of the match to
    keep (in cleaned coordinates); everything else in the match is dropped.
    """
    src = text.cleaned
    out: list[str] = []
    offs = array("q")
    pos = 0
    changed = False
    for m in pattern.finditer(src):
        changed = True
        out.append(src[pos : m.start()])
        offs.extend(text.offsets[pos : m.start()])
        for a, b in repl(m):
            out.append(src[a:b])
            offs.extend(text.offsets[a:b])
        pos = m.end()
    if not changed:
        return text
    out.append(src[pos:])
    offs.extend(text.offsets[pos:])
    return Text(text.original, "".join(out), offs)


def _drop(m: re.Match) -> list[tuple[int, int]]:
    return []


def _keep_group(n: int):
    def f(m: re.Match) -> list[tuple[int, int]]:
        return [m.span(n)]

    return f


def _wrap_width(text: str) -> int | None:
    """The column a hard-wrapped text is wrapped at (Markdown exports: ~72), or None."""
    lines = sorted(len(x.rstrip()) for x in text.split("\n") if len(x.strip()) >= 40)
    if 2 <= len(lines) < 6:  # a short statement: every long line but one at the width
        width = lines[-1]
        near = sum(1 for n in lines if width - 12 <= n)
        return width if 60 <= width <= 80 and near >= len(lines) - 1 else None
    if len(lines) < 6:
        return None
    width = lines[int(len(lines) * 0.8)]
    if width > 100:
        return None
    near = sum(1 for n in lines if width - 18 <= n <= width + 12)
    return width if near >= 0.6 * len(lines) else None


def _is_hard_wrapped(text: str) -> bool:
    """True when the text is wrapped at a fixed width."""
    return _wrap_width(text) is not None


def _join_wraps(text: Text) -> Text:
    """Replace single line breaks inside paragraphs by spaces (same length, same map)."""
    src = text.cleaned
    width = _wrap_width(src) or 80
    lines = src.split("\n")
    chars = list(src)
    pos = 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[i + 1]
        if (
            line.strip()
            and nxt.strip()
            and len(line.rstrip()) >= width - 25
            and not nxt.lstrip().startswith(("- ", "* ", "+ ", "|"))
        ):
            chars[pos] = " "
        pos += 1
    return Text(text.original, "".join(chars), text.offsets)


def clean_text(original: str, *, markdown: bool = False, body_start: int = 0) -> Text:
    """Clean a document's text while keeping the map back to the original.

    Removes Word bookmarks and glued footnote digits, replaces no-break spaces and tabs by
    spaces, and for Markdown strips emphasis, links, heading marks, escapes and the
    ``###`` end marker. Text before ``body_start`` (YAML front matter) is dropped.
    Hard-wrapped paragraphs are joined, so a line break inside a sentence becomes a space.

    >>> clean_text("**Support** to *Ukraine*", markdown=True).cleaned
    'Support to Ukraine'
    """
    b = _Builder(original)
    b.keep(body_start, len(original))
    text = b.build()
    text = _apply(text, BOOKMARK_RE, _drop)
    text = _apply(text, FOOTNOTE_RE, _drop)
    if markdown:
        text = _apply(text, _MD_END_RE, _drop)
        text = _apply(text, _MD_LINK_RE, _keep_group(1))
        text = _apply(text, _MD_HEADING_RE, _drop)
        text = _apply(text, _MD_ESCAPE_RE, _keep_group(1))
        text = _apply(text, _MD_EMPH_RE, _keep_group(2))
    cleaned = text.cleaned.translate(_NBSP).replace("\r", "\n")
    text = Text(text.original, cleaned, text.offsets)
    if _is_hard_wrapped(cleaned):
        text = _join_wraps(text)
    return text

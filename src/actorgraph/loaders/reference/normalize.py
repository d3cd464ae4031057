"""How an alias is normalised: case, diacritics, punctuation, articles — every rule here.

Three keys exist for every piece of text; the catalogue and the extractor both use them
from this module, nowhere else. :func:`normalize_alias` folds case, so
"RUSSISCHE", "Russische" and "russische" meet; :func:`normalize_cased` does the same
except for case, for the few aliases that are also common words ("US", "WHO", "IS",
"Turkey") and so only count when written with their capitals.

:func:`normalize_token` is the light key the extractor's lexicon compares tokens with:
case folded, curly apostrophes straightened, Unicode NFC; diacritics and punctuation
stay, so that a token matches what the text says.

The first two keys drop diacritics ("Oekraïense" = "Oekraiense", "Erdoğan" = "Erdogan"), dots
("U.S." = "US"), hyphens, dashes and slashes (they become spaces: "Noord-Korea" =
"Noord Korea"), curly quotes, surrounding punctuation, runs of spaces, and one leading
English or Dutch article ("the Allies" = "Allies", "de bondgenoten" = "bondgenoten").

Example
-------
>>> normalize_alias("de Oekraïense  minister")
'oekraiense minister'
>>> normalize_alias("U.S.")
'us'
>>> normalize_cased("the U.S.")
'US'
>>> normalize_alias("Noord–Korea’s")
"noord korea's"
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["normalize_alias", "normalize_cased", "normalize_token"]

# Letters NFKD does not decompose, dashes, quotes and spaces that have plain equivalents.
_TRANSLATE = str.maketrans(
    {
        "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th",
        "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'",
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ", "\n": " ",
    }
)
_SEPARATORS = re.compile(r"[\-_/]+")
_SPACES = re.compile(r"\s+")
_EDGE = " \"'“”„«»()[]{},;:!?*"
_ARTICLES = ("the ", "de ", "het ")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLATE))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace(".", "")
    text = _SEPARATORS.sub(" ", text)
    text = _SPACES.sub(" ", text).strip(_EDGE).strip()
    low = text.lower()
    for art in _ARTICLES:
        if low.startswith(art) and len(text) > len(art):
            text = text[len(art):].strip(_EDGE).strip()
            break
    return text


@lru_cache(maxsize=1 << 16)
def normalize_alias(text: str) -> str:
    """The case-insensitive lookup key of an alias or a mention.

    >>> normalize_alias("Türkiye") == normalize_alias("TURKIYE")
    True
    >>> normalize_alias("NAVO-bondgenoten")
    'navo bondgenoten'
    """
    return _fold(text).casefold()


@lru_cache(maxsize=1 << 16)
def normalize_cased(text: str) -> str:
    """The case-sensitive lookup key, for aliases that are also common words.

    >>> normalize_cased("U.S."), normalize_cased("us")
    ('US', 'us')
    """
    return _fold(text)


_TOKEN_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@lru_cache(maxsize=262144)
def normalize_token(text: str) -> str:
    """The key tokens are compared with: case-folded, apostrophes unified, NFC.

    >>> normalize_token("NATO’s")
    "nato's"
    """
    return unicodedata.normalize("NFC", text.translate(_TOKEN_APOSTROPHES)).casefold()

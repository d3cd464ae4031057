"""Turn a document's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM,
Windows-1252 / Latin-1, or what charset-normalizer decides; binary input is refused.

Example
-------
>>> decode_bytes("Oekraïne".encode("cp1252"))
('Oekraïne', 'cp1252')
>>> decode_bytes(b"\\xef\\xbb\\xbfNATO")
('NATO', 'utf-8-sig')
"""

from __future__ import annotations

from actorgraph.errors import LoaderError

_CONTROL = {c for c in range(32) if c not in (9, 10, 12, 13)}


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: NUL bytes or many control characters.

    >>> looks_binary(b"\\x00\\x01PK"), looks_binary(b"plain text")
    (True, False)
    """
    head = data[:8192]
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a byte-order mark
    if b"\x00" in head:
        return True
    ctrl = sum(1 for b in head if b in _CONTROL)
    return ctrl > 0.05 * len(head)


def _plausible(text: str) -> bool:
    """No control characters, and (almost) every letter in the Latin script: the
    documents this tool reads are Dutch and English."""
    letters = 0
    foreign = 0
    for ch in text:
        o = ord(ch)
        if o < 32 and ch not in "\t\n\r\f":
            return False
        if 0x80 <= o < 0xA0:
            return False
        if ch.isalpha():
            letters += 1
            if o > 0x24F and not 0x1E00 <= o <= 0x1EFF:
                foreign += 1
    return foreign <= max(2, letters // 100)


def legacy_decode(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding)`` of bytes that are not UTF-8: Windows-1252 when that reads as
    plausible Latin-script text (what spreadsheets and older Word files in Western Europe
    save), else charset-normalizer's choice if it is confident; None when neither is.

    >>> legacy_decode("Curaçao".encode("cp1252"))
    ('Curaçao', 'cp1252')
    """
    try:
        text = data.decode("cp1252")
        if _plausible(text):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - charset_normalizer failing is a library bug
        best = None
    if best is not None and best.chaos < 0.2:
        text = str(best)
        if _plausible(text):
            return text, best.encoding
    return None


def decode_bytes(data: bytes, *, path: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``.

    Raises :class:`LoaderError` for binary data or an encoding that cannot be decided.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        from actorgraph.loaders.formats import suffix_list

        raise LoaderError(
            "this is a binary file, not a text document",
            path=path,
            hint=f"give a document file ({suffix_list('document')})",
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    found = legacy_decode(data)
    if found is not None:
        return found
    raise LoaderError(
        "cannot decide the text encoding (not UTF-8, not Windows-1252/Latin-1)",
        path=path,
        hint="save the file as UTF-8 and try again",
    )

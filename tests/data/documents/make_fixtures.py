"""Regenerate the document fixtures in this folder (run: python make_fixtures.py).

Texts are written for the tests; the .docx is made with python-docx and the .pdf files
by the minimal PDF writer below (one page, Helvetica, WinAnsi text), so that no
network or external tool is needed.
"""

from __future__ import annotations

import datetime
from pathlib import Path

HERE = Path(__file__).parent

NL_TEXT = (
    "[bookmark: _Hlk163731257]Verslag van de NAVO-bijeenkomst van 3 en 4 april 2024\n"
    "Bondgenoten herbevestigden dat Rusland de grootste dreiging blijft voor de NAVO.\n"
    "De minister van Buitenlandse Zaken sprak over de steun aan Oekraïne1 en over de "
    "toenemende steun van Iran, Noord-Korea, Belarus en China aan Rusland.\n"
)
EN_TEXT = (
    "Russia’s war of aggression against Ukraine continues. "
    "Japan has been a prominent supporter of Ukraine. "
    "NATO and Japan have been engaged in dialogue and cooperation since the early 1990s.\n"
)


def _pdf(lines: list[str], *, title: str | None = None) -> bytes:
    """A one-page PDF with ``lines`` of text (empty list: a page without text)."""
    ops = ["BT", "/F1 11 Tf", "72 760 Td", "14 TL"]
    for line in lines:
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({esc}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252") if lines else b"0 0 1 rg 72 600 200 100 re f"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    info = None
    if title:
        objs.append(b"<< /Title (" + title.encode("latin-1") + b") /CreationDate "
                    b"(D:20240711120000Z) >>")
        info = len(objs)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    trailer = f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R"
    if info:
        trailer += f" /Info {info} 0 R"
    out += (trailer + f" >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def main() -> None:
    (HERE / "nl-2024-04-04-verslag.txt").write_text(NL_TEXT, encoding="utf-8")
    (HERE / "nl-cp1252.txt").write_bytes(NL_TEXT.replace("’", "'").encode("cp1252"))
    (HERE / "en-bom.txt").write_bytes(b"\xef\xbb\xbf" + EN_TEXT.encode("utf-8"))
    (HERE / "statement.md").write_text(
        "---\ntitle: 'FACT SHEET: Partners'\ndate: '2024-07-11'\n"
        "source_url: https://www.whitehouse.gov/briefing-room/x/\n---\n\n"
        "**Support to Ukraine**\n\n*Japan*\n\n" + EN_TEXT
        + "\nWe welcome our NATO Allies.\n\n\\###\n",
        encoding="utf-8",
    )
    (HERE / "statement.html").write_text(
        "<!doctype html><html lang='en'><head><title>Joint statement</title>"
        "<meta name='date' content='2024-07-10'><style>p{color:red}</style>"
        "<script>var x = 'Russia threatens Ukraine';</script></head><body>"
        "<nav>Home | News</nav><h1>Joint statement</h1>"
        "<p>Russia’s <b>war of aggression</b> against Ukraine continues.</p>"
        "<p>Japan has been a prominent supporter of Ukraine.</p></body></html>",
        encoding="utf-8",
    )
    import docx

    d = docx.Document()
    d.core_properties.title = "Kamerbrief over steun aan Oekraïne"
    d.core_properties.author = "Ministerie van Buitenlandse Zaken"
    d.core_properties.created = datetime.datetime(2024, 2, 22, 10, 0)
    d.add_paragraph("Kamerbrief over steun aan Oekraïne")
    d.add_paragraph("Den Haag, 22 februari 2024")
    d.add_paragraph("Nederland steunt Oekraïne met F-16’s. Rusland vormt een dreiging voor "
                    "de NAVO.")
    d.save(HERE / "kamerbrief.docx")
    (HERE / "statement.pdf").write_bytes(_pdf(
        ["Statement of July 10, 2024", "Russia's war of aggression against Ukraine continues.",
         "Japan has been a prominent supporter of Ukraine."], title="Statement"))
    (HERE / "scanned.pdf").write_bytes(_pdf([]))
    (HERE / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (HERE / "empty.txt").write_bytes(b"")
    (HERE / "unknown-encoding.txt").write_bytes(
        b"NATO \x81\x8d\x8f\x90\x9d summit \x81\x9d in Washington \x8f\x90 text " * 4)
    (HERE / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a zip file")


if __name__ == "__main__":
    main()

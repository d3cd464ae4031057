"""Write GDELT 2.0 event export files of any size with a realistic mix of actors and codes.

61 tab-separated columns, no header, as GDELT publishes them (``YYYYMMDDHHMMSS.export.CSV``,
optionally zipped). The mix, roughly as in real GDELT: a third of actor slots empty or
non-state (civilians, media, business, rebels), states weighted by how often they are in
the news (USA, RUS, UKR, CHN, GBR … first), government/military types, IGOs (EU, NATO,
UN) with their known-group codes; event roots weighted like GDELT's (statements,
consultations and appeals most, violence less), Goldstein scores by root, mentions 1-50,
one source URL per few events. Seeded: the same arguments write the same bytes.

    python bench/gen_gdelt.py OUT_DIR --events 1000000 [--files 10] [--zip] [--seed 1]

The events are dated over ``--days`` days from 2022-01-01 (365 by default, whatever the
number of events). More events over the same days still give more dyad-periods, because
the mix has a long tail (rare states, rare codes): 75,749 at 1M, 211,817 at 10M by month.
``--key-cycle N`` makes the output independent of the number of events, to measure what
grows with the events alone: the fields that decide a dyad-period (date, both actors,
event code) repeat every N events (their random draws restart from the seed), while the
rest (event id, score noise, mentions, URL, geography) keep changing; 10M events with
``--key-cycle 1000000`` give exactly the dyad-periods of 1M with the same option.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import zipfile
from pathlib import Path

STATES = ["USA", "RUS", "UKR", "CHN", "GBR", "FRA", "DEU", "ISR", "IRN", "IND", "TUR", "POL",
          "JPN", "PRK", "KOR", "SYR", "PSE", "SAU", "NLD", "ITA", "ESP", "CAN", "AUS", "BLR",
          "PAK", "AFG", "IRQ", "EGY", "NGA", "ZAF", "BRA", "MEX", "VEN", "HUN", "SWE", "FIN",
          "NOR", "BEL", "GRC", "ROU", "LTU", "LVA", "EST", "GEO", "MDA", "ARM", "AZE", "KAZ",
          "QAT", "ARE", "YEM", "LBN", "JOR", "LBY", "SDN", "ETH", "KEN", "VNM", "PHL", "IDN"]
IGOS = [("IGOEUREEC", "EEC", "EUROPEAN UNION"), ("IGOWSTNAT", "NAT", "NATO"),
        ("IGOUNO", "UNO", "UNITED NATIONS")]
STATE_TYPES = ["", "GOV", "GOV", "MIL", "GOV", "LEG", "JUD", "COP"]
OTHER_TYPES = ["CVL", "MED", "BUS", "REB", "OPP", "EDU", "HLH", "LAB"]
#: (root, weight, Goldstein) roughly like GDELT's distribution
ROOTS = [("01", 18, 0.0), ("02", 9, 3.0), ("03", 7, 4.0), ("04", 20, 1.0), ("05", 6, 3.5),
         ("06", 3, 6.0), ("07", 3, 7.0), ("08", 3, 5.0), ("09", 2, -2.0), ("10", 2, -5.0),
         ("11", 6, -2.0), ("12", 2, -4.0), ("13", 2, -6.0), ("14", 3, -6.5), ("15", 1, -7.2),
         ("16", 2, -4.0), ("17", 5, -5.0), ("18", 3, -9.0), ("19", 4, -10.0), ("20", 1, -10.0)]
SUBCODES = {"16": ["160", "161", "162", "163", "1631", "164"], "19": ["190", "193", "194", "195"]}


def _actor(rng: random.Random) -> list[str]:
    """Actor columns: Code, Name, CountryCode, KnownGroupCode, Ethnic, Rel1, Rel2, Type1-3."""
    r = rng.random()
    if r < 0.12:
        return [""] * 10
    if r < 0.17:
        code, group, name = rng.choice(IGOS)
        return [code, name, "", group, "", "", "", "IGO", "", ""]
    # a few countries dominate the news
    country = STATES[min(int(rng.expovariate(1 / 9)), len(STATES) - 1)]
    typ = rng.choice(STATE_TYPES) if r < 0.72 else rng.choice(OTHER_TYPES)
    return [country + typ, f"{country} {typ or 'STATE'}", country, "", "", "", "", typ, "", ""]


def _geo(rng: random.Random, country: str) -> list[str]:
    return ["1", country or "World", country[:2], country[:2], "", f"{rng.uniform(-60, 60):.4f}",
            f"{rng.uniform(-150, 150):.4f}", country[:2]]


def write_files(out: Path, events: int, files: int = 1, zipped: bool = False, seed: int = 1,
                start: dt.date = dt.date(2022, 1, 1), days: int = 365,
                key_cycle: int = 0) -> list[Path]:
    """Write ``events`` events spread over ``files`` files; returns their paths.

    ``key_cycle`` (if > 0): the date, actors and code repeat every ``key_cycle`` events.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> rows = [r.split(chr(9)) for r in
    ...         write_files(d / "a", 30, key_cycle=10)[0].read_text().splitlines()]
    >>> key = lambda r: (r[1], r[5], r[15], r[26])  # date, both actors, event code
    >>> [key(r) for r in rows[:10]] == [key(r) for r in rows[10:20]]
    True
    >>> rows[0][0] == rows[10][0]  # the event ids (and URLs, scores) still differ
    False
    """
    rng = random.Random(seed)
    # with a cycle, the fields that make a dyad-period draw from their own generator,
    # restarted every key_cycle events; without one, one generator as before (same bytes)
    keys = random.Random(seed) if key_cycle else rng
    if key_cycle:
        rng = random.Random(seed + 7919)
    out.mkdir(parents=True, exist_ok=True)
    roots = [r for r, _, _ in ROOTS]
    weights = [w for _, w, _ in ROOTS]
    goldstein = {r: g for r, _, g in ROOTS}
    paths = []
    per_file = [events // files + (1 if i < events % files else 0) for i in range(files)]
    event_id = 1_000_000_000
    for i, n in enumerate(per_file):
        buf = io.StringIO()
        for _ in range(n):
            if key_cycle and (event_id - 1_000_000_000) % key_cycle == 0:
                keys.seed(seed)
            event_id += 1
            day = start + dt.timedelta(days=keys.randrange(days))
            a1, a2 = _actor(keys), _actor(keys)
            root = keys.choices(roots, weights)[0]
            code = keys.choice(SUBCODES.get(root, [root + "0", root + "1", root + "2"]))
            score = goldstein[root] + rng.choice((0.0, 0.0, -1.0, 1.0))
            mentions = 1 + int(rng.expovariate(1 / 6))
            row = [str(event_id), day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year),
                   f"{day.year + day.timetuple().tm_yday / 365:.4f}", *a1, *a2,
                   "1", code, code[:3], root, str(1 + int(root >= "10")), f"{score:.1f}",
                   str(mentions), str(max(1, mentions // 2)), str(mentions),
                   f"{rng.uniform(-10, 5):.6f}", *_geo(rng, a1[2]), *_geo(rng, a2[2]),
                   *_geo(rng, a1[2] or a2[2]), day.strftime("%Y%m%d") + "000000",
                   f"https://news{rng.randrange(500)}.example.com/{day:%Y/%m/%d}/"
                   f"story-{event_id // 3}.html"]
            assert len(row) == 61
            buf.write("\t".join(row))
            buf.write("\n")
        stamp = (start + dt.timedelta(days=i)).strftime("%Y%m%d") + "000000"
        name = f"{stamp}.export.CSV"
        if zipped:
            path = out / f"{name}.zip"
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(name, buf.getvalue())
        else:
            path = out / name
            path.write_text(buf.getvalue(), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--files", type=int, default=1)
    ap.add_argument("--zip", action="store_true")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--days", type=int, default=365,
                    help="the events' dates span this many days from 2022-01-01")
    ap.add_argument("--key-cycle", type=int, default=0, metavar="N",
                    help="dates, actors and codes repeat every N events (a fixed output)")
    args = ap.parse_args()
    paths = write_files(args.out, args.events, args.files, args.zip, args.seed,
                        days=args.days, key_cycle=args.key_cycle)
    total = sum(p.stat().st_size for p in paths)
    print(f"{args.events:,} events in {len(paths)} file(s), {total / 1e6:.1f} MB, in {args.out}")


if __name__ == "__main__":
    main()

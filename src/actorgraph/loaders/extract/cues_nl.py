"""Dutch cues of support in government and EU prose that the verb lexicon
(``data/predicates_nl.csv``, :mod:`.dutch`) does not cover, because the receiver follows
"voor"/"aan" after an amount, or the verb is a light verb with a fixed phrase:

- **allocating money or aid** ("toekennen", "vrijmaken", "uittrekken", "reserveren") in every
  clause order: "België kent 5 miljoen euro toe aan Libanon", "Het kabinet trekt 25 miljoen
  euro uit voor de wederopbouw van Oekraïne", "dat België 10 miljoen euro vrijmaakt voor
  Soedan", "Daarom maakt Nederland extra noodhulp vrij voor Jemen". An amount or a noun of
  aid must stand between verb and receiver: "kent Georgië de status van kandidaat toe" is no
  money, and "uittrekken voor" without one is not read;
- **standing on a state's side**, inverted: "Daarom staat Nederland pal achter Moldavië",
  "Sinds maart vechten Noord-Koreaanse troepen aan de zijde van Rusland";
- **summoning a state's envoy**: "Nederland heeft de Iraanse ambassadeur ontboden" (OPPOSES);
- **voicing support**, inverted: "Vorige week sprak het Europees Parlement zijn steun uit
  voor Moldavië".

>>> sorted({c.name for c in DUTCH_CUES})[:2]
['nl.support-allocate', 'nl.support-allocate-final']
"""

from __future__ import annotations

from actorgraph.loaders.extract.cue_base import ACTORS, OPP, SUP, Cue, _cue

#: Separable verbs of allocating: finite forms (V2 and inversion), the particle, and the
#: clause-final forms (particle joined: "vrijmaakt", "toegekend", "uit te trekken").
_ALLOCATE = (
    (("kent", "kennen", "kende", "kenden"), "toe",
     ("toekent", "toekennen", "toekende", "toekenden", "toegekend", "toe te kennen")),
    (("maakt", "maken", "maakte", "maakten"), "vrij",
     ("vrijmaakt", "vrijmaken", "vrijmaakte", "vrijmaakten", "vrijgemaakt", "vrij te maken")),
    (("trekt", "trekken", "trok", "trokken"), "uit",
     ("uittrekt", "uittrekken", "uittrok", "uittrokken", "uitgetrokken", "uit te trekken")),
    (("reserveert", "reserveren", "reserveerde", "reserveerden"), "",
     ("reserveert", "reserveren", "reserveerde", "reserveerden", "gereserveerd",
      "te reserveren")),
)  # fmt: skip
_WORD = r"[^\s\ue000-\uefff;:,]+ "
#: What is allocated: an amount or a noun of aid, within a few words ("5 miljoen euro",
#: "een nieuw steunpakket", "extra humanitaire hulp").
_AMOUNT = (
    rf"(?:{_WORD}){{0,5}}?(?:\d[\d.,]*|euro|miljoen|miljard|dollar|steun|hulp|noodhulp|"
    r"steunpakket|pakket|bijstand|middelen|financiering|fondsen|leningen|giften?) "
    rf"(?:{_WORD}){{0,3}}?"
)
#: The receiver after "voor"/"aan", also through what of it is helped ("voor de
#: wederopbouw van Oekraïne", "aan de bevolking van Soedan").
_RECEIVER = (
    r"(?:voor|aan) {the}(?:(?:[^\s\ue000-\uefff;:,]+ ){0,2}?(?:wederopbouw|herstel|"
    r"verdediging|luchtverdediging|weerbaarheid|economie|begroting|energievoorziening|"
    r"hervormingen) van (?:de |het )?)?{peopleof}{b}"
)


def _allocate_cues() -> list[Cue]:
    out: list[Cue] = []
    for finite, particle, final in _ALLOCATE:
        fin = "(?:" + "|".join(finite) + ")"
        end = "(?:" + "|".join(sorted(final, key=len, reverse=True)) + ")"
        gap = rf"(?:{_WORD}){{0,4}}?"
        # V2 and inversion, the particle before or after the receiver
        tails = [_AMOUNT + _RECEIVER + (rf" {gap}{particle}\b" if particle else "")]
        if particle:  # "kent 5 miljoen euro toe aan X"; "kende X een steunpakket toe"
            tails += [_AMOUNT + particle + " " + _RECEIVER,
                      r"{the}{b} " + _AMOUNT + particle + r"\b"]
        for tail in tails:
            out.append(_cue("nl.support-allocate", SUP, "ab",
                            r"{a} {n4}" + fin + " " + tail, 0.7, a_kinds=ACTORS,
                            subject=True, lang="nl", anchor=fin))
            out.append(_cue("nl.support-allocate", SUP, "ab",
                            r"\b" + fin + r" {the}{a} " + tail, 0.7, a_kinds=ACTORS, lang="nl",
                            anchor=fin))
        # verb-final, the receiver before or after the verb ("… vrijmaakt voor Soedan")
        out.append(_cue("nl.support-allocate-final", SUP, "ab",
                        r"{a} " + _AMOUNT + _RECEIVER + " " + gap + end + r"\b", 0.65,
                        a_kinds=ACTORS, subject=True, lang="nl", anchor=end))
        out.append(_cue("nl.support-allocate-final", SUP, "ab",
                        r"{a} " + _AMOUNT + end + " " + _RECEIVER, 0.65,
                        a_kinds=ACTORS, subject=True, lang="nl", anchor=end))
    return out


_SIDE_VERBS = (r"(?:staat|staan|stond|stonden|vecht|vechten|vocht|vochten|strijdt|strijden|"
               r"streed|streden)")

#: Summoning a state's envoy calls the state to account (OPPOSES): "Nederland heeft de
#: Iraanse ambassadeur ontboden", "Daarom ontbood België de zaakgelastigde van Rusland" (the
#: agentless passive, "De Russische ambassadeur werd ontboden", is not read).
#: (the envoy's state before or after: "de Iraanse ambassadeur", "de zaakgelastigde van X")
_ENVOYS = (r"{b} (?:ambassadeur|zaakgelastigde|gezant)",
           r"(?:ambassadeur|zaakgelastigde|gezant) van {the}{b}")
_SUMMON = r"(?:ontbiedt|ontbieden|ontbood|ontboden)"
_SUMMON_END = r"(?:ontboden|ontbiedt|ontbood|te ontbieden|ontbieden)"
_SUMMON_CUES = [cue for envoy in _ENVOYS for cue in (
    _cue("oppose.summon-envoy", OPP, "ab",
         r"{a} {n4}" + _SUMMON + r" {n4}{the}" + envoy, 0.7, a_kinds=ACTORS, subject=True,
         lang="nl", anchor="ontb"),
    _cue("oppose.summon-envoy", OPP, "ab",
         r"\b" + _SUMMON + r" {the}{a} {n4}{the}" + envoy, 0.7, a_kinds=ACTORS, lang="nl",
         anchor="ontb"),
    _cue("oppose.summon-envoy-final", OPP, "ab",
         r"{a} {n6}{the}" + envoy + r" {n6}" + _SUMMON_END + r"\b", 0.65, a_kinds=ACTORS,
         subject=True, lang="nl", anchor="ontb"),
)]  # fmt: skip

DUTCH_CUES: list[Cue] = [
    *_SUMMON_CUES,
    *_allocate_cues(),
    _cue("support.stand-behind-inversion", SUP, "ab",
         r"\b" + _SIDE_VERBS + r" {the}{a} {w4}(?:achter|aan de zijde van|zij aan zij met|"
         r"schouder aan schouder met) {the}{peopleof}{b}(?! (?:-|'))",
         0.7, a_kinds=ACTORS, lang="nl"),
    _cue("support.steun-uitspreken-inversion", SUP, "ab",
         r"\b(?:spreekt|spreken|sprak|spraken) {the}{a} {n4}(?:steun|solidariteit) {w2}"
         r"(?:uit )?(?:voor|aan|met) {the}{b}",
         0.7, a_kinds=ACTORS, lang="nl"),
]  # fmt: skip

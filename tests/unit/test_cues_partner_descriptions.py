"""Partnership written as a description (``partner.apposition-ally-of`` in cues_partners.py,
``partner.bond-they-share`` in cues_round18_en.py), from sentences written for these tests."""

import pytest

from actorgraph.loaders.extract import extract_text


def _partners(text: str) -> set:
    r = extract_text(text, lang="en", date="2023-05-01")
    return {frozenset((x.source, x.target)) for x in r.relations if x.type.value == "PARTNERS_WITH"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Morocco, a close ally of Spain, hosted the talks.", {"MAR", "ESP"}),
        ("Kenya, one of the key partners of Japan in Africa, signed the deal.", {"KEN", "JPN"}),
        ("The ministers praised the bond Chile and Peru share.", {"CHL", "PER"}),
        ("They hailed the partnership that Ghana and Togo have built.", {"GHA", "TGO"}),
    ],
)
def test_partner_described(text, pair):
    assert frozenset(pair) in _partners(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran, an enemy of Israel, fired missiles.", {"IRN", "ISR"}),
        ("They discussed the relationship Chile and Peru share.", {"CHL", "PER"}),  # bare tie
        ("Morocco, never an ally of Algeria, closed the border.", {"MAR", "DZA"}),
    ],
)
def test_no_partner_read(text, pair):
    assert frozenset(pair) not in _partners(text)


def test_a_genitive_with_its_own_article_is_no_part_of_the_list():
    # "… and the alliance's partners": the partners are the alliance's, not Japan's
    got = _partners("NATO stands with Japan, South Korea and the alliance's partners "
                    "New Zealand and Australia.")
    assert frozenset({"NATO", "NZL"}) in got
    assert not {frozenset({"JPN", "NZL"}), frozenset({"KOR", "AUS"})} & got, got

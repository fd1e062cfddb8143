"""Stance recall where a holder or an act is missed, each pinned with sentences of our own.

Holders named by a common noun ("the cabinet", "the regime", "the ministry") whose country the text named
earlier. Names and events are invented.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def stances_of(document: Document) -> list[tuple[str | None, str, str, str]]:
    """(holder name, polarity, cue, target) of every stance."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder), s.polarity, s.cue.text, s.target.text if s.target else "") for s in document.stances]


def stances(text: str) -> list[tuple[str | None, str, str, str]]:
    return stances_of(stancekit.annotate(text))


# -- a government or ministry named by a common noun, its country named before --------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "polarity", "target"),
    [
        (
            "Protests spread across Kenya on Tuesday. The cabinet backed the new security law.",
            "Kenya",
            "support",
            "the new security law",
        ),
        (
            "Protests spread across Kenya on Tuesday. The regime denounced the protesters.",
            "Kenya",
            "oppose",
            "the protesters",
        ),
        (
            "Myanmar's army seized power in February. The junta condemned the sanctions.",
            "Myanmar",
            "oppose",
            "the sanctions",
        ),
        (
            "Ethiopia said on Monday that talks had stalled. The ministry criticised the plan to close the border.",
            "Ethiopia",
            "oppose",
            "the plan to close the border",
        ),
        (
            "Fighting continued in northern Peru. The government blamed the miners for the violence.",
            "Peru",
            "oppose",
            "the miners",
        ),
    ],
)
def test_a_government_noun_is_the_country_named_before(text: str, holder: str, polarity: str, target: str) -> None:
    """ "Kenya ... The cabinet backed X": the cabinet is Kenya's, which holds the stance."""
    assert (holder, polarity, target) in [(found[0], found[1], found[3]) for found in stances(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet backed the new security law.",
        "The regime denounced the protesters.",
        "The government blamed the miners for the violence.",
    ],
)
def test_a_government_noun_with_no_country_before_is_no_country(text: str) -> None:
    """With no country named, "the cabinet" is no country's: no stance has a country for holder."""
    document = stancekit.annotate(text)
    types = {entity.id: entity.type for entity in document.entities}
    assert all(types.get(stance.holder) != "country" for stance in document.stances)


def test_a_named_ministry_stays_the_holder() -> None:
    """ "The Ministry of Defence ... The ministry criticised X": the ministry the text named."""
    text = "The Ministry of Defence said on Monday that troops had left. The ministry criticised the plan."
    assert ("Ministry of Defence", "oppose", "criticised", "the plan") in stances(text)


# -- a body's recommendation is support ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "The Justice Commission said on Monday that the jail was overcrowded. "
            "The commission recommended that the jail be closed.",
            "Justice Commission",
            "the jail be closed",
        ),
        ("The parliamentary committee recommended a ban on sales of the drug.", "parliamentary committee", None),
        ("The panel recommended stricter checks on imported meat.", "panel", "stricter checks on imported meat"),
        ("The government taskforce recommended closing the mine.", "government taskforce", "closing the mine"),
        ("The World Health Organization recommended that children be vaccinated.", "World Health Organization", None),
    ],
)
def test_a_bodys_recommendation_supports_it(text: str, holder: str, target: str | None) -> None:
    """ "The commission recommended that X be closed": the commission supports closing X."""
    found = [(name, polarity, cue) for name, polarity, cue, _ in stances(text)]
    assert found == [(holder, "support", "recommended")]
    if target is not None:
        assert stances(text)[0][3] == target


@pytest.mark.parametrize(
    "text",
    ["Ann Cole recommended the book to her students.", "He recommended a week of rest.", "Brazil recommended a truce."],
)
def test_a_persons_or_countrys_recommendation_stays_no_stance(text: str) -> None:
    """Only a body's plain recommendation is support; a person's or a country's stays advice."""
    assert stances(text) == []


def test_a_bodys_refused_recommendation_still_opposes() -> None:
    """ "did not recommend the merger": opposition, as before."""
    assert stances("The committee did not recommend the merger.") == [
        ("committee", "oppose", "recommend", "the merger")
    ]


# -- members named in apposition to a plural noun ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holders", "polarity"),
    [
        ("Two Liberal members, Ann Cole and Tom Reid, voted against the bill.", ["Ann Cole", "Tom Reid"], "oppose"),
        ("Two Green councillors, Jo Marsh and Ben Lake, backed the plan.", ["Jo Marsh", "Ben Lake"], "support"),
        (
            "Three Labour MPs, Sara Dunn, Mark Hale and Lucy Ford, opposed the cuts.",
            ["Sara Dunn", "Mark Hale", "Lucy Ford"],
            "oppose",
        ),
        (
            "Two Liberal members, Ann Cole and Ben Lake, criticised the bill on Tuesday.",
            ["Ann Cole", "Ben Lake"],
            "oppose",
        ),
    ],
)
def test_members_named_after_their_plural_noun_each_hold_it(text: str, holders: list[str], polarity: str) -> None:
    """ "Two Liberal members, Ann Cole and Tom Reid, voted against X": each named member, and no third holder."""
    assert [(found[0], found[1]) for found in stances(text)] == [(holder, polarity) for holder in holders]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("The farmers, angry and tired, rejected the offer.", ["farmers"]),
        ("Britain, France and Germany criticised the plan.", ["United Kingdom", "France", "Germany"]),
        ("Several members, including Ann Cole, opposed the bill.", ["Ann Cole"]),
    ],
)
def test_other_asides_and_lists_keep_their_holders(text: str, holders: list[str]) -> None:
    """An aside that names no one, a plain list, an "including" aside: read as before."""
    assert [found[0] for found in stances(text)] == holders


# -- a regional body's call on two governments ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "The African Union urged Ethiopia and Eritrea to resume talks.",
            "African Union",
            "Ethiopia and Eritrea to resume talks",
        ),
        (
            "The European Union called on Serbia and Kosovo to return to dialogue.",
            "European Union",
            "Serbia and Kosovo to return to dialogue",
        ),
        ("ECOWAS pressed Mali and Niger to hold elections.", "ECOWAS", "Mali and Niger to hold elections"),
    ],
)
def test_a_call_on_two_governments_is_the_callers_support(text: str, holder: str, target: str) -> None:
    """ "The AU urged Ethiopia and Eritrea to resume talks": one stance, the AU's; the two called on hold none."""
    assert stances(text) == [(holder, "support", stances(text)[0][2], target)]


# -- the time of the call is no part of what is called for ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Norway urged both sides to resume talks on Tuesday.", "both sides to resume talks"),
        (
            "The UN urged both sides to return to talks on Tuesday, a day after the clashes.",
            "both sides to return to talks",
        ),
        (
            "The UN urged both sides to return to talks on the ceasefire.",
            "both sides to return to talks on the ceasefire",
        ),
    ],
)
def test_a_day_after_the_call_is_the_calls_time(text: str, target: str) -> None:
    """ "urged both sides to resume talks on Tuesday": the urging's day, which gold targets leave out; a topic stays."""
    assert [found[3] for found in stances(text)] == [target]


# -- an object pronoun after a participle is the object named before, not the subject -------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Farmers targeted the ministry, accusing them of ignoring the drought.", "farmers", "the ministry"),
        ("Farmers marched on the ministry, accusing it of ignoring the drought.", "farmers", "the ministry"),
        ("Nurses picketed the health board, accusing it of broken promises.", "nurses", "the health board"),
        (
            "Dairy farmers picketed the Ministry of Agriculture, accusing it of ignoring the drought.",
            "Dairy farmers",
            "Ministry of Agriculture",
        ),
    ],
)
def test_a_participles_object_pronoun_is_the_object_named_before(text: str, holder: str, target: str) -> None:
    """ "Farmers targeted the ministry, accusing them of X": the farmers accuse the ministry, not themselves."""
    assert [(found[0], found[1], found[3]) for found in stances(text)] == [(holder, "oppose", target)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The farmers rejected the plan, calling it unfair.", "the plan"),
        ("Farmers met the minister, accusing him of ignoring the drought.", "him"),
    ],
)
def test_other_participles_and_persons_are_read_as_before(text: str, target: str) -> None:
    """A pronoun that is no participle's object, and a person's "him", keep their reading."""
    assert [found[3] for found in stances(text)] == [target]


# -- the subject a participle shares, past an irregular verb or "and other <noun>" ----------------------------------


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("Greenpeace began to push back, criticising the new rules.", ["Greenpeace"]),
        ("Google and other tech companies pushed back, criticizing the order.", ["Google"]),
        ("Unite and other unions walked out, accusing the mayor of lying.", ["Unite"]),
        ("Google and Microsoft began to push back, criticizing the order.", ["Google", "Microsoft"]),
    ],
)
def test_a_participle_shares_the_subject_of_its_clause(text: str, holders: list[str]) -> None:
    """ "Google and other tech companies pushed back, criticizing X": the named actor criticizes X."""
    assert [found[0] for found in stances(text)] == holders


def pronoun_entities(text: str, pronoun: str) -> list[str]:
    """The names of the entities coreference gave each "``pronoun``" of the text."""
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    return [names[mention.entity] for mention in document.mentions if mention.span.text == pronoun]


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        ("Farmers targeted the ministry, accusing them of ignoring the drought.", "them", []),
        (
            "Dairy farmers picketed the Ministry of Agriculture, accusing them of ignoring the drought.",
            "them",
            ["Ministry of Agriculture"],
        ),
        ("Unite met the farmers on Monday. Later the union walked out, accusing them of betrayal.", "them", []),
    ],
)
def test_a_participles_object_pronoun_is_not_the_sentence_subject(text: str, pronoun: str, expected: list[str]) -> None:
    """ ", accusing them of": "them" is an object named before it in its sentence, never the subject; else unknown."""
    assert pronoun_entities(text, pronoun) == expected


def test_a_participles_subject_pronoun_elsewhere_is_read_as_before() -> None:
    """ "Hospital bosses praised them": no participle, the subject of the sentence before is still in the running."""
    assert pronoun_entities("Nurses met Unite on Monday. Hospital bosses praised them for their patience.", "them") == [
        "nurses"
    ]

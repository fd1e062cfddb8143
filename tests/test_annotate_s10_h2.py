"""Stance cues, holders and targets the stage missed, each pinned with sentences of our own.

Every case has a trap where the reading must not fire.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.annotate.stance_rules import verb_forms
from stancekit.model import Document


def stances_of(document: Document) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


def read(text: str) -> list[tuple[str, str, str]]:
    return stances_of(stancekit.annotate(text))


# -- a word the pattern asks for after the target --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greenpeace took the ministry to court.", ("Greenpeace", "oppose", "the ministry")),
        ("Oxfam has taken the Treasury to court over the cuts.", ("Oxfam", "oppose", "the Treasury")),
        (
            "Amnesty held the interior ministry responsible for the deaths.",
            ("Amnesty International", "oppose", "the interior ministry"),
        ),
        ("Greenpeace holds Shell accountable for the spill.", ("Greenpeace", "oppose", "Shell")),
    ],
)
def test_a_required_word_after_the_target_closes_it(text: str, expected: tuple[str, str, str]) -> None:
    """ "took X to court", "held X responsible for": X is opposed, the closing words are the cue's."""
    assert expected in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Greenpeace took the reporters to the harbour.",
        "Oxfam took the ministry's figures seriously.",
        "Amnesty held the conference in Geneva.",
        "Greenpeace holds the record for the longest protest.",
    ],
)
def test_without_the_required_word_there_is_no_stance(text: str) -> None:
    """Trap: "took X to the harbour", "held the conference": the pattern's later words are missing."""
    assert read(text) == []


def test_suing_opposes_the_one_sued() -> None:
    assert ("Greenpeace", "oppose", "the ministry") in read("Greenpeace sued the ministry over the permits.")


# -- solidarity, whipping votes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oxfam voiced its solidarity with the refugees in Calais.",
            ("Oxfam", "support", "the refugees in Calais"),
        ),
        (
            "Greenpeace expressed solidarity with the fishermen of Brittany.",
            ("Greenpeace", "support", "the fishermen of Brittany"),
        ),
        ("Senator Alvarez whipped votes for the farm bill.", ("Alvarez", "support", "the farm bill")),
    ],
)
def test_solidarity_and_whipping_votes_are_support(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Oxfam offered its condolences to the families of the drowned migrants.",
        "Greenpeace sent condolences to the crew's relatives.",
    ],
)
def test_condolences_are_no_stance(text: str) -> None:
    """Trap: sympathy for the bereaved takes no side."""
    assert read(text) == []


# -- irregular verbs ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lemma", "past", "third"),
    [("override", "overrode", "overrides"), ("hold", "held", "holds"), ("stand", "stood", "stands")],
)
def test_irregular_forms_have_their_kinds(lemma: str, past: str, third: str) -> None:
    """The past is a past and the third person an "s" form, not a past ("holds" is not a participle)."""
    forms = verb_forms(lemma)
    assert (forms[past], forms[third]) == ("past", "s")


def test_an_irregular_past_of_a_cue_is_read() -> None:
    assert ("Senate", "oppose", "the governor's veto") in read("The Senate overrode the governor's veto on Monday.")


# -- spokesmen for a list of actors ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("Envoys of Norway and Iceland condemned the whaling ban.", ["Norway", "Iceland"]),
        ("Diplomats from Chile, Peru and Bolivia criticised the coup.", ["Chile", "Peru", "Bolivia"]),
        ("Spokesmen for Kenya and Uganda said they back the pipeline.", ["Kenya", "Uganda"]),
        ("Envoys of Norway and Iceland said they would oppose the quota.", ["Norway", "Iceland"]),
    ],
)
def test_spokesmen_of_a_list_speak_for_each(text: str, holders: list[str]) -> None:
    """ "Envoys of Norway and Iceland": each country holds the stance, also through "they" in what they said."""
    assert [holder for holder, _, _ in read(text)] == holders


def test_spokesmen_of_one_country_speak_for_it_alone() -> None:
    """Trap: one country named, one holder."""
    assert [holder for holder, _, _ in read("Envoys of Norway condemned the whaling ban.")] == ["Norway"]


# -- groups placed by a list of places; help in the field -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Voters in Kent, Surrey and Essex rejected the toll.", "oppose"),
        ("Growers in Fife, Angus and Perth welcomed the subsidy.", "support"),
    ],
)
def test_a_group_placed_by_a_list_of_places_is_one_holder(text: str, polarity: str) -> None:
    """ "Voters in Kent, Surrey and Essex": the voters hold the stance, not the places."""
    stances = read(text)
    assert len(stances) == 1
    assert stances[0][1] == polarity
    assert stances[0][0].lower().startswith(text.split()[0].lower())


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Volunteers, supported by soldiers, welcomed the aid convoy.", "volunteers"),
        ("Residents, backed by police, opposed the closure of the bridge.", "residents"),
    ],
)
def test_people_helped_by_armed_or_rescue_bodies_are_not_their_target(text: str, holder: str) -> None:
    """ "supported by soldiers": help in the field, no stance of the soldiers; the people's own act is read."""
    assert [stance_holder.lower() for stance_holder, _, _ in read(text)] == [holder]


def test_a_plan_backed_by_a_body_is_still_its_support() -> None:
    """Trap: a thing, not people, backed by an armed body stays a stance."""
    assert ("Kenya", "support", "The truce") in read("The truce, backed by Kenya, was rejected by the rebels.")


# -- a source in an aside is not the holder ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Ghana, the BBC reported, rejected the proposal.", "Ghana"),
        ("Farmers, Al Jazeera reported on Monday, condemned the levy.", "farmers"),
        ("Oxfam, the newspaper said, criticised the cuts.", "Oxfam"),
    ],
)
def test_a_reporting_aside_leaves_the_subject_the_holder(text: str, holder: str) -> None:
    """ "X, the BBC reported, rejected ...": the medium reports the act; X holds it."""
    assert [stance_holder for stance_holder, _, _ in read(text)] == [holder]


# -- the doer of a purpose clause after a short verb ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Democrats used the hearing to blame Republicans for the shutdown.",
            ("democrats", "oppose", "Republicans"),
        ),
        ("Labour used the debate to criticise the budget.", ("Labour", "oppose", "the budget")),
    ],
)
def test_used_to_blame_has_a_holder(text: str, expected: tuple[str, str, str]) -> None:
    """ "X used the hearing to blame Y": X's purpose clause, X blames Y."""
    assert expected in read(text)


# -- a document as the subject ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Arctic Council issued a statement on Monday. The statement welcomed the fishing moratorium.",
            ("Arctic Council", "support", "the fishing moratorium"),
        ),
        (
            "Human Rights Watch published its annual report in Geneva. The report criticised the border police.",
            ("Human Rights Watch", "oppose", "the border police"),
        ),
        (
            "In a statement, Oxfam said the talks had failed. The statement criticised the donors.",
            ("Oxfam", "oppose", "the donors"),
        ),
    ],
)
def test_the_document_speaks_for_the_body_that_issued_it(text: str, expected: tuple[str, str, str]) -> None:
    """ "X issued a statement. The statement welcomed ...": X welcomes, not the document."""
    assert read(text) == [expected]


def test_a_document_nobody_issued_keeps_no_issuer() -> None:
    """Trap: no document named in the sentence before, no issuer taken from it."""
    holders = [holder for holder, _, _ in read("Oxfam said the talks had failed. The statement criticised the donors.")]
    assert "Oxfam" not in holders


# -- no holder in a thing that opens the sentence ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Strong demand from Asia supported copper prices.",
        "Heavy buying from pension funds backed the rally in bonds.",
        "Weak Demand hurt the rescue plan.",
    ],
)
def test_a_thing_at_the_sentence_start_holds_nothing(text: str) -> None:
    """ "Strong demand from Asia supported prices": demand is no actor, and Asia did not support them."""
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Farmers from Kent backed the plan.", "farmers from Kent"),
        ("A delegation from Japan welcomed the deal.", "Japan"),
    ],
)
def test_people_from_a_place_still_hold(text: str, holder: str) -> None:
    """Trap: a group noun before "from" is the subject as before."""
    assert [stance_holder for stance_holder, _, _ in read(text)] == [holder]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Unions in Lyon, Lille and Nantes backed the strike.", "unions"),
        ("Lenders in Ohio and Texas opposed the rule.", "lenders"),
    ],
)
def test_bodies_in_the_plural_placed_by_places_are_the_holder(text: str, holder: str) -> None:
    """ "Unions in Lyon, Lille and Nantes": the unions, not Lille and Nantes."""
    assert [stance_holder.lower() for stance_holder, _, _ in read(text)] == [holder]

"""Entities of blocs and groups: gazetteer blocs, lower-case body names, sentence-initial adjectives,
organisation heads after a plural possessive, and a company's possessive by its first word."""

from __future__ import annotations

import pytest

import stancekit


def _entities(text: str) -> list[tuple[str, str]]:
    document = stancekit.annotate(text)
    return [(entity.name, entity.type) for entity in document.entities]


def _holders(text: str) -> list[tuple[str, str, str]]:
    document = stancekit.annotate(text)
    return [(document.entity(stance.holder).name, stance.polarity, stance.target.text) for stance in document.stances]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Small island states pushed for a bigger fund.", "small island states"),
        ("Poor countries criticized the deal on Friday.", "poor countries"),
        ("Wealthy nations rejected calls for a new levy.", "wealthy nations"),
        ("Local residents opposed the plan.", "local residents"),
        ("Oil-producing nations opposed the phase-out.", "oil-producing nations"),
    ],
)
def test_a_sentence_initial_adjective_is_no_name_but_part_of_the_group(text: str, group: str) -> None:
    """The capital of a sentence's first word makes no name of an adjective: the group keeps it in lower case."""
    holders = _holders(text)
    assert [holder for holder, _polarity, _target in holders] == [group]


def test_a_sentence_initial_group_speaks_instead_of_its_first_word() -> None:
    """ "Small island states pushed ..., arguing that ..." is said by the states, not by a person "Small"."""
    document = stancekit.annotate(
        "Small island states pushed for a minimum target, arguing that current pledges would not cover the cost."
    )
    assert ("Small", "person") not in [(entity.name, entity.type) for entity in document.entities]
    speakers = [document.entity(statement.speaker).name for statement in document.statements if statement.speaker]
    assert speakers == ["small island states"]


def test_a_quantifier_before_a_plural_actor_is_left_out_of_its_name() -> None:
    """ "Several unions opposed" is held by the unions, not by "Several unions"."""
    assert _holders("Several unions opposed the plan.") == [("unions", "oppose", "the plan")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The G77 and China bloc rejected the proposal.", "Group of 77"),
        ("The Group of 77 criticized the draft.", "Group of 77"),
        ("AOSIS rejected the draft text.", "Alliance of Small Island States"),
        ("The PIF condemned the tests.", "Pacific Islands Forum"),
        ("The LDC Group welcomed the decision.", "Least Developed Countries Group"),
        ("The Commonwealth condemned the coup.", "Commonwealth of Nations"),
    ],
)
def test_blocs_news_names_are_known(text: str, name: str) -> None:
    """Negotiating blocs and groupings are gazetteer organisations: "G77 and China" is the bloc, not China."""
    holders = _holders(text)
    assert [holder for holder, _polarity, _target in holders] == [name]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The least developed countries group welcomed the deal.", "least developed countries group"),
        ("The landlocked developing countries group welcomed the deal.", "landlocked developing countries group"),
    ],
)
def test_a_lower_case_body_keeps_its_modifiers_back_to_the_article(text: str, body: str) -> None:
    """A group, bloc or coalition named in lower case is not cut at a participle: "countries group" is wrong."""
    holders = _holders(text)
    assert len(holders) == 1
    assert holders[0][0].lower() == body


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Athletes' Collective criticized the deal.", "Athletes' Collective"),
        ("The Workers' Cooperative rejected the offer.", "Workers' Cooperative"),
        ("Kauri Dairy criticized the sponsorship.", "Kauri Dairy"),
    ],
)
def test_organisation_heads_make_an_organisation_after_a_plural_possessive(text: str, name: str) -> None:
    """ "Collective", "Cooperative", "Dairy" end an organisation's name, also after "Athletes'"; no group "workers"."""
    assert _entities(text) == [(name, "organization")]


def test_a_company_named_before_owns_its_board() -> None:
    """ "Tessaro Holdings ... Tessaro's board": "Tessaro" is a mention of the company, which owns the board."""
    document = stancekit.annotate("Tessaro Holdings cut 300 jobs. Tessaro's board rejected the terms.")
    company = next(entity for entity in document.entities if entity.name == "Tessaro Holdings")
    mentions = [mention.span.text for mention in document.mentions if mention.entity == company.id]
    assert mentions == ["Tessaro Holdings", "Tessaro"]
    board = next(entity for entity in document.entities if entity.name == "Tessaro's board")
    assert board.affiliation == company.id

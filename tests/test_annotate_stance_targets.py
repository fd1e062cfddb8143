"""Stance targets and holders on news wording: media phrases, vote tallies, idioms, an unknown subject's "it"."""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def stances_of(document: Document) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


@pytest.mark.parametrize(
    "text",
    [
        "Germany criticized the tariff plan in a letter to the commission's president.",
        "Germany criticized the tariff plan in an open letter on Monday.",
        "Germany criticized the tariff plan in an op-ed for a Berlin newspaper.",
        "Germany criticized the tariff plan in a speech to parliament.",
        "Germany criticized the tariff plan in a televised address.",
        "Germany criticized the tariff plan in its annual report.",
    ],
)
def test_a_medium_after_the_target_ends_it(text: str) -> None:
    """'in a letter to ...', 'in an op-ed', 'in its annual report': where the act was made, not what it is about."""
    assert stances_of(stancekit.annotate(text)) == [("Germany", "oppose", "the tariff plan")]


def test_a_medium_needs_an_article_and_a_medium_noun() -> None:
    """'the rise in a number of cases' keeps its 'in' phrase: 'number' names no medium."""
    document = stancekit.annotate("Germany praised the rise in a number of exports.")
    assert stances_of(document) == [("Germany", "support", "the rise in a number of exports")]


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("The Senate voted 52-48 against the tariff bill.", "oppose"),
        ("The Senate voted 5 to 2 against the tariff bill.", "oppose"),
        ("The Senate voted 60-40 for the tariff bill.", "support"),
        ("The Senate voted 60-40 in favor of the tariff bill.", "support"),
        ("France voted in favour of the tariff bill.", "support"),
    ],
)
def test_a_vote_tally_is_no_part_of_the_cue(text: str, polarity: str) -> None:
    """'voted 4-3 against X' is opposition to X, 'voted 60-40 for X' support: the tally stands between cue words."""
    [(holder, found, target)] = stances_of(stancekit.annotate(text))
    assert (found, target) == (polarity, "the tariff bill")
    assert holder in ("Senate", "France")


@pytest.mark.parametrize(
    "text",
    [
        "The council rejected the parking plan 4-3 on Tuesday.",
        "Cole proposed a parking plan, an idea the council rejected 4-3.",
    ],
)
def test_a_vote_tally_is_never_the_target(text: str) -> None:
    """'rejected the plan 4-3' targets the plan; 'an idea the council rejected 4-3' makes no '4-3' target."""
    targets = [target for _, _, target in stances_of(stancekit.annotate(text))]
    assert all("4-3" not in target for target in targets)
    if text.startswith("The council"):
        assert targets == ["the parking plan"]


@pytest.mark.parametrize(
    ("text", "polarity", "target"),
    [
        ("Norway poured cold water on the merger, saying it was premature.", "oppose", "the merger"),
        ("Norway brushed off the criticism.", "oppose", "the criticism"),
        ("Norway brushed aside concerns about the merger.", "oppose", "concerns about the merger"),
        ("Norway hit back at Sweden over the fishing quotas.", "oppose", "Sweden"),
        ("Norway took aim at Sweden over the fishing quotas.", "oppose", "Sweden"),
    ],
)
def test_news_idioms_of_opposition(text: str, polarity: str, target: str) -> None:
    """'poured cold water on', 'brushed off/aside', 'hit back at X over Y', 'took aim at X over Y'."""
    assert stances_of(stancekit.annotate(text)) == [("Norway", polarity, target)]


def test_a_petition_calling_for_is_its_starters_stance() -> None:
    """'started a petition calling for X': whoever started the petition calls for X, as with a statement."""
    document = stancekit.annotate("Norway has started a petition calling for the library hours to be restored.")
    assert stances_of(document) == [("Norway", "support", "the library hours to be restored")]


def test_it_after_an_unknown_subject_is_not_an_earlier_organisation() -> None:
    """'Harbourbet said it supports X': 'it' is not the organisation the sentence before named."""
    document = stancekit.annotate(
        "The coach spoke to Radio New Zealand on Monday. Harbourbet said it fully supports responsible gambling."
    )
    assert ("Radio New Zealand", "support", "responsible gambling") not in stances_of(document)


def test_it_after_a_known_subject_is_still_resolved() -> None:
    """'China said it supports X' still makes China the holder through coreference."""
    document = stancekit.annotate("The coach spoke to Radio New Zealand. China said it fully supports the talks.")
    assert stances_of(document) == [("China", "support", "the talks")]


def test_a_possessive_before_an_appositive_name_is_no_verb() -> None:
    """ "The federation's president, Graham Whitcombe, hailed X": the named person holds, "'s" is no verb."""
    document = stancekit.annotate("The federation's president, Graham Whitcombe, hailed the sponsorship agreement.")
    assert stances_of(document) == [("Graham Whitcombe", "support", "the sponsorship agreement")]


def test_a_comma_after_the_object_closes_no_aside_after_an_appositive_name() -> None:
    """ "The union's chair, Ana Ruiz, praised the deal with Acme, worth $4 million, as ...": Ana Ruiz praised it."""
    document = stancekit.annotate(
        "The union's chair, Ana Ruiz, praised the deal with Acme, worth $4 million, as a fair settlement."
    )
    assert ("Ana Ruiz", "support", "the deal with Acme") in stances_of(document)

"""A name no earlier stage read holds a stance, or is its target, when it is clearly a name.

"Trump lauded Obama." gave nothing: a lone surname is no entity unless coreference or a
statement cue ("said") makes it one. The stance stage now makes one of the subject or the
"by"-agent of a stance cue, and of a target that is a name and nothing more, when the entity
stage's helpers (``name_kind``) say it is clearly a name: not a word of the packs (not_names,
titles, gazetteer, demonyms), no pronoun or determiner, no day or month, no headline in title
case, and at a sentence start only a word of a surname's form.

The cues here ("lauded", "took aim at", "critical of", "applauded") are no statement cues, so
the statements stage makes no source of the subject: these sentences test the stance stage.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.annotate.draft import Draft
from stancekit.annotate.entities import name_kind
from stancekit.annotate.rules import compile_rules
from stancekit.model import Document


def stances_of(document: Document) -> list[tuple[str, str, str, str | None]]:
    """(holder name, polarity, target text, target entity name) of every stance."""
    names = {entity.id: entity.name for entity in document.entities}
    return [
        (names.get(s.holder, s.holder), s.polarity, s.target.text, names.get(s.target.entity or ""))
        for s in document.stances
    ]


def people(document: Document) -> set[str]:
    return {entity.name for entity in document.entities if entity.type == "person"}


# -- the subject, the agent, the target ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump lauded Obama.", ("Trump", "support", "Obama", "Obama")),
        ("Rubio took aim at Trump.", ("Rubio", "oppose", "Trump", "Trump")),
        ("Prager has been critical of Trump.", ("Prager", "oppose", "Trump", "Trump")),
        ("Obama was lauded by Rubio.", ("Rubio", "support", "Obama", "Obama")),
        ("The tax plan was lauded by Rubio on Tuesday.", ("Rubio", "support", "The tax plan", None)),
        ("Voters said Kagan has long been critical of Trump.", ("Kagan", "oppose", "Trump", "Trump")),
        ("But Rubio took aim at the tax plan.", ("Rubio", "oppose", "the tax plan", None)),
        ("Voters said Rubio took aim at Ocasio-Cortez.", ("Rubio", "oppose", "Ocasio-Cortez", "Ocasio-Cortez")),
        ("Voters said Rubio took aim at O'Rourke.", ("Rubio", "oppose", "O'Rourke", "O'Rourke")),
        ("The plan, which Rubio lauded, failed.", ("Rubio", "support", "The plan", None)),
    ],
)
def test_an_unknown_name_holds_the_stance(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


def test_the_new_entity_has_a_mention_where_it_is_named() -> None:
    text = "Trump lauded Obama."
    document = stancekit.annotate(text)
    spans = {(mention.span.text, document.entity(mention.entity).type) for mention in document.mentions}
    assert spans == {("Trump", "person"), ("Obama", "person")}


def test_the_same_name_is_one_entity() -> None:
    document = stancekit.annotate("Rubio lauded the plan. Later, Rubio took aim at the budget.")
    assert [holder for holder, *_ in stances_of(document)] == ["Rubio", "Rubio"]
    assert len({stance.holder for stance in document.stances}) == 1


def test_coordinated_names_each_hold() -> None:
    assert stances_of(stancekit.annotate("Rubio and Cruz took aim at Trump.")) == [
        ("Rubio", "oppose", "Trump", "Trump"),
        ("Cruz", "oppose", "Trump", "Trump"),
    ]
    assert stances_of(stancekit.annotate("The plan was lauded by Rubio and Cruz.")) == [
        ("Rubio", "support", "The plan", None),
        ("Cruz", "support", "The plan", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kasich, for his part, applauded Romney for his address.",
        "Kasich, meanwhile, applauded Romney for his address.",
        "Kasich, however, applauded Romney for his address.",
        "Kasich, a former governor who ran twice for president, applauded Romney for his address.",
    ],
)
def test_an_aside_between_the_name_and_its_verb(text: str) -> None:
    assert ("Kasich", "support", "Romney", "Romney") in stances_of(stancekit.annotate(text))


def test_a_known_name_keeps_its_entity() -> None:
    document = stancekit.annotate("Donald Trump spoke in Ohio. Trump lauded Obama.")
    (stance,) = document.stances
    assert document.entity(stance.holder).name == "Donald Trump"
    assert "Trump" not in people(document)


# -- what is no name ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Critics lauded the plan.", "critics"),
        ("Lawmakers lauded the plan.", "lawmakers"),
        ("Voters took aim at the plan.", "voters"),
    ],
)
def test_a_common_plural_at_the_sentence_start_is_a_group(text: str, holder: str) -> None:
    document = stancekit.annotate(text)
    assert [found[0] for found in stances_of(document)] == [holder]
    assert not people(document)


@pytest.mark.parametrize(
    "text",
    [
        "Monday took aim at the plan.",
        "Everyone lauded the plan.",
        "Nobody lauded the plan.",
        "Management lauded the deal.",
        "Fans lauded the coach.",
        "Readers took aim at the column.",
        "Trump Lauds Obama Over Health Plan",
        "TRUMP LAUDED OBAMA.",
        "Supreme Court strikes down Alberta protest buffer law in 5-4 ruling",
    ],
)
def test_no_person_from_a_common_word_a_day_or_a_headline(text: str) -> None:
    document = stancekit.annotate(text)
    assert not people(document)
    assert not document.stances


@pytest.mark.parametrize("text", ["The Ministry took aim at the plan.", "The Ministry criticized the plan."])
def test_an_organisation_word_makes_no_person(text: str) -> None:
    document = stancekit.annotate(text)
    assert not people(document)
    assert all(holder == "The Ministry" for holder, *_ in stances_of(document))


def test_a_plural_name_word_is_no_person() -> None:
    document = stancekit.annotate("Rubio took aim at Islamists.")
    assert stances_of(document) == [("Rubio", "oppose", "Islamists", None)]
    assert people(document) == {"Rubio"}


def test_a_name_before_a_noun_is_its_modifier() -> None:
    document = stancekit.annotate("The plan was lauded by Rubio aides.")
    assert "Rubio" not in people(document)


# -- the shared helper -------------------------------------------------------------------------------


def _kind(text: str, phrase: str) -> str | None:
    draft = Draft(text=text, meta={}, annotator="test", rules=compile_rules())
    start = text.index(phrase)
    return name_kind(draft, start, start + len(phrase))


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        ("It was lauded by Rubio.", "Rubio", "person"),
        ("It was lauded by O'Rourke.", "O'Rourke", "person"),
        ("It was lauded by McCain.", "McCain", "person"),
        ("Trump lauded it.", "Trump", "person"),
        ("It was lauded by Heritage Foundation.", "Heritage Foundation", "organization"),
        ("It was lauded by Ministry.", "Ministry", None),
        ("It was lauded by Monday.", "Monday", None),
        ("It was lauded by NATO.", "NATO", None),
        ("It was lauded by Senator.", "Senator", None),
        ("Lawmakers lauded it.", "Lawmakers", None),
        ("Everyone lauded it.", "Everyone", None),
        ("Management lauded it.", "Management", None),
        ("Research lauded it. More research came.", "Research", None),
        ("Sanders lauded it.", "Sanders", None),
        ("It was lauded by Ocasio-Cortez.", "Ocasio-Cortez", "person"),
        ("It was lauded by Guinea-Bissau.", "Guinea-Bissau", None),
        ("Trump Lauds Plan", "Trump", None),
    ],
)
def test_name_kind(text: str, phrase: str, kind: str | None) -> None:
    assert _kind(text, phrase) == kind

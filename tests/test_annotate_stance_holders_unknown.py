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
from hypothesis import given
from hypothesis import strategies as st

import stancekit
from stancekit.annotate.draft import Draft
from stancekit.annotate.entities import ensure_person, name_kind, person_evidence
from stancekit.annotate.pipeline import STAGES, load_stages, run_stages
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
        ("Trump lauded Obama.", ("Trump", "support", "Obama", None)),
        ("Rubio took aim at Trump.", ("Rubio", "oppose", "Trump", None)),
        ("Prager has been critical of Trump.", ("Prager", "oppose", "Trump", None)),
        ("Obama was lauded by Rubio.", ("Rubio", "support", "Obama", None)),
        ("The tax plan was lauded by Rubio on Tuesday.", ("Rubio", "support", "The tax plan", None)),
        ("Voters said Kagan has long been critical of Trump.", ("Kagan", "oppose", "Trump", None)),
        ("But Rubio took aim at the tax plan.", ("Rubio", "oppose", "the tax plan", None)),
        ("Voters said Rubio took aim at Ocasio-Cortez.", ("Rubio", "oppose", "Ocasio-Cortez", None)),
        ("Voters said Rubio took aim at O'Rourke.", ("Rubio", "oppose", "O'Rourke", None)),
        ("The plan, which Rubio lauded, failed.", ("Rubio", "support", "The plan", None)),
    ],
)
def test_an_unknown_name_holds_the_stance(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


def test_the_new_entity_has_a_mention_where_it_is_named() -> None:
    text = "Trump lauded Obama. Barack Obama said nothing."
    document = stancekit.annotate(text)
    spans = {(mention.span.text, document.entity(mention.entity).type) for mention in document.mentions}
    assert ("Trump", "person") in spans
    assert ("Obama", "person") in spans


def test_the_same_name_is_one_entity() -> None:
    document = stancekit.annotate("Rubio lauded the plan. Later, Rubio took aim at the budget.")
    assert [holder for holder, *_ in stances_of(document)] == ["Rubio", "Rubio"]
    assert len({stance.holder for stance in document.stances}) == 1


def test_coordinated_names_each_hold() -> None:
    assert stances_of(stancekit.annotate("Rubio and Cruz took aim at Trump.")) == [
        ("Rubio", "oppose", "Trump", None),
        ("Cruz", "oppose", "Trump", None),
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
    assert ("Kasich", "support", "Romney", None) in stances_of(stancekit.annotate(text))


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


# -- a new name is made only for a stance that uses it ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rubio went after the vote.",
        "Kasich went after Cruz.",
        "If Rubio takes aim at the plan, it fails.",
        "Did Rubio take aim at the plan?",
    ],
)
def test_a_cue_that_is_dropped_leaves_no_name(text: str) -> None:
    document = stancekit.annotate(text)
    assert not document.stances
    assert not document.statements
    assert not document.entities
    assert not document.mentions


def test_a_name_is_made_where_its_stance_uses_it() -> None:
    document = stancekit.annotate("Rubio went after the vote. Later, Rubio took aim at the budget.")
    assert stances_of(document) == [("Rubio", "oppose", "the budget", None)]
    (entity,) = document.entities
    assert [mention.span.start for mention in document.mentions] == [document.text.rindex("Rubio")]
    assert {mention.entity for mention in document.mentions} == {entity.id}


# -- a target is a person's name only with evidence of one -----------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Critics slammed Brexit.", "critics", "Brexit"),
        ("Critics slammed Medicare.", "critics", "Medicare"),
        ("Thames Water criticized Ofwat.", "Thames Water", "Ofwat"),
        ("Rubio took aim at Obamacare.", "Rubio", "Obamacare"),
    ],
)
def test_a_capitalised_target_alone_is_no_person(text: str, holder: str, target: str) -> None:
    document = stancekit.annotate(text)
    assert stances_of(document) == [(holder, "oppose", target, None)]
    assert target not in people(document)
    assert all(mention.span.text != target for mention in document.mentions)


@pytest.mark.parametrize(
    ("text", "target", "entity"),
    [
        # a title before the name, left out of the person's mention by the entity stage
        ("Critics slammed Sen. Warren.", "Sen. Warren", "Warren"),
        ("Critics slammed Prime Minister Kishida.", "Prime Minister Kishida", "Kishida"),
        # the text names a person with the word elsewhere
        ("Rubio took aim at Warren. Elizabeth Warren replied.", "Warren", "Elizabeth Warren"),
    ],
)
def test_a_target_with_evidence_of_a_person_is_one(text: str, target: str, entity: str) -> None:
    (found,) = [stance for stance in stances_of(stancekit.annotate(text)) if stance[2] == target]
    assert found[3] == entity


def _draft(text: str, *, coreference: bool = True) -> Draft:
    """The pipeline's draft, with the rule of each annotation; without coreference, names it would link are
    left for the stance stage."""
    stages = load_stages([name for name in STAGES if coreference or not name.endswith(".coref")])
    return run_stages(Draft(text=text, meta={}, annotator="test", rules=compile_rules()), stages)


@pytest.mark.parametrize("cue", ["criticized", "went after"])
def test_a_word_of_a_known_persons_name_is_evidence(cue: str) -> None:
    draft = _draft(f"Bernie Sanders spoke. Ted Cruz {cue} Bernie.", coreference=False)
    assert stances_of(draft.to_document("test")) == [("Ted Cruz", "oppose", "Bernie", "Bernie Sanders")]
    (mention,) = [mention for mention in draft.mentions if mention.span.text == "Bernie"]
    assert draft.explanations[mention.id][0] == "stance.name"


def test_person_evidence() -> None:
    def evidence(text: str, phrase: str) -> bool:
        draft = Draft(text=text, meta={}, annotator="test", rules=compile_rules())
        ensure_person(draft, "Bernie Sanders", rule="test")
        start = text.rindex(phrase)
        return person_evidence(draft, start, start + len(phrase))

    assert evidence("They slammed Sanders.", "Sanders")
    assert evidence("They slammed Senator Kovacs.", "Kovacs")
    assert evidence("They slammed Sen. Kovacs.", "Kovacs")
    assert not evidence("They slammed Kovacs.", "Kovacs")
    assert not evidence("They slammed Brexit.", "Brexit")
    assert not evidence("They slammed the Senate Kovacs.", "Kovacs")


# -- "go after" sees the names a stance would link -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ted Cruz went after Senator Warren.", ("Ted Cruz", "oppose", "Senator Warren", "Warren")),
        ("Ted Cruz went after Sen. Warren on trade.", ("Ted Cruz", "oppose", "Sen. Warren on trade", None)),
        ("Ted Cruz went after Clinton. Hillary Clinton replied.", ("Ted Cruz", "oppose", "Clinton", "Hillary Clinton")),
    ],
)
def test_go_after_a_name(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


def test_go_after_a_word_that_names_no_actor() -> None:
    for text in ("Ted Cruz went after Brexit.", "Ted Cruz went after the vote."):
        assert not stancekit.annotate(text).stances


# -- properties -------------------------------------------------------------------------------------

_HOLDERS = ["Rubio", "Ted Cruz", "Critics", "Thames Water", "Kasich, meanwhile,", "The Ministry", "Monday"]
_CUES = ["lauded", "took aim at", "went after", "criticized", "has been critical of", "slammed"]
_TARGETS = ["Obama", "Brexit", "Ofwat", "the vote", "Senator Warren", "Sen. Kovacs", "Clinton on trade", "Medicare"]
_AFTER = ["", " Hillary Clinton replied.", " Barack Obama said nothing.", " Later, Rubio lauded the plan."]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    sentences = [
        f"{draw(st.sampled_from(_HOLDERS))} {draw(st.sampled_from(_CUES))} {draw(st.sampled_from(_TARGETS))}."
        for _ in range(draw(st.integers(1, 3)))
    ]
    return " ".join(sentences) + draw(st.sampled_from(_AFTER))


@given(_texts())
def test_every_entity_has_a_mention(text: str) -> None:
    document = stancekit.annotate(text)
    mentioned = {mention.entity for mention in document.mentions}
    assert all(entity.id in mentioned for entity in document.entities)


@given(_texts())
def test_a_name_made_by_the_stance_stage_is_used_by_a_stance(text: str) -> None:
    draft = _draft(text)
    assert stances_of(draft.to_document("test")) == stances_of(stancekit.annotate(text))
    used = {stance.holder for stance in draft.stances} | {stance.target.entity for stance in draft.stances}
    for entity_id in draft.entities:
        if draft.explanations[entity_id][0] == "stance.name":
            assert entity_id in used
    for mention in draft.mentions:
        if draft.explanations[mention.id][0] == "stance.name":
            assert mention.entity in used


@given(st.sampled_from(_TARGETS), st.sampled_from(_AFTER))
def test_go_after_links_what_criticized_links(target: str, after: str) -> None:
    """A target "went after" accepts as an actor is linked as "criticized" links it."""
    went = stances_of(stancekit.annotate(f"Ted Cruz went after {target}.{after}"))
    criticized = stances_of(stancekit.annotate(f"Ted Cruz criticized {target}.{after}"))
    for stance in went:
        assert stance in criticized
    linked = [stance for stance in criticized if stance[2] == target and stance[3] is not None]
    for stance in linked:
        assert stance in went

"""General failure modes found by the third held-out batch, each pinned with sentences of its own."""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def stances_of(document: Document) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


@pytest.mark.parametrize(
    ("text", "holder", "other"),
    [
        ("Canberra, Wellington's oldest partner, welcomed the new fisheries pact.", "Australia", "New Zealand"),
        ("Paris, Berlin's closest ally in the bloc, opposed the tariff plan.", "France", "Germany"),
    ],
)
def test_a_possessive_apposition_does_not_take_the_subject(text: str, holder: str, other: str) -> None:
    """ "X, Y's closest ally, backed Z": the stance is X's; Y only owns the apposition."""
    holders = [name for name, _, _ in stances_of(stancekit.annotate(text))]
    assert holders == [holder], holders
    assert other not in holders


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Senator Maria Ruiz has so far declined to endorse the reform.", "Maria Ruiz", "the reform"),
        ("Prime Minister Lena Berg has thus far refused to back the levy.", "Lena Berg", "the levy"),
    ],
)
def test_so_far_inside_the_verb_group_keeps_the_subject(text: str, holder: str, target: str) -> None:
    """ "has so far refused to back": "so far" is an adverb of the verb group, not the subject's end."""
    stances = stances_of(stancekit.annotate(text))
    assert stances == [(holder, "oppose", target)], stances


def statements_of(document: Document) -> list[tuple[str | None, str]]:
    """(speaker name, content text) of every statement."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.speaker or ""), s.content.text) for s in document.statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Turnout will fall sharply, according to a report by Human Rights Watch.", "Human Rights Watch"),
        ("Turnout will fall sharply, according to a study published on Monday by the World Bank.", "World Bank"),
    ],
)
def test_evidence_by_a_named_author_is_the_authors_statement(text: str, speaker: str) -> None:
    """ "according to a report by X": X is the author who speaks through the report."""
    assert statements_of(stancekit.annotate(text)) == [(speaker, "Turnout will fall sharply")]


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party has lost six points since June, according to the survey.",
        "The ruling party has lost six points since June, according to a poll published in Oslo.",
    ],
)
def test_evidence_without_an_author_still_has_a_speaker(text: str) -> None:
    """ "according to the survey": the survey is the source, a speaker of its own, not nobody (nor Oslo)."""
    [(speaker, content)] = statements_of(stancekit.annotate(text))
    assert content == "The ruling party has lost six points since June"
    assert speaker is not None and speaker.split()[-1] in ("survey", "poll"), speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The envoy, Maria Tall, urged both sides to talk and announced that a team would be deployed next month.",
            "a team would be deployed next month",
        ),
        (
            "Senator Paul Okoye praised the budget but conceded that the deficit would grow next year.",
            "the deficit would grow next year",
        ),
    ],
)
def test_a_coordinated_act_verb_with_a_that_clause_is_a_statement(text: str, content: str) -> None:
    """ "X urged ... and announced that ...": the second verb reports a clause, so it is X's statement too."""
    found = statements_of(stancekit.annotate(text))
    assert any(said == content and speaker is not None for speaker, said in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A coalition of farmers' unions said the new quotas were unworkable.",
        "The new quotas were unworkable, according to the coalition.",
    ],
)
def test_a_coalition_speaks_as_a_group(text: str) -> None:
    """ "A coalition of X said": the coalition speaks, not its members; "according to the coalition" too."""
    [(speaker, content)] = statements_of(stancekit.annotate(text))
    assert content == "the new quotas were unworkable" or content == "The new quotas were unworkable"
    assert speaker is not None and speaker.split()[0] == "coalition", speaker


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Regional mediators on Friday called on the president to form a government.",
            "the president to form a government",
        ),
        ("International envoys urged the rebels to free the hostages.", "the rebels to free the hostages"),
    ],
)
def test_mediators_and_envoys_hold_stances(text: str, target: str) -> None:
    """Mediators and envoys are actors a gazetteer does not list: their calls are their stances."""
    stances = stances_of(stancekit.annotate(text))
    assert [(polarity, found) for _, polarity, found in stances] == [("support", target)], stances
    assert stances[0][0].split()[-1] in ("mediators", "envoys"), stances


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Farmers protested against the fuel levy.", "the fuel levy"),
        ("Hundreds of teachers protested against the pension reform on Saturday.", "the pension reform"),
    ],
)
def test_protest_against_is_an_oppose_cue(text: str, target: str) -> None:
    """ "protested against X" opposes X, as "protested X" does."""
    stances = stances_of(stancekit.annotate(text))
    assert [(polarity, found) for _, polarity, found in stances] == [("oppose", target)], stances


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("China summoned the Dutch ambassador on Monday to protest against the arrests.", "China", "the arrests"),
        ("Ankara recalled its envoy from Vienna to protest the decision.", "Turkey", "the decision"),
    ],
)
def test_a_purpose_clause_is_done_by_the_main_subject(text: str, holder: str, target: str) -> None:
    """ "X summoned the envoy to protest Y": X, not the envoy, protests; the clause says why X acted."""
    assert stances_of(stancekit.annotate(text)) == [(holder, "oppose", target)]


def test_an_object_told_to_act_is_not_the_main_subject() -> None:
    """ "Turkey urged Vienna to reject the plan": Vienna is asked to reject it; Turkey does not reject it."""
    stances = stances_of(stancekit.annotate("Turkey urged Vienna to reject the plan."))
    assert ("Turkey", "oppose", "the plan") not in stances, stances


def test_a_verb_phrase_is_no_source() -> None:
    """ "X was said by diplomats to be pressing for Y": "was said by diplomats to" is no speaker of "pressing"."""
    document = stancekit.annotate("Chile was said by diplomats to be pressing for a longer timetable.")
    sources = [statement.source.text for statement in document.statements if statement.source is not None]
    assert not any(" said by " in source for source in sources), sources

"""Stance cues of the thirteenth session: crediting, slamming the door, blame laid for something, light verbs,
possessive holders, holders named before an apposition, a body's organ, and common real-news wordings."""

from __future__ import annotations

import pytest

import stancekit


def read(text: str) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Senator Anna Berg credited the governor with the recovery.", ("Anna Berg", "support", "the governor")),
        (
            "Farmers credited the new subsidy scheme for saving their harvest.",
            ("farmers", "support", "the new subsidy scheme"),
        ),
        ("The union has long credited Lars Holm with ending the strike.", ("union", "support", "Lars Holm")),
    ],
)
def test_crediting_someone_with_or_for_something_supports_them(text: str, stance: tuple[str, str, str]) -> None:
    """ "credited X with Y", "credited X for Y": praise of X."""
    assert stance in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "The quote was credited to Reuters.",
        "Anna Berg credited the rise in sales to the weather.",
        "Lars Holm took credit for the deal.",
    ],
)
def test_credit_without_with_or_for_is_no_stance(text: str) -> None:
    """Credit given to a source ("credited to Reuters"), or claimed for oneself, takes no side."""
    assert [stance for stance in read(text) if "credit" in stance[2].lower() or stance[1] == "support"] == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Germany slammed the door on Turkish membership.", ("Germany", "oppose", "Turkish membership")),
        ("The union firmly slammed the door on a new pay deal.", ("union", "oppose", "a new pay deal")),
        ("Anna Berg has shut the door on talks with the rebels.", ("Anna Berg", "oppose", "talks with the rebels")),
    ],
)
def test_slamming_the_door_on_something_opposes_it(text: str, stance: tuple[str, str, str]) -> None:
    """ "slammed the door on X" rejects X; the door is no target of "slammed"."""
    found = read(text)
    assert stance in found
    assert not any("door" in target for _, _, target in found)


def test_a_slammed_door_alone_is_no_stance() -> None:
    """ "slammed the door and left": a door, not a side taken."""
    assert read("Lars Holm slammed the door and left the meeting.") == []


def test_slamming_someone_is_still_criticism() -> None:
    """The plain verb still reads its object when no door follows."""
    assert ("Germany", "oppose", "Turkey") in read("Germany slammed Turkey over the talks.")


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Anna Berg pinned the blame for the crisis on the central bank.",
            ("Anna Berg", "oppose", "the central bank"),
        ),
        (
            "The union laid the blame for the riots squarely on the police.",
            ("union", "oppose", "the police"),
        ),
        ("Lars Holm shifted the blame for the delays to Brussels.", ("Lars Holm", "oppose", "Brussels")),
    ],
)
def test_blame_for_something_laid_on_someone_opposes_them(text: str, stance: tuple[str, str, str]) -> None:
    """ "pinned the blame for X on Y": Y is blamed, X is only what for."""
    found = read(text)
    assert stance in found
    assert not any(target.startswith(("the crisis", "the riots", "the delays")) for _, _, target in found)


def test_blame_for_something_needs_someone_it_is_laid_on() -> None:
    """ "put the blame for the fire behind them" lays it on no one."""
    assert read("The families put the blame for the fire behind them.") == []


def test_an_accused_act_in_quotation_marks_is_no_stance_of_the_accused() -> None:
    """'accused Holm of "backing the plan"': the quoted act is the accuser's charge, as without the marks."""
    found = read('Anna Berg accused Lars Holm of "backing the plan to close the port."')
    assert ("Anna Berg", "oppose", "Lars Holm") in found
    assert not any(holder == "Lars Holm" for holder, _, _ in found)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The party gave its backing to the mayor.", ("party", "support", "the mayor")),
        ("The Green Party gave its full backing to Anna Berg.", ("Green Party", "support", "Anna Berg")),
    ],
)
def test_backing_given_to_someone_supports_them(text: str, stance: tuple[str, str, str]) -> None:
    """ "gave its backing to X", as "lent its support to X"."""
    assert stance in read(text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The union offered Anna Berg a tepid endorsement.", ("union", "support", "Anna Berg")),
        ("The union offered the plan a lukewarm endorsement on Monday.", ("union", "support", "the plan")),
        ("Paris lent Berlin its full support.", ("France", "support", "Berlin")),
        ("France has promised Kyiv its unwavering support.", ("France", "support", "Kyiv")),
        ("The Green Party gave the mayor its blessing.", ("Green Party", "support", "the mayor")),
        ("The senators offered the bill no support.", ("senators", "oppose", "the bill")),
        ("Lars Holm did not give the plan his endorsement.", ("Lars Holm", "oppose", "the plan")),
    ],
)
def test_support_given_to_an_object_is_support_of_the_object(text: str, stance: tuple[str, str, str]) -> None:
    """ "offered X a tepid endorsement", "gave X its support": X is supported; "no support" and a refusal oppose."""
    assert stance in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "The firm gave the union support staff.",
        "The firm gave staff a pay rise and its support.",
        "The union gave its members a choice.",
        "Did the union give Anna Berg its support?",
    ],
)
def test_no_support_given_without_an_object_and_a_determiner(text: str) -> None:
    """Support staff, a list of things given, a question: no one is given support for sure."""
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The council voiced tepid support for the tower.", ("council", "support", "the tower")),
        ("The union gave grudging backing to the deal.", ("union", "support", "the deal")),
        ("Moscow expressed muted opposition to the sanctions.", ("Russia", "oppose", "the sanctions")),
    ],
)
def test_a_light_verb_takes_lukewarm_fillers_before_its_noun(text: str, stance: tuple[str, str, str]) -> None:
    """ "voiced tepid support for", "gave grudging backing to": the adjective does not break the light verb."""
    assert stance in read(text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The minister said his criticism of the plan stood.", ("minister", "oppose", "the plan")),
        ("The union said its support for the strike was firm.", ("union", "support", "the strike")),
        ("Anna Berg, whose criticism of the plan was sharp, resigned.", ("Anna Berg", "oppose", "the plan")),
        (
            "Lars Holm met Anna Berg, whose praise of Putin had angered him.",
            ("Anna Berg", "support", "Putin"),
        ),
    ],
)
def test_a_possessive_before_a_noun_cue_finds_its_holder(text: str, stance: tuple[str, str, str]) -> None:
    """ "said his criticism of": the speaker; ", whose praise of": the name before the relative."""
    assert stance in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Oslo said her criticism of the plan was unfair.",
        "Anna Berg said the union would review its support for the plan.",
    ],
)
def test_a_possessive_that_fits_no_speaker_has_no_holder(text: str) -> None:
    """ "her" is no group of officials, "its" no person: the pronoun stays unresolved, no stance."""
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Her criticism of the plan had been misread, Anna Berg said.",
        "Anna Berg said her criticism of the plan has been misread.",
    ],
)
def test_a_noun_cues_target_stops_at_had_been(text: str) -> None:
    """ "criticism of the plan had been misread": "had" starts the predicate, no word of the target."""
    assert ("Anna Berg", "oppose", "the plan") in read(text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Solvara, the Dutch company, which makes Velorin, sharply criticised the BfR's findings.",
            ("Solvara", "oppose", "the BfR's findings"),
        ),
        (
            "Halden, the Swedish lender, which owns the bank, on Monday criticised the regulator.",
            ("Halden", "oppose", "the regulator"),
        ),
    ],
)
def test_a_name_with_an_apposition_and_a_relative_clause_holds_the_stance(
    text: str, stance: tuple[str, str, str]
) -> None:
    """ "Solvara, the Dutch company, which ..., criticised": the name, not its description."""
    found = read(text)
    assert stance in found
    assert all(holder == stance[0] for holder, _, _ in found)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "ECOWAS was more cautious. Its commission said the talks were useful and urged both governments to "
            "resume them.",
            ("ECOWAS", "support", "both governments to resume them"),
        ),
        (
            "The African Union was divided. Its executive council said the vote was fair and called for calm.",
            ("African Union", "support", "calm"),
        ),
    ],
)
def test_a_bodys_organ_that_speaks_and_acts_acts_for_the_body(text: str, stance: tuple[str, str, str]) -> None:
    """ "Its commission said ... and urged": the body the organ belongs to urges, as "Its commission urged" does."""
    assert stance in read(text)


def test_an_organ_in_reported_words_is_no_subject_of_the_reporters_next_verb() -> None:
    """ "The association said its members respect the law but blamed X": the association blames X."""
    text = "The Nordic Fishing Association said its members respect the law but blamed the coast guard for the raids."
    assert ("Nordic Fishing Association", "oppose", "the coast guard") in read(text)


def test_a_given_cue_must_be_one_noun() -> None:
    """ "given" reads one noun as the thing given; a pattern with more words, or a verb, is an error."""
    from stancekit.annotate.stance_rules import compile_stance_rules
    from stancekit.errors import RulePackError

    cue = {"id": "my.given", "pattern": "support for", "pos": "noun", "polarity": "support", "type": "support"}
    with pytest.raises(RulePackError, match="given"):
        compile_stance_rules([{"stance_cues": {"cues": [{**cue, "given": True}]}}])
    rules = compile_stance_rules([{"stance_cues": {"cues": [{**cue, "pattern": "support", "given": True}]}}])
    assert rules.cues_by_form["support"][0].given

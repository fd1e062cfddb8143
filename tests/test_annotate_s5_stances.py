"""Stance wording the stage missed in real news: verbal attacks, and the traps that must stay stance-free.

Each case is pinned with sentences of its own.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def stances_of(document: Document) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


# -- "attacked" as words ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Lin Cho repeatedly attacked the Daily Ledger.", ("Lin Cho", "oppose", "the Daily Ledger")),
        (
            "Senator Ada Brill attacked Governor Tom Rusk for the budget cuts.",
            ("Ada Brill", "oppose", "Governor Tom Rusk"),
        ),
        ("Critics attacked the zoning plan as reckless.", ("critics", "oppose", "the zoning plan")),
        (
            "In a speech on Monday, Senator Ada Brill attacked the governor's record on schools.",
            ("Ada Brill", "oppose", "the governor's record on schools"),
        ),
    ],
)
def test_a_verbal_attack_is_criticism(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the convoy near the border.",
        "Government troops attacked Kandahar overnight.",
        "Gunmen attacked a police station in the north.",
        "Officers said Mark Dunn attacked his neighbour with a hammer.",
        "Ada Brill attacked a guard outside the bank.",
        "STREET ATTACKS ROSE in the capital last year.",
    ],
)
def test_an_armed_or_bodily_attack_is_no_stance(text: str) -> None:
    assert stances_of(stancekit.annotate(text)) == []


# -- traps that must stay stance-free --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Economists warned of a sharp slowdown next year.",
        "Support for the ruling party fell to 31 percent in May.",
        "Will Senator Ada Brill attack the governor's plan?",
        "If the council backs the tower, residents will sue.",
    ],
)
def test_predictions_falls_questions_and_conditionals_hold_no_stance(text: str) -> None:
    assert stances_of(stancekit.annotate(text)) == []


# -- an apposition that puts the subject in a class ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Dorrance Mutual, one of the largest insurers in Ohio, refused to back the merger.", "Dorrance Mutual"),
        ("Velk, one of the biggest grocers in the north, criticized the new levy.", "Velk"),
    ],
)
def test_a_name_before_one_of_holds_the_stance(text: str, holder: str) -> None:
    assert [stance[0] for stance in stances_of(stancekit.annotate(text))] == [holder]


def test_one_of_inside_a_clause_is_no_aside() -> None:
    """ ", one of them said," is a speaker, not an apposition of the subject before it."""
    text = "The residents, one of them said, opposed the tower."
    assert stances_of(stancekit.annotate(text)) == [("residents", "oppose", "the tower")]


# -- coordinated subjects ----------------------------------------------------------------------------------


def test_coordinated_names_each_with_an_aside_hold_the_stance() -> None:
    text = (
        "Senator Maria Lopez, who chairs the finance committee, and Representative Tom Reyes, whose district "
        "covers the port, criticized the tax plan."
    )
    assert stances_of(stancekit.annotate(text)) == [
        ("Maria Lopez", "oppose", "the tax plan"),
        ("Tom Reyes", "oppose", "the tax plan"),
    ]


def test_names_after_titles_are_coordinated() -> None:
    text = "Senator Maria Lopez and Representative Tom Reyes criticized the tax plan."
    assert [stance[0] for stance in stances_of(stancekit.annotate(text))] == ["Maria Lopez", "Tom Reyes"]


def test_an_actor_noun_coordinated_with_a_name_holds_the_stance() -> None:
    text = "The union and the Green Party opposed the dam."
    assert [stance[0] for stance in stances_of(stancekit.annotate(text))] == ["union", "Green Party"]


def test_a_comma_after_an_adverbial_joins_no_subjects() -> None:
    text = "According to critics, the Green Party opposed the dam."
    assert [stance[0] for stance in stances_of(stancekit.annotate(text))] == ["Green Party"]


def test_a_reported_clause_before_and_is_no_aside_of_a_subject() -> None:
    """ ", said the fine was small, and she backed ...": the bank named before "said" joins no list."""
    text = "Ana Ruiz, an economist at Delta Bank, said the fine was small, and she backed the appeal."
    assert [stance[0] for stance in stances_of(stancekit.annotate(text))] == ["Ana Ruiz"]


# -- a person "from" a place or a body -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Paul Grant from Ohio blamed the union for the delay.",
        "Senator Paul Grant from New Mexico blamed the union for the delay.",
        "Paul Grant from the Sierra Club blamed the union for the delay.",
    ],
)
def test_a_person_from_somewhere_holds_the_stance(text: str) -> None:
    assert [stance[0] for stance in stances_of(stancekit.annotate(text))] == ["Paul Grant"]


def test_a_group_from_a_place_is_still_the_group() -> None:
    assert [stance[0] for stance in stances_of(stancekit.annotate("Delegates from Ohio blamed the union."))] == [
        "delegates from Ohio"
    ]


# -- the end of a target ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("President Juma Kilonzo did not endorse the proposal and left before the vote.", "the proposal"),
        ("The Farmers Union backed the reform and went on to campaign for it.", "the reform"),
        ("Senator Ada Brill praised the budget and took questions from reporters.", "the budget"),
    ],
)
def test_an_irregular_past_after_and_ends_the_target(text: str, target: str) -> None:
    assert stances_of(stancekit.annotate(text))[0][2] == target


def test_left_before_a_noun_stays_in_the_target() -> None:
    text = "Senator Ada Brill criticized the plan and its left wing critics."
    assert stances_of(stancekit.annotate(text)) == [("Ada Brill", "oppose", "the plan and its left wing critics")]


# -- "blame X on Y" ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul blamed the sinking of the ferry on North Korea.", ("South Korea", "oppose", "North Korea")),
        (
            "The blast, which Ankara blamed on Kurdish militants, killed five.",
            ("Turkey", "oppose", "Kurdish militants"),
        ),
        ("Officials blamed the outage on Tuesday on a faulty cable.", ("officials", "oppose", "a faulty cable")),
    ],
)
def test_blame_on_takes_the_target_after_on(text: str, expected: tuple[str, str, str]) -> None:
    assert stances_of(stancekit.annotate(text)) == [expected]


def test_blame_on_a_day_keeps_the_object() -> None:
    assert stances_of(stancekit.annotate("Officials blamed the delay on Monday.")) == [
        ("officials", "oppose", "the delay")
    ]


# -- "X, Y and other ..." ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("Maria Lopez, Tom Reyes and other speakers attacked the mayor for the cuts.", ["Maria Lopez", "Tom Reyes"]),
        ("Maria Lopez and many other celebrities criticized the ban.", ["Maria Lopez"]),
        ("Maria Lopez and other officials criticized the ban.", ["Maria Lopez", "officials"]),
    ],
)
def test_names_before_and_other_hold_the_stance(text: str, holders: list[str]) -> None:
    assert [stance[0] for stance in stances_of(stancekit.annotate(text))] == holders


def test_other_after_a_comma_names_no_one_else() -> None:
    text = "In Ohio, other officials criticized the ban."
    assert [stance[0] for stance in stances_of(stancekit.annotate(text))] == ["officials"]


# -- cue words: speaking against, testifying for, questioning the merit of ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ada Brill spoke against the motion.", ("Ada Brill", "oppose", "the motion")),
        ("Senator Ada Brill testified in favour of the bill.", ("Ada Brill", "support", "the bill")),
        ("Senator Ada Brill questioned the wisdom of the tariff plan.", ("Ada Brill", "oppose", "the tariff plan")),
        ("Senator Ada Brill questioned the independence of the inquiry.", ("Ada Brill", "oppose", "the inquiry")),
    ],
)
def test_cue_words_for_opposition_in_hearings_and_doubts(text: str, expected: tuple[str, str, str]) -> None:
    assert stances_of(stancekit.annotate(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Police questioned the suspect for six hours.",
        "Senator Ada Brill questioned the minister about the contract.",
        "Did Senator Ada Brill question the wisdom of the plan?",
        "Two former managers are expected to testify against him.",
    ],
)
def test_questioning_or_testifying_against_someone_is_no_stance(text: str) -> None:
    assert stances_of(stancekit.annotate(text)) == []


# -- a participle after an attribution ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"The plan is flawed," Maria Lopez told reporters, urging the council to delay the vote.',
        '"The plan is flawed," Maria Lopez told Radio Norte on Monday, urging the council to delay the vote.',
    ],
)
def test_a_participle_after_told_is_the_speakers(text: str) -> None:
    assert stances_of(stancekit.annotate(text)) == [("Maria Lopez", "support", "the council to delay the vote")]


def test_a_participle_after_a_clause_without_attribution_has_no_speaker() -> None:
    text = "The market fell on Monday, urging caution among traders."
    assert stances_of(stancekit.annotate(text)) == []


def test_a_participle_after_a_name_behind_a_preposition_has_no_speaker() -> None:
    """ "the UN envoy for Chad told ..., urging": Chad is named, not the speaker."""
    text = "Flights have doubled, the UN envoy for Chad told reporters, urging members to act."
    assert [stance[0] for stance in stances_of(stancekit.annotate(text))] == []


# -- a country's regime, monarchy or junta ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The Bahraini monarchy accused Iran of meddling.", "Bahrain"),
        ("The Venezuelan regime rejected the sanctions.", "Venezuela"),
        ("The Malian junta welcomed the talks.", "Mali"),
    ],
)
def test_a_regime_named_by_its_country_is_the_country(text: str, holder: str) -> None:
    assert [stance[0] for stance in stances_of(stancekit.annotate(text))] == [holder]


def test_a_ministry_without_a_country_is_no_government() -> None:
    """ "The ministry" of a text that names none is a body of its own (as an unnamed source is a group), never
    some country's government."""
    document = stancekit.annotate("The ministry rejected the claim.")
    assert stances_of(document) == [("ministry", "oppose", "the claim")]
    assert all(entity.type == "organization" for entity in document.entities)


# -- reports: replies, interviews, and a relative clause after the report noun ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez posted a reply assailing the mayor for the delay.",
        "Maria Lopez published a rebuttal that faulted the mayor for the delay.",
        "Maria Lopez posted a statement criticizing the mayor for the delay.",
        "Maria Lopez gave an interview criticizing the mayor for the delay.",
    ],
)
def test_the_author_of_a_report_holds_its_stance(text: str) -> None:
    assert [stance[0] for stance in stances_of(stancekit.annotate(text))] == ["Maria Lopez"]


def test_a_reporter_of_someone_elses_report_holds_nothing() -> None:
    text = "Maria Lopez said the Farmers Union issued a statement criticizing the plan."
    assert stances_of(stancekit.annotate(text)) == [("Farmers Union", "oppose", "the plan")]


def test_a_relative_clause_after_a_plain_noun_names_no_author() -> None:
    assert stances_of(stancekit.annotate("Maria Lopez read the book that praised the mayor.")) == []


# -- "be sure to", "be certain to", "be bound to" ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Democrats will be sure to criticize the plan.",
        "The Farmers Union will be certain to criticize the plan.",
        "The Farmers Union is bound to criticize the plan.",
    ],
)
def test_a_sure_act_is_a_hedged_stance(text: str) -> None:
    document = stancekit.annotate(text)
    assert [(stance[1], stance[2]) for stance in stances_of(document)] == [("oppose", "the plan")]
    assert document.stances[0].confidence < 1


def test_an_unlikely_act_is_no_stance() -> None:
    assert stances_of(stancekit.annotate("The Farmers Union is unlikely to back the plan.")) == []


# -- passive agents in a list ------------------------------------------------------------------------------


def test_a_listed_agent_whose_name_opens_with_the_holds_the_stance() -> None:
    text = "The bill was opposed by the Liberal Party and the Social Democrats."
    assert [stance[0] for stance in stances_of(stancekit.annotate(text))] == ["Liberal Party", "Social Democrats"]


# -- "attack on" as a noun ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ada Brill's attacks on the tax office drew criticism.", ("Ada Brill", "oppose", "the tax office")),
        (
            "Senator Ada Brill launched a fresh attack on the governor's budget.",
            ("Ada Brill", "oppose", "the governor's budget"),
        ),
        ("Senator Ada Brill voiced a strong criticism of the plan.", ("Ada Brill", "oppose", "the plan")),
    ],
)
def test_a_verbal_attack_as_a_noun_is_criticism(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia's attack on Ukraine killed dozens.",
        "Rebels launched an attack on the garrison.",
        "The attack on the embassy killed five.",
    ],
)
def test_an_armed_attack_as_a_noun_is_no_stance(text: str) -> None:
    assert stances_of(stancekit.annotate(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police said Karl Brandt attacked his cousin outside a pub on Friday night.",
        "Ana Ruiz was arrested after she attacked Tom Lee in the street.",
        "The Red Dawn Front launched a fresh attack on Kessala, killing nine people.",
    ],
)
def test_an_attack_with_signs_of_force_is_no_criticism(text: str) -> None:
    assert stancekit.annotate(text).stances == ()

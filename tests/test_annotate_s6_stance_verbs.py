"""Verbs the stance stage must tell from nouns: irregular past forms, and pack verbs that are nouns after "the".

Each case is pinned with sentences of its own, and a trap where the word is no verb.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def stances_of(document: Document) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


# -- an irregular past ends a noun cue's target ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway's backing for the pipeline grew last winter.", ("Norway", "support", "the pipeline")),
        ("The farmers' opposition to the tariff grew stronger.", ("farmers", "oppose", "the tariff")),
        ("Chile's criticism of the treaty fell silent after the vote.", ("Chile", "oppose", "the treaty")),
        ("Japan's support for the accord held firm.", ("Japan", "support", "the accord")),
    ],
)
def test_an_irregular_past_ends_the_target(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


def test_a_noun_that_is_no_past_form_stays_in_the_target() -> None:
    # "rates" ends in -s but follows "interest": the target keeps its whole noun phrase.
    found = stances_of(stancekit.annotate("Peru's support for the lower interest rates is firm."))
    assert ("Peru", "support", "the lower interest rates") in found


# -- a pack verb after "the" is a noun -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Austria's support for the plan grew.", "Austria's support for the plan.", "Austria's support for the plan held."],
)
def test_a_pack_verb_after_the_is_the_target_noun(text: str) -> None:
    assert ("Austria", "support", "the plan") in stances_of(stancekit.annotate(text))


def test_a_pack_verb_after_a_noun_still_starts_the_predicate() -> None:
    # "the rescue plan has ...": the subject ends before the verb group as before.
    found = stances_of(stancekit.annotate("Austria's support for the rescue plan has waned."))
    assert ("Austria", "support", "the rescue plan") in found


# -- an irregular participle opens a passive aside --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The quota, set by the fisheries ministry and welcomed by the trawler owners, starts in June.",
            ("trawler owners", "support", "The quota"),
        ),
        (
            "The fee, cut by the council and praised by local retailers, falls again next year.",
            ("local retailers", "support", "The fee"),
        ),
    ],
)
def test_an_irregular_participle_opens_an_aside(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


def test_a_noun_after_a_comma_opens_no_aside() -> None:
    # "a set" is a noun phrase in a list, not a participle: no passive stance for the council.
    found = stances_of(stancekit.annotate("The rules, a set by the council and the courts, start in June."))
    assert found == []


# -- the members named after a passive's group agent ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("The reform was criticised by several senators, among them Maria Lopez, on Friday.", "Maria Lopez"),
        ("The levy was backed by several unions, including the Harbour Workers Union.", "Harbour Workers Union"),
        ("Endorsed by several mayors, including Tom Baker, the compact takes effect in May.", "Tom Baker"),
    ],
)
def test_a_member_named_after_a_group_agent_holds_the_stance(text: str, member: str) -> None:
    assert member in [holder for holder, _, _ in stances_of(stancekit.annotate(text))]


def test_including_without_a_name_adds_no_holder() -> None:
    found = stances_of(stancekit.annotate("The levy was backed by the unions, including on pay."))
    assert [holder for holder, _, _ in found] == ["unions"]


def test_a_parliament_member_noun_names_a_group() -> None:
    found = stances_of(stancekit.annotate("The ruling was criticised by several MPs."))
    assert ("several MPs", "oppose", "The ruling") in found


# -- an object named by a short form the entity stage did not link ---------------------------------------------


def test_pressing_a_named_company_to_act_is_urging() -> None:
    text = (
        "Halvard Oy plans to shut its sawmill in Tampere. The regional mayor, Liisa Koski, met the firm on"
        " Friday. She pressed Halvard to find a buyer instead of closing the site."
    )
    found = stances_of(stancekit.annotate(text))
    assert ("Liisa Koski", "support", "Halvard to find a buyer instead of closing the site") in found


def test_pressing_a_key_to_start_is_no_stance() -> None:
    assert stances_of(stancekit.annotate("The engineer pressed Enter to start the test run.")) == []


# -- an apposition whose name only modifies ------------------------------------------------------------------


def test_an_apposition_with_a_demonym_lets_the_next_agent_in() -> None:
    text = "The treaty was criticised by Reef Alert, a Chilean conservation group, and by Ocean Action Network."
    holders = [holder for holder, _, _ in stances_of(stancekit.annotate(text))]
    assert holders == ["Reef Alert", "Ocean Action Network"]


def test_a_list_item_that_opens_with_the_stays_a_list_item() -> None:
    text = "The levy was opposed by Spain, the Dutch government, and by Italy."
    holders = [holder for holder, _, _ in stances_of(stancekit.annotate(text))]
    assert "Netherlands" in holders


def test_a_list_item_named_by_a_demonym_and_an_actor_noun_lets_the_next_in() -> None:
    text = "The quota was opposed by Peru, the Chilean government and Ecuador."
    holders = [holder for holder, _, _ in stances_of(stancekit.annotate(text))]
    assert holders == ["Peru", "Chile", "Ecuador"]


def test_a_demonym_before_a_noun_that_names_no_actor_adds_nobody() -> None:
    holders = [
        holder for holder, _, _ in stances_of(stancekit.annotate("The quota was opposed by Peru and Chilean buyers."))
    ]
    assert holders == ["Peru"]


# -- a group placed at a body acts itself -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Teachers at Brookside Academy criticised the new timetable.", "teachers at Brookside Academy"),
        ("Nurses from Harbourview Hospital backed the walkout.", "nurses from Harbourview Hospital"),
    ],
)
def test_a_group_at_a_body_holds_its_own_stance(text: str, holder: str) -> None:
    assert holder in [found for found, _, _ in stances_of(stancekit.annotate(text))]


def test_officials_at_a_body_speak_for_it() -> None:
    found = stances_of(stancekit.annotate("Officials at the Finance Ministry criticised the new timetable."))
    assert [holder for holder, _, _ in found] == ["Finance Ministry"]


# -- a forecast of a future act ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ortega predicted that most of the assembly would endorse the reform by spring.",
        "The interviewer pressed him on reports that the Farmers' Party will vote against the quota.",
        "Analysts expect that Hungary will oppose the sanctions package.",
    ],
)
def test_a_foreseen_act_is_no_stance(text: str) -> None:
    assert stances_of(stancekit.annotate(text)) == []


def test_a_reported_intention_stays_a_stance() -> None:
    found = stances_of(stancekit.annotate("Ortega said the Farmers' Party would vote against the quota."))
    assert ("Farmers' Party", "oppose", "the quota") in found


def test_a_forecast_in_another_clause_leaves_the_act() -> None:
    text = "Ortega, who predicted a close count, said Hungary will oppose the sanctions package."
    assert ("Hungary", "oppose", "the sanctions package") in stances_of(stancekit.annotate(text))


# -- a person's party ----------------------------------------------------------------------------------------------


def test_a_persons_party_is_credited_to_the_person_when_no_party_is_known() -> None:
    text = "Eva Lind spoke in Uppsala on Monday. Lind's party has long opposed the rent cap."
    assert ("Eva Lind", "oppose", "the rent cap") in stances_of(stancekit.annotate(text))


def test_a_countrys_party_is_no_person() -> None:
    found = stances_of(stancekit.annotate("Sweden's ruling party has long opposed the rent cap."))
    assert [holder for holder, _, _ in found] == ["Sweden's ruling party"]

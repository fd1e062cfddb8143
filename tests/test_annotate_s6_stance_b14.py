"""Stance wording the fourteenth held-out batch showed the stage missing, each pinned with sentences of its own.

Every fix is a general pattern of English news; each has a trap where it must not fire.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def stances_of(document: Document) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


# -- "push back against|on" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Jane Holt pushed back against the criticism in an interview on Monday.",
            ("Jane Holt", "oppose", "the criticism"),
        ),
        ("Jane Holt is pushing back on the proposal.", ("Jane Holt", "oppose", "the proposal")),
        (
            "Jane Holt pushed back against claims that the plan was rushed.",
            ("Jane Holt", "oppose", "claims that the plan was rushed"),
        ),
    ],
)
def test_push_back_against_or_on_is_opposition(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


@pytest.mark.parametrize(
    "text",
    [
        "The vote was pushed back on Tuesday.",
        "The board pushed back the vote on the budget.",
        "Jane Holt pushed back on Tuesday, saying the plan was sound.",
    ],
)
def test_a_delay_or_a_day_after_push_back_is_no_stance(text: str) -> None:
    """A date moved ("pushed back the vote", "was pushed back") and a day after "on" name no target."""
    assert stances_of(stancekit.annotate(text)) == []


# -- a passive's agent after a title ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The motion was rejected by Judge Maria Lopez.", [("Maria Lopez", "oppose", "The motion")]),
        (
            "The appeal, opposed by the city, was rejected by Justice Omar Reid, who ruled that it came too late.",
            [("Omar Reid", "oppose", "The appeal")],
        ),
        (
            "The amendment was opposed by Senator Ana Ruiz and Senator Tom Hale.",
            [("Ana Ruiz", "oppose", "The amendment"), ("Tom Hale", "oppose", "The amendment")],
        ),
    ],
)
def test_a_passive_agent_after_a_title_holds_the_stance(text: str, expected: list[tuple[str, str, str]]) -> None:
    """ "rejected by Judge Maria Lopez": the entity stage leaves the title out of the name, the agent is the name."""
    found = stances_of(stancekit.annotate(text))
    for stance in expected:
        assert stance in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The ruling was criticised by Judge Maria Lopez supporters.",
        "The ruling was criticised by Judge Maria Lopez's critics.",
    ],
)
def test_a_titled_name_that_modifies_the_agent_holds_nothing(text: str) -> None:
    """ "by Judge Maria Lopez supporters": the supporters act, not the judge the title names."""
    holders = [holder for holder, _, _ in stances_of(stancekit.annotate(text))]
    assert "Maria Lopez" not in holders, holders


# -- a part of a group of people ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Several of the tenants have criticised the landlord.", ("tenants", "oppose", "the landlord")),
        ("Many of the residents oppose the plan.", ("residents", "oppose", "the plan")),
        ("Most of the protesters denounced the police.", ("protesters", "oppose", "the police")),
    ],
)
def test_several_of_a_group_holds_what_the_group_would(text: str, expected: tuple[str, str, str]) -> None:
    """ "Several of the tenants" holds what "several tenants" does: the group read through its members."""
    assert expected in stances_of(stancekit.annotate(text))


@pytest.mark.parametrize(
    "text",
    [
        "One of the residents opposed the plan.",
        "Two of the residents opposed the plan.",
        "Few of the residents back the plan.",
        "Most of the unions opposed the plan.",
    ],
)
def test_a_count_or_a_small_share_of_a_group_holds_nothing(text: str) -> None:
    """One or two members, "few", and a part of organisations ("most of the unions") do not speak for the whole."""
    assert stances_of(stancekit.annotate(text)) == []


# -- a refused recommendation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The National Screening Committee said it could not recommend the test.",
            ("National Screening Committee", "oppose", "the test"),
        ),
        (
            "The National Screening Committee declined to recommend the test.",
            ("National Screening Committee", "oppose", "the test"),
        ),
        (
            "The test was not recommended by the National Screening Committee.",
            ("National Screening Committee", "oppose", "The test"),
        ),
    ],
)
def test_a_refused_recommendation_is_opposition(text: str, expected: tuple[str, str, str]) -> None:
    """ "could not recommend X", like "could not endorse X", takes a side against X."""
    assert expected in stances_of(stancekit.annotate(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dr Ruth Alder recommended the test.",
        "The agency's inspectors recommended the test.",
    ],
)
def test_a_recommendation_alone_is_no_stance(text: str) -> None:
    """A person's or a group's recommendation is advice, no side taken; only its refusal is (a body's is support)."""
    assert stances_of(stancekit.annotate(text)) == []


def test_a_users_pack_may_make_a_cue_refused_only() -> None:
    """``refused_only`` in a user's pack: "could not advise the merger" opposes it, "advised the merger" is none."""
    pack = {
        "name": "test-refused-only",
        "version": "1",
        "lang": "en",
        "stance_cues": {
            "cues": [
                {
                    "id": "stance.test.advise.verb",
                    "pattern": "advise",
                    "pos": "verb",
                    "polarity": "support",
                    "type": "endorse",
                    "refused_only": True,
                }
            ]
        },
    }
    refused = stancekit.annotate("Jane Holt could not advise the merger.", rules=[pack])
    assert ("Jane Holt", "oppose", "the merger") in stances_of(refused)
    assert stances_of(stancekit.annotate("Jane Holt advised the merger.", rules=[pack])) == []


# -- an acronym coordinated with a known actor ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("FIM-CISL and UILM also condemned the closure.", {"FIM-CISL", "UILM"}),
        ("UILM and FIM-CISL condemned the closure.", {"FIM-CISL", "UILM"}),
        ("ACLU and the Sierra Club criticised the rule.", {"ACLU", "Sierra Club"}),
        ("FIM-CISL, FIOM and UILM condemned the closure.", {"FIM-CISL", "FIOM", "UILM"}),
    ],
)
def test_an_unknown_acronym_in_a_list_of_actors_holds_too(text: str, holders: set[str]) -> None:
    """ "FIM-CISL and UILM condemned ...": an acronym joined by "and" to a known actor is another body."""
    found = {holder for holder, polarity, _ in stances_of(stancekit.annotate(text)) if polarity == "oppose"}
    assert holders <= found, found


@pytest.mark.parametrize(
    ("text", "not_holder"),
    [
        ("Speaking on RAI, FIOM and UILM condemned the closure.", "RAI"),
        ("CEO and Jane Holt condemned the closure.", "CEO"),
    ],
)
def test_an_acronym_that_ends_a_phrase_or_is_a_title_holds_nothing(text: str, not_holder: str) -> None:
    """A channel at the end of an opening phrase, or a title, is no item of the list of actors."""
    holders = [holder for holder, _, _ in stances_of(stancekit.annotate(text))]
    assert not_holder not in holders, holders


# -- an ellipsis: "So did X", ", as did X" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unite condemned the closure. So did the GMB union.", ("GMB union", "oppose", "the closure")),
        ("Unite condemned the closure, as did the GMB union.", ("GMB union", "oppose", "the closure")),
        ("Germany backed the plan. So did France, which said it would send money.", ("France", "support", "the plan")),
        (
            "Several unions denounced the layoffs. So did the Tuscany regional government.",
            ("Tuscany regional government", "oppose", "the layoffs"),
        ),
    ],
)
def test_so_did_x_repeats_the_stance_before_for_x(text: str, expected: tuple[str, str, str]) -> None:
    """ "So did X." after a stance, or ", as did X" inside it: X takes the same side toward the same target."""
    assert expected in stances_of(stancekit.annotate(text))


@pytest.mark.parametrize(
    "text",
    [
        "Oil prices fell. So did France.",
        "Germany backed the plan. So did prices.",
        "Germany backed the plan. Prices rose, and so did wages.",
        "Germany backed the plan. So did the talks in Paris.",
    ],
)
def test_so_did_without_a_stance_or_an_actor_repeats_nothing(text: str) -> None:
    """No stance before, no actor after "did", or "so did" inside a sentence: nothing is repeated."""
    holders = [holder for holder, _, _ in stances_of(stancekit.annotate(text))]
    assert holders in ([], ["Germany"]), holders


def test_an_echoed_stance_names_its_rule() -> None:
    """The repeated stance records rule stance.echo and the words "So did" as its cue."""
    document = stancekit.annotate("Germany backed the plan. So did France.")
    echoed = [stance for stance in document.stances if stance.provenance and stance.provenance.rule == "stance.echo"]
    assert [stance.cue.text for stance in echoed if stance.cue] == ["So did"]


# -- a count after a fronted "Of the ..." -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Of the 80 people at the meeting, 50 backed the plan.",
            "50 of the 80 people at the meeting",
            "the plan",
        ),
        ("Of the 12 councillors, nine voted against the budget.", "nine of the 12 councillors", "the budget"),
    ],
)
def test_a_count_of_a_group_named_before_it_holds_the_stance(text: str, holder: str, target: str) -> None:
    """ "Of the 80 people at the meeting, 50 backed ...": the 50 are a group of their own, named with the whole."""
    document = stancekit.annotate(text)
    assert any(found == holder and found_target == target for found, _, found_target in stances_of(document))
    mentions = {mention.span.text for mention in document.mentions}
    assert text.split(", ")[1].split()[0] in mentions


@pytest.mark.parametrize(
    "text",
    [
        "Of the 40 applications, 12 supported the plan.",
        "Residents backed the plan, 30 of them in writing.",
    ],
)
def test_a_count_of_things_holds_nothing(text: str) -> None:
    """A count of things ("Of the 40 applications, 12 ...") or a count not after a fronted "Of the" is no actor."""
    holders = [holder for holder, _, _ in stances_of(stancekit.annotate(text))]
    assert not any(holder[:1].isdigit() for holder in holders), holders

"""Stance wording the stage missed or misread in unseen news (sixth session), and traps that must stay as they are.

Each case is pinned with sentences of its own.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.annotate.stance_rules import compile_stance_rules
from stancekit.errors import RulePackError
from stancekit.model import Document, Stance


def stances_of(document: Document) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


def only_stance(text: str) -> Stance:
    """The one stance the annotator finds in ``text``."""
    stances = stancekit.annotate(text).stances
    assert len(stances) == 1, stances
    return stances[0]


def cue_words(stance: Stance) -> list[str]:
    """The pieces of a stance's cue, in order."""
    cue = stance.cue
    assert cue is not None
    return [piece.text for piece in cue.fragments] or [cue.text]


# -- "blamed X on Y": one "on" in the cue -----------------------------------------------------------------


def test_blame_on_keeps_only_the_on_that_opens_the_target() -> None:
    """An "on" inside the blamed thing ("the raid on the depot") is not a word of the cue."""
    stance = only_stance("Estonia blamed the raid on the depot on smugglers.")
    assert stance.target.text == "smugglers"
    assert cue_words(stance) == ["blamed", "on"]


def test_blame_on_after_a_relative_keeps_the_whole_target() -> None:
    """When the blamed thing went before ("which X blamed on Y"), a later "on" is the target's own."""
    stance = only_stance("The blackout, which Estonia blamed on hackers on the coast, lasted a day.")
    assert stance.target.text == "hackers on the coast"
    assert cue_words(stance) == ["blamed on"]


def test_blame_on_with_one_on_is_unchanged() -> None:
    stance = only_stance("Estonia blamed the blackout on hackers.")
    assert stance.target.text == "hackers"
    assert cue_words(stance) == ["blamed", "on"]


# -- "pressed X to act": urging, when X is an actor ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Portugal pressed Spain to reopen the border crossing.",
            ("Portugal", "support", "Spain to reopen the border crossing"),
        ),
        (
            "The dockers' union pressed the ministry to pay the back wages.",
            ("union", "support", "the ministry to pay the back wages"),
        ),
        ("Portugal backed the treaty and pressed them to sign it.", ("Portugal", "support", "them to sign it")),
        (
            "Portugal pushed the shareholders to reject the merger.",
            ("Portugal", "support", "the shareholders to reject the merger"),
        ),
        (
            "Marta Lobo said the offer was too low and pressed the directors to look for other buyers.",
            ("Marta Lobo", "support", "the directors to look for other buyers"),
        ),
    ],
)
def test_pressing_an_actor_to_act_is_urging(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


@pytest.mark.parametrize(
    "text",
    [
        "Portugal pressed the lever to open the gate.",
        "Cheap credit pushed Spanish imports to new highs.",
        "The long strike pushed the union to the brink.",
        "Portugal pressed charges against the captain.",
        "Portugal pressed ahead to finish the bridge.",
        "The vote was pushed to a later date.",
    ],
)
def test_pressing_no_actor_to_act_is_no_stance(text: str) -> None:
    assert stances_of(stancekit.annotate(text)) == []


# -- "pushed back against/on": rejection -----------------------------------------------------------------


def test_pushing_back_against_an_idea_rejects_it() -> None:
    assert ("Portugal", "oppose", "the proposal") in stances_of(
        stancekit.annotate("Portugal pushed back against the proposal.")
    )
    assert ("Portugal", "oppose", "the tariff plan") in stances_of(
        stancekit.annotate("Portugal pushed back on the tariff plan.")
    )


def test_a_meeting_pushed_back_is_no_stance() -> None:
    assert stances_of(stancekit.annotate("The summit was pushed back on Friday.")) == []
    assert stances_of(stancekit.annotate("Portugal pushed back the deadline.")) == []


def test_object_control_needs_a_gap_and_one_word() -> None:
    """A pack cue with ``object_control`` but no "<any> word" shape is refused with its path."""
    cue = {"id": "user.press.verb", "pattern": "press for", "pos": "verb", "polarity": "support", "type": "urge"}
    with pytest.raises(RulePackError, match="object_control"):
        compile_stance_rules([{"stance_cues": {"cues": [{**cue, "object_control": True}]}}])


# -- "as if" supposes nothing ----------------------------------------------------------------------------


def test_an_act_after_as_if_is_taken() -> None:
    """An act after "as if" is taken: "as if" compares, it supposes nothing."""
    text = "Portugal said the ferry firm behaved as if the rules did not apply and criticized its owners."
    assert ("Portugal", "oppose", "its owners") in stances_of(stancekit.annotate(text))


def test_an_act_after_if_is_still_supposed() -> None:
    assert stances_of(stancekit.annotate("If Portugal backs the treaty, Spain will sign it.")) == []
    assert stances_of(stancekit.annotate("Even if the rules did not apply, Portugal would criticize the owners.")) == []


# -- "An Amnesty International report accused ...": the report's author holds ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 2019 Amnesty International report accused Norway of ignoring the quota.",
            ("Amnesty International", "oppose", "Norway"),
        ),
        ("Amnesty International's latest report criticized Norway.", ("Amnesty International", "oppose", "Norway")),
    ],
)
def test_a_report_noun_subject_is_held_by_its_author(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


def test_a_report_noun_subject_without_an_actor_before_it_has_no_holder() -> None:
    """Describing words before the noun name no author: "a leaked climate report" is nobody's stance."""
    assert stances_of(stancekit.annotate("A leaked climate report criticized Norway.")) == []


# -- a time adjunct after the object is no part of the target ------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The growers' federation condemned the levy within hours of the budget speech.", "the levy"),
        ("Portugal welcomed the ceasefire after weeks of shelling.", "the ceasefire"),
        ("Portugal criticized the ruling shortly before the appeal hearing.", "the ruling"),
        ("Portugal backed the treaty two days after the summit.", "the treaty"),
        ("Portugal condemned the levy within a few days of the vote.", "the levy"),
    ],
)
def test_a_time_adjunct_ends_the_target(text: str, target: str) -> None:
    assert [found for _, _, found in stances_of(stancekit.annotate(text))] == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # Inside an infinitive the time belongs to the act asked for.
        (
            "Portugal urged Spain to sign the treaty before the summer recess.",
            "Spain to sign the treaty before the summer recess",
        ),
        # "within" before no span of time is a place.
        ("Portugal opposed the quota within the customs union.", "the quota within the customs union"),
    ],
)
def test_a_time_inside_the_act_or_a_place_stays_in_the_target(text: str, target: str) -> None:
    assert [found for _, _, found in stances_of(stancekit.annotate(text))] == [target]


# -- passives behind an aside or a relative pronoun -------------------------------------------------------


def test_a_relative_who_before_a_passive_stands_for_the_person_before_it() -> None:
    text = "Reporters asked about her deputy, Ana Ruiz, who was accused by Portugal of leaking the memo."
    assert ("Portugal", "oppose", "Ana Ruiz") in stances_of(stancekit.annotate(text))


def test_the_second_of_two_joined_participles_takes_the_noun_before_the_aside() -> None:
    text = "The quota, drafted by the commission in March and welcomed by Portugal, expires in 2030."
    assert ("Portugal", "support", "The quota") in stances_of(stancekit.annotate(text))


def test_joined_participles_without_an_aside_find_no_target() -> None:
    """A plain "and" before the passive, with no comma and participle before it, gives no target."""
    assert stances_of(stancekit.annotate("Fish stocks fell and were welcomed by nobody.")) == []


def test_a_second_agent_after_an_apposition_holds_too() -> None:
    text = "The levy was condemned by Portugal, a founding member, and by Spain."
    found = stances_of(stancekit.annotate(text))
    assert ("Portugal", "oppose", "The levy") in found
    assert ("Spain", "oppose", "The levy") in found


def test_a_listed_name_after_the_is_no_apposition() -> None:
    """ "by Spain, the Netherlands and Italy" is a list of three agents."""
    found = stances_of(stancekit.annotate("The levy was backed by Spain, the Netherlands and Italy."))
    assert [holder for holder, _, _ in found] == ["Spain", "Netherlands", "Italy"]


def test_a_clause_after_an_apposition_shares_no_agent() -> None:
    text = "The levy was condemned by Portugal, a founding member, and Spain stayed silent."
    assert [holder for holder, _, _ in stances_of(stancekit.annotate(text))] == ["Portugal"]


# -- "its members": the body the members speak for -------------------------------------------------------


def test_its_members_hold_for_the_body() -> None:
    text = "Amnesty International said its members opposed the new quota."
    assert ("Amnesty International", "oppose", "the new quota") in stances_of(stancekit.annotate(text))


def test_its_critics_do_not_speak_for_the_body() -> None:
    text = "Amnesty International said its critics opposed the new quota."
    holders = [holder for holder, _, _ in stances_of(stancekit.annotate(text))]
    assert "Amnesty International" not in holders


# -- "after accusing X": the -ing adjunct's doer is its clause's subject ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dockers' union endorsed Portugal after accusing Spain of dumping steel.",
            ("union", "oppose", "Spain"),
        ),
        ("Portugal angered Madrid by criticizing the water treaty.", ("Portugal", "oppose", "the water treaty")),
        ("Portugal signed the accord, while criticizing its cost.", ("Portugal", "oppose", "its cost")),
        ("Before backing the accord, Portugal asked for changes.", ("Portugal", "support", "the accord")),
    ],
)
def test_an_ing_adjunct_is_done_by_its_clause_subject(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


def test_an_ing_adjunct_after_a_non_actor_has_no_holder() -> None:
    assert stances_of(stancekit.annotate("Shares fell after supporting figures came out.")) == []
    assert stances_of(stancekit.annotate("The hearing ended before backing the plan.")) == []


# -- light verbs of two words: "stepped up criticism of" -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Portugal stepped up criticism of the fishing quota.", ("Portugal", "oppose", "the fishing quota")),
        ("Portugal ramped up support for the coastal towns.", ("Portugal", "support", "the coastal towns")),
        ("Portugal intensified opposition to the levy.", ("Portugal", "oppose", "the levy")),
    ],
)
def test_a_light_verb_of_two_words_lends_its_subject(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


def test_a_two_word_light_verb_is_in_the_cue() -> None:
    stance = only_stance("Portugal stepped up its criticism of the fishing quota.")
    assert cue_words(stance) == ["stepped up", "criticism of"]


def test_support_for_without_a_light_verb_still_needs_a_holder() -> None:
    assert stances_of(stancekit.annotate("Prices stepped up sharply as support for the quota fell.")) == []


# -- "US support for X": the actor that modifies the noun cue holds it ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Citing US support for Portugal, the minister left.", ("United States", "support", "Portugal")),
        ("Spain welcomed EU backing for the coastal towns.", ("European Union", "support", "the coastal towns")),
    ],
)
def test_an_actor_before_a_noun_cue_holds_it(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


def test_the_receiver_of_a_giving_verb_holds_nothing() -> None:
    """In "gave Portugal support for ..." Portugal receives the support; it does not give it."""
    found = stances_of(stancekit.annotate("Spain gave Portugal support for the bid."))
    assert all(holder != "Portugal" for holder, _, _ in found)


# -- "the unions' support for": a plural possessive -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reporters asked about the farmers' support for the strike.", ("farmers", "support", "the strike")),
        ("He cited the Netherlands' criticism of the levy.", ("Netherlands", "oppose", "the levy")),
        ("He cited the Netherlands’ criticism of the levy.", ("Netherlands", "oppose", "the levy")),
    ],
)
def test_a_plural_possessive_holds_its_noun_cue(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


def test_a_closing_single_quote_is_no_possessive() -> None:
    text = "He called the ‘hardliners’ support for the levy a bluff."
    assert all(holder.lower() != "hardliners" for holder, _, _ in stances_of(stancekit.annotate(text)))


# -- "a statement this week faulting": a time between the report noun and its -ing cue ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Portugal put out a statement this morning faulting the levy.",
        "Portugal issued a statement last week criticizing the levy.",
    ],
)
def test_a_time_between_a_report_noun_and_its_cue_keeps_the_author(text: str) -> None:
    assert ("Portugal", "oppose", "the levy") in stances_of(stancekit.annotate(text))


def test_a_time_after_no_report_noun_gives_no_author() -> None:
    """Figures are no report noun: the time after them makes no author of the -ing cue."""
    assert stances_of(stancekit.annotate("Portugal published figures today criticizing the levy.")) == []


# -- a new actor's name starts after a clause word --------------------------------------------------------


def test_a_new_actor_starts_after_as() -> None:
    """In a headline, "as" opens the clause: the subject is "regulator", not "fee rises as regulator"."""
    found = stances_of(stancekit.annotate("Towns protest fee rises as regulator defends new tariffs"))
    assert ("regulator", "support", "new tariffs") in found


def test_a_new_actor_keeps_its_modifiers() -> None:
    found = stances_of(stancekit.annotate("The dairy farmers backed the new tariffs."))
    assert ("dairy farmers", "support", "the new tariffs") in found


def test_a_passive_joined_to_an_earlier_passive_shares_its_subject() -> None:
    """ "The quota was set in May and welcomed by X": the quota is welcomed."""
    for text in (
        "The quota was drafted in May and welcomed by Portugal.",
        "The quota was drafted in May, and later criticized by Portugal.",
    ):
        found = stances_of(stancekit.annotate(text))
        assert [(holder, target) for holder, _, target in found] == [("Portugal", "The quota")]


def test_an_active_clause_after_a_passive_takes_no_passive_target() -> None:
    assert stances_of(stancekit.annotate("The quota was drafted in May and Portugal welcomed it.")) == []

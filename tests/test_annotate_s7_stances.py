"""Stance wording the fifteenth and sixteenth held-out batches showed the stage missing, in sentences of our own.

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


def holders_of(text: str) -> list[str]:
    """The lower-cased holder names of a text's stances."""
    return [holder.lower() for holder, _, _ in stances_of(stancekit.annotate(text))]


# -- a place inside the subject's phrase -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Scientists studying salmon near Bergen welcomed the new quota.", "scientists"),
        ("Nurses working in hospitals across Wales criticised the pay offer.", "nurses"),
        ("Farmers who have grown barley near Regina welcomed the subsidy.", "farmers"),
        ("Historians at the universities of Lyon, Lille and Nantes backed the return of the statues.", "historians"),
        ("Farmers from villages in northern Spain accused the ministry of neglect.", "farmers"),
        ("Delegates from several clubs in western Norway accused the board of secrecy.", "delegates"),
        ("Protesters in Paris condemned the law.", "protesters in paris"),
    ],
)
def test_a_place_in_the_subjects_phrase_is_not_the_holder(text: str, holder: str) -> None:
    """The group before the preposition holds the stance, not the places that locate it."""
    assert holders_of(text) == [holder]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("Officials in Beijing criticised the plan.", ["china"]),
        ("Ministers from Germany and France backed the plan.", ["germany", "france"]),
        ("After talks in Brussels, France backed the plan.", ["france"]),
        ("Peter Hale from Ohio backed the plan.", ["peter hale"]),
    ],
)
def test_spokesmen_placed_directly_still_speak_for_the_place(text: str, holders: list[str]) -> None:
    """Trap: "officials in Beijing" speak for China; a name after an opening adjunct is the subject."""
    assert holders_of(text) == holders

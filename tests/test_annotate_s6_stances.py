"""Stance wording the stage missed or misread in unseen news (sixth session), and traps that must stay as they are.

Each case is pinned with sentences of its own.
"""

from __future__ import annotations

import stancekit
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

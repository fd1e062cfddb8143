"""Session 15 review: a user's rule pack and the new cue field ``bodies_unrefused``."""

from __future__ import annotations

from typing import Any

import pytest

import stancekit
from stancekit.errors import RulePackError


def _pack(**fields: Any) -> dict[str, Any]:
    """A user's pack with one stance cue, "advise", and ``fields`` on it."""
    cue = {"id": "stance.rv.advise.verb", "pattern": "advise", "pos": "verb", "polarity": "support", "type": "endorse"}
    return {"name": "rv-advise", "version": "1", "lang": "en", "stance_cues": {"cues": [{**cue, **fields}]}}


def _stances(text: str, pack: dict[str, Any]) -> list[tuple[str, str]]:
    document = stancekit.annotate(text, rules=[pack])
    return [(stance.polarity, stance.target.text) for stance in document.stances if stance.target is not None]


def test_a_users_refused_only_cue_counts_a_bodys_unrefused_use_with_bodies_unrefused() -> None:
    pack = _pack(refused_only=True, bodies_unrefused=True)
    assert _stances("The Harbour Commission advised the merger.", pack) == [("support", "the merger")]
    assert _stances("Jane Holt advised the merger.", pack) == []
    assert _stances("Jane Holt could not advise the merger.", pack) == [("oppose", "the merger")]


def test_an_old_pack_without_the_field_reads_as_before() -> None:
    pack = _pack(refused_only=True)
    assert _stances("The Harbour Commission advised the merger.", pack) == []
    assert _stances("The Harbour Commission declined to advise the merger.", pack) == [("oppose", "the merger")]


@pytest.mark.parametrize("refused_only", [None, False])
def test_bodies_unrefused_without_refused_only_is_refused(refused_only: bool | None) -> None:
    """It says when a refused_only cue counts unrefused; on any other cue it did nothing, without a word."""
    fields: dict[str, Any] = {"bodies_unrefused": True}
    if refused_only is not None:
        fields["refused_only"] = refused_only
    with pytest.raises(RulePackError, match=r"cues\[0\]\.bodies_unrefused: true on a cue that is not refused_only"):
        stancekit.annotate("Jane Holt advised the merger.", rules=[_pack(**fields)])


def test_bodies_unrefused_false_alone_is_no_error() -> None:
    assert _stances("Jane Holt advised the merger.", _pack(bodies_unrefused=False)) == [("support", "the merger")]

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


def _speaker_of(text: str, source: str) -> str | None:
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    found = [names.get(s.speaker or "") for s in document.statements if s.source and s.source.text == source]
    assert len(found) == 1, [(s.source.text if s.source else None, s.speaker) for s in document.statements]
    return found[0]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A body whose name only holds the word is no body of that kind: the employer is not "a union".
        ("Union Pacific cut 500 jobs at its Omaha depot. A union said the cuts were unfair.", "union"),
        ("Union Bank of India raised its rates. A union said the move hurt members.", "union"),
        ("The Union Hotel closed its doors. A union said the staff were owed wages.", "union"),
        # The kind is the name's head: its last word, or the word before "of".
        (
            "The National Union of Journalists met Ford. A union said the talks had failed.",
            "National Union of Journalists",
        ),
        ("The Hollis Dockers Union met Ford. A union said the talks had failed.", "Hollis Dockers Union"),
    ],
)
def test_a_union_is_a_body_whose_name_ends_in_union_not_any_that_holds_the_word(text: str, speaker: str) -> None:
    assert _speaker_of(text, "A union") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Durban Municipal Council cut the water supply. The city said repairs would take a week.",
            "Durban Municipal Council",
        ),
        # "municipal" in a name that is no town's government: a union, a bank.
        ("The Municipal Workers Union called a strike. The city said services would run.", None),
        ("The Hollis Municipal Bank raised its fees. The town said it would move its accounts.", None),
    ],
)
def test_the_city_is_a_municipal_government_not_any_body_named_municipal(text: str, speaker: str | None) -> None:
    source = "The town" if "The town" in text else "The city"
    assert _speaker_of(text, source) == speaker


def test_an_entity_given_aliases_keeps_every_other_field() -> None:
    """``_finish`` builds the entity with its constructor, field by field in order: each field set apart, so that
    two fields swapped (kb_id and affiliation, say) show; the test of session 15 set only country and role."""
    import attrs

    from stancekit.annotate.annotator import _finish
    from stancekit.annotate.draft import Draft
    from stancekit.model import Entity, Mention, Span

    text = "Ana Ruiz met Ruiz."
    draft = Draft(text=text, meta={}, annotator="test", rules=None)
    draft.mentions.append(Mention("m1", "e1", Span(0, 8, "Ana Ruiz")))
    draft.mentions.append(Mention("m2", "e1", Span(13, 17, "Ruiz")))
    entity = Entity("e1", "Ana Ruiz", "person", ("A. Ruiz",), "ESP", "Q1", "mayor", "Green Party")
    draft.entities["e1"] = entity
    _finish(draft)
    assert draft.entities["e1"] == attrs.evolve(entity, aliases=("Ruiz",))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # The time of an infinitive in the object is the object's: as the stance's target keeps it.
        (
            "The union welcomed the plan to hold elections before the end of the year.",
            "the plan to hold elections before the end of the year",
        ),
        ("Oxfam praised the pledge to cut emissions after 2030.", "the pledge to cut emissions after 2030"),
        # The act's own time still goes: "after the debate", and after a relative clause the clause's stays.
        ("Greenpeace condemned the vote after the debate.", "the vote"),
        ("The minister praised the nurses who stayed on after the storm.", "the nurses who stayed on after the storm"),
    ],
)
def test_an_acts_object_keeps_the_time_of_an_infinitive_in_it(text: str, content: str) -> None:
    document = stancekit.annotate(text)
    assert [statement.content.text for statement in document.statements] == [content]
    assert all(content.startswith(stance.target.text) for stance in document.stances if stance.target is not None)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # "clearly" is no "cleared": the people's "of" stays theirs.
        ("The minister clearly praised the leaders of fishing communities.", "leaders of"),
        ("The council clearly ignored the residents of ageing tower blocks.", "residents of"),
        # "cleared ... of" a deed still charges (here, clears) the people of it.
        ("A court cleared the owners of lying.", "owners"),
    ],
)
def test_a_deed_charged_is_read_after_clear_the_verb_not_clearly(text: str, group: str) -> None:
    """``group`` ending in "of" is how the group's name starts (its "of" kept); else the name itself (cut at it)."""
    names = [entity.name for entity in stancekit.annotate(text).entities if entity.type == "group"]
    assert any(name.startswith(group + " ") for name in names) if group.endswith(" of") else group in names, names

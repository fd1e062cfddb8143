"""Content lexicons read from the rule packs: a user pack that extends a section changes the output."""

from __future__ import annotations

from typing import Any

import stancekit
from stancekit.model import Document


def _speakers(document: Document) -> list[str | None]:
    """The name of each statement's speaker, in text order (None: no speaker)."""
    return [document.entity(item.speaker).name if item.speaker else None for item in document.statements]


def _annotate(text: str, pack: dict[str, Any] | None = None) -> Document:
    return stancekit.annotate(text, rules=[pack] if pack is not None else None)


def test_an_unnamed_role_added_by_a_pack_makes_a_lone_unnamed_speaker() -> None:
    text = "The road was closed, a lifeguard said."
    assert _speakers(_annotate(text)) == [None]
    assert _speakers(_annotate(text, {"unnamed_roles": ["lifeguard"]})) == ["lifeguard"]


def test_an_evidence_noun_added_by_a_pack_speaks_as_a_document() -> None:
    text = "The plan was dropped, the dossier shows."
    assert _speakers(_annotate(text)) == [None]
    assert _speakers(_annotate(text, {"evidence_nouns": ["dossier"]})) == ["dossier"]


def test_an_evidence_noun_added_by_a_pack_is_no_group_of_people() -> None:
    text = "The memos were leaked on Monday."
    sources = {"unnamed_sources": ["memos"]}
    assert [entity.name for entity in _annotate(text, sources).entities] == ["memos"]
    assert not _annotate(text, {**sources, "evidence_nouns": ["memos"]}).entities


def _cue(cue_id: str, kind: str, **fields: Any) -> dict[str, Any]:
    """A pack of one cue."""
    return {"cues": [{"id": cue_id, "kind": kind, **fields}]}


def test_a_cue_of_a_new_id_marked_noun_reports_the_clause_after_its_holder() -> None:
    text = "The union's gripe that wages were too low was ignored."
    assert not _annotate(text, _cue("statement.cue.gripe", "speech", forms=["gripe"])).statements
    marked = _annotate(text, _cue("statement.cue.gripe", "speech", forms=["gripe"], noun=True))
    assert [(item.provenance.rule, item.content.text) for item in marked.statements if item.provenance] == [
        ("statement.cue.gripe", "wages were too low")
    ]


def test_a_cue_of_a_new_id_marked_bare_clause_reports_a_clause_without_that() -> None:
    text = "Maria Lopez muttered prices rose sharply."
    assert not _annotate(text, _cue("statement.cue.mutter", "speech", verbs=["mutter"])).statements
    marked = _annotate(text, _cue("statement.cue.mutter", "speech", verbs=["mutter"], bare_clause=True))
    assert _speakers(marked) == ["Maria Lopez"]


def test_a_cue_added_under_an_existing_id_keeps_that_ids_behaviour() -> None:
    """Packs written before the cue properties existed: forms under ``statement.cue.say`` read as "said"."""
    text = "Maria Lopez muttered prices rose sharply."
    assert _speakers(_annotate(text, _cue("statement.cue.say", "speech", verbs=["mutter"]))) == ["Maria Lopez"]


def test_a_cue_of_a_new_id_marked_stance_only_makes_no_statement() -> None:
    text = "Maria Lopez faulted the ministry for the delay."
    assert _speakers(_annotate(text, _cue("statement.cue.fault", "act", verbs=["fault"]))) == ["Maria Lopez"]
    assert not _annotate(text, _cue("statement.cue.fault", "act", verbs=["fault"], stance_only=True)).statements


def test_a_collective_head_added_by_a_pack_names_a_body_in_lower_case() -> None:
    text = "The small island fishing league said the quota was unfair."
    assert _speakers(_annotate(text)) == [None]
    assert _speakers(_annotate(text, {"collective_heads": ["league"]})) == ["small island fishing league"]


def test_a_holder_modifier_added_by_a_pack_lets_a_role_noun_refer() -> None:
    text = "Governor Ana Ruiz visited the port on Monday. The reformist governor said taxes would fall."
    assert _speakers(_annotate(text)) == [None]
    assert _speakers(_annotate(text, {"holder_modifiers": ["reformist"]})) == ["Ana Ruiz"]


def test_a_country_modifier_added_by_a_pack_keeps_the_country() -> None:
    text = "Historians say Habsburg Austria collapsed in 1918."
    assert "Habsburg Austria" in [entity.name for entity in _annotate(text).entities]
    names = [entity.name for entity in _annotate(text, {"country_modifiers": ["Habsburg"]}).entities]
    assert "Habsburg Austria" not in names and "Austria" in names


def test_a_member_role_added_by_a_pack_makes_a_person_of_the_body() -> None:
    text = "A World Bank engineer said the dam was safe."
    assert _speakers(_annotate(text)) == ["World Bank"]
    assert _speakers(_annotate(text, {"member_roles": ["engineer"]})) == ["World Bank engineer"]


def test_a_cue_marked_only_reports_no_bare_clause() -> None:
    text = "Those talks were collapsing, Maria Lopez bellowed."
    assert _speakers(_annotate(text, _cue("statement.cue.bellow", "speech", verbs=["bellow"]))) == ["Maria Lopez"]
    assert not _annotate(text, _cue("statement.cue.bellow", "speech", verbs=["bellow"], marked_only=True)).statements


def test_an_act_marked_parenthetical_reports_the_clause_before_it() -> None:
    text = "The plan will fail, Maria Lopez grumbled."
    assert not _annotate(text, _cue("statement.cue.grumble", "act", verbs=["grumble"])).statements
    marked = _annotate(text, _cue("statement.cue.grumble", "act", verbs=["grumble"], parenthetical=True))
    assert [item.content.text for item in marked.statements if item.content] == ["The plan will fail"]


def test_an_act_marked_quoting_reports_the_quotation_before_its_source() -> None:
    text = "“Who pays for this?” Maria Lopez queried."
    assert not _annotate(text, _cue("statement.cue.query", "act", verbs=["query"])).statements
    marked = _annotate(text, _cue("statement.cue.query", "act", verbs=["query"], quoting=True))
    assert [item.content.text for item in marked.statements if item.content] == ["Who pays for this?"]


def test_a_label_added_by_a_pack_names_no_speaker() -> None:
    text = "Factbox: Prices rose five percent in May."
    assert _speakers(_annotate(text)) == ["Factbox"]
    assert not _annotate(text, {"not_speaker_labels": ["factbox"]}).statements

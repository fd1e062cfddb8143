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
    text = "The road was closed, a paramedic said."
    assert _speakers(_annotate(text)) == [None]
    assert _speakers(_annotate(text, {"unnamed_roles": ["paramedic"]})) == ["paramedic"]


def test_an_evidence_noun_added_by_a_pack_speaks_as_a_document() -> None:
    text = "The plan was dropped, the dossier shows."
    assert _speakers(_annotate(text)) == [None]
    assert _speakers(_annotate(text, {"evidence_nouns": ["dossier"]})) == ["dossier"]


def test_an_evidence_noun_added_by_a_pack_is_no_group_of_people() -> None:
    text = "The memos were leaked on Monday."
    sources = {"unnamed_sources": ["memos"]}
    assert [entity.name for entity in _annotate(text, sources).entities] == ["memos"]
    assert not _annotate(text, {**sources, "evidence_nouns": ["memos"]}).entities

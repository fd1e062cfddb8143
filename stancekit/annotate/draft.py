"""The working state the annotator's stages share while they build one document.

Each stage is a module with ``run(draft: Draft) -> None`` that reads what the
earlier stages left in the draft and adds its own layer. At the end,
``Draft.to_document()`` freezes everything into a validated ``Document``.
Offsets are code points into ``Draft.text`` throughout.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from stancekit.model import Document, Entity, Mention, Provenance, Span, Stance, Statement

__all__ = ["Draft", "Quote"]


@attrs.define
class Quote:
    """A quotation: the marks at ``start``/``end`` (exclusive) and the quoted text between.

    ``pieces`` lists the (start, end) stretches of quoted text without the
    marks; a quote running over paragraphs, or split around its cue, has more
    than one.
    """

    start: int
    end: int
    pieces: list[tuple[int, int]]
    closed: bool = True


@attrs.define
class Draft:
    """Mutable layers of one document under construction."""

    text: str
    meta: dict[str, Any]
    annotator: str
    rules: Any = None
    paragraphs: list[tuple[int, int]] = attrs.Factory(list)
    sentences: list[tuple[int, int]] = attrs.Factory(list)
    quotes: list[Quote] = attrs.Factory(list)
    entities: dict[str, Entity] = attrs.Factory(dict)
    mentions: list[Mention] = attrs.Factory(list)
    statements: list[Statement] = attrs.Factory(list)
    stances: list[Stance] = attrs.Factory(list)
    _counters: dict[str, int] = attrs.Factory(dict)

    def new_id(self, prefix: str) -> str:
        """A fresh id: ``e1``, ``e2``, ... for prefix ``e``."""
        count = self._counters.get(prefix, 0) + 1
        self._counters[prefix] = count
        return f"{prefix}{count}"

    def span(self, start: int, end: int) -> Span:
        return Span.of(self.text, start, end)

    def join(self, pieces: Iterable[tuple[int, int]]) -> Span:
        return Span.join(self.text, list(pieces))

    def provenance(self, rule: str, note: str | None = None) -> Provenance:
        return Provenance(self.annotator, rule, None, note)

    def add_entity(self, entity: Entity) -> Entity:
        self.entities[entity.id] = entity
        return entity

    def sentence_of(self, offset: int) -> tuple[int, int] | None:
        """The sentence containing ``offset`` (binary search; sentences are sorted)."""
        import bisect

        index = bisect.bisect_right(self.sentences, (offset, len(self.text) + 1)) - 1
        if index >= 0 and self.sentences[index][0] <= offset < self.sentences[index][1]:
            return self.sentences[index]
        return None

    def to_document(self, document_id: str) -> Document:
        return Document(
            id=document_id,
            text=self.text,
            meta=self.meta,
            sentences=[self.span(start, end) for start, end in self.sentences],
            entities=list(self.entities.values()),
            mentions=sorted(self.mentions, key=lambda mention: (mention.span.start, mention.span.end)),
            statements=self.statements,
            stances=self.stances,
        )

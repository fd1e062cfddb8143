"""Hypothesis strategies that build valid stancekit documents.

Public, so that users can property-test their own pipelines with them; the
project's tests use the same strategies. This is the one module of stancekit
that imports Hypothesis (``python -m pip install -e ".[testing]"`` in a clone).

Texts mix ASCII with emoji and other astral characters, CJK, right-to-left
scripts, combining marks and CRLF line ends, since those are where offsets go
wrong.

Example::

    from hypothesis import given
    from stancekit.testing import documents

    @given(documents())
    def test_my_exporter_keeps_every_stance(document):
        assert len(my_roundtrip(document).stances) == len(document.stances)
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from stancekit.model import (
    ENTITY_TYPES,
    MODES,
    POLARITIES,
    STANCE_TYPES,
    Document,
    Entity,
    Mention,
    Provenance,
    Span,
    Stance,
    Statement,
    Target,
)

__all__ = ["TRICKY_CHARACTERS", "documents", "spans", "texts"]

#: Characters that break code which confuses code points, UTF-16 units and bytes.
TRICKY_CHARACTERS = (
    "😀",  # astral: two UTF-16 units
    "🇨🇳",  # a flag: two astral code points
    "𝔘",  # mathematical letter, astral
    "中国",  # CJK
    "支持",
    "مرحبا",  # Arabic, right to left
    "שלום",  # Hebrew
    "é",  # e + combining acute
    "\r\n",
    "\n",
    "«",
    "»",
    "“",
    "”",
    "’",
    "\u200b",  # zero-width space
    "\u00a0",  # no-break space: whitespace to str.split, no space to [ \t]
    "\u3000",  # ideographic space
)

_WORDS = (
    "China",
    "supports",
    "talks",
    "said",
    "Mao",
    "“We welcome it,”",
    "NATO",
    "Kyiv",
    "opposes",
    "the",
    "plan",
    ".",
    ",",
)


def texts(min_size: int = 0, max_size: int = 60) -> st.SearchStrategy[str]:
    """Document texts: news-like words mixed with the characters in ``TRICKY_CHARACTERS``."""
    token = st.one_of(
        st.sampled_from(_WORDS),
        st.sampled_from(TRICKY_CHARACTERS),
        st.text(min_size=1, max_size=3),
    )
    return st.lists(token, min_size=min_size, max_size=max_size).map(" ".join)


@st.composite
def spans(draw: st.DrawFn, text: str, *, discontinuous: bool = True) -> Span:
    """A span of ``text`` (which must not be empty for a non-empty span), possibly discontinuous."""
    cuts = draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=6 if discontinuous else 2, unique=True))
    cuts.sort()
    if len(cuts) % 2:
        cuts.pop()
    pieces = [(cuts[index], cuts[index + 1]) for index in range(0, len(cuts), 2)]
    return Span.join(text, pieces)


def _provenance() -> st.SearchStrategy[Provenance | None]:
    return st.one_of(
        st.none(),
        st.builds(
            Provenance,
            annotator=st.sampled_from(["stancekit.rules 0.1.0", "annotator-7", "😀 person"]),
            rule=st.one_of(st.none(), st.sampled_from(["statement.say", "stance.blame.verb"])),
            created=st.one_of(st.none(), st.just("2025-05-29T12:00:00Z")),
            note=st.one_of(st.none(), st.text(max_size=10)),
        ),
    )


_ids = st.text("abcdefghijklmnopqrstuvwxyz0123456789-_:😀", min_size=1, max_size=6)
_names = st.text(min_size=1, max_size=12)


@st.composite
def documents(draw: st.DrawFn, *, max_entities: int = 4, max_items: int = 4) -> Document:
    """Valid documents: every offset inside the text, unique ids, every reference resolving."""
    text = draw(texts(min_size=1))
    meta: dict[str, Any] = draw(
        st.fixed_dictionaries(
            {},
            optional={
                "title": st.text(max_size=20),
                "source": st.sampled_from(["MENAFN", "wire"]),
                "date": st.just("2025-05-29"),
                "lang": st.sampled_from(["en", "zh", "ar"]),
                "url": st.just("https://example.org/a"),
                "corpus_field": st.integers(-5, 5),
            },
        )
    )
    entity_ids = draw(st.lists(_ids, max_size=max_entities, unique=True))
    entities = []
    for index, entity_id in enumerate(entity_ids):
        affiliation = draw(st.one_of(st.none(), st.sampled_from(entity_ids[:index]))) if index else None
        entities.append(
            Entity(
                id=entity_id,
                name=draw(_names),
                type=draw(st.sampled_from(ENTITY_TYPES)),
                aliases=draw(st.lists(_names, max_size=3)),
                country=draw(st.one_of(st.none(), st.sampled_from(["CHN", "RUS", "UKR", "USA"]))),
                kb_id=draw(st.one_of(st.none(), st.sampled_from(["Q148", "CHN", "org:NATO"]))),
                role=draw(st.one_of(st.none(), st.just("spokeswoman"))),
                affiliation=affiliation,
            )
        )
    maybe_entity = st.one_of(st.none(), st.sampled_from(entity_ids)) if entity_ids else st.none()

    mentions = []
    if entity_ids:
        for index in range(draw(st.integers(0, max_items))):
            mentions.append(
                Mention(f"m{index}", draw(st.sampled_from(entity_ids)), draw(spans(text, discontinuous=False)))
            )
    statements = []
    for index in range(draw(st.integers(0, max_items))):
        statements.append(
            Statement(
                id=f"s{index}",
                content=draw(spans(text)),
                speaker=draw(maybe_entity),
                source=draw(st.one_of(st.none(), spans(text, discontinuous=False))),
                cue=draw(st.one_of(st.none(), spans(text))),
                mode=draw(st.sampled_from(MODES)),
                provenance=draw(_provenance()),
            )
        )
    stances = []
    if entity_ids:
        statement_ids = [statement.id for statement in statements]
        for index in range(draw(st.integers(0, max_items))):
            target_span = draw(st.one_of(st.none(), spans(text)))
            stances.append(
                Stance(
                    id=f"st{index}",
                    holder=draw(st.sampled_from(entity_ids)),
                    target=Target(
                        text=target_span.text if target_span is not None else draw(st.text(max_size=15)),
                        span=target_span,
                        entity=draw(maybe_entity),
                    ),
                    polarity=draw(st.sampled_from(POLARITIES)),
                    type=draw(st.sampled_from((*STANCE_TYPES, "user_defined_act"))),
                    cue=draw(st.one_of(st.none(), spans(text))),
                    negated=draw(st.booleans()),
                    statement=draw(st.one_of(st.none(), st.sampled_from(statement_ids))) if statement_ids else None,
                    confidence=draw(st.floats(0, 1)),
                    provenance=draw(_provenance()),
                )
            )
    sentences = []
    boundaries = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6, unique=True)))
    for start, end in zip(boundaries[::2], boundaries[1::2], strict=False):
        sentences.append(Span.of(text, start, end))
    return Document(
        id=draw(_ids),
        text=text,
        meta=meta,
        sentences=sentences,
        entities=entities,
        mentions=mentions,
        statements=statements,
        stances=stances,
    )

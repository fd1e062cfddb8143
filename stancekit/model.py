"""The data model: frozen attrs classes and their wire form.

Offsets are Unicode code points into ``Document.text``, end exclusive. Every
class converts to the plain JSON-ready dict of the public format with
``to_dict()`` and back with ``from_dict()``; ``docs/data-model.md`` describes
that format field by field, and ``schemas/document.schema.json`` is its
source of truth.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from contextvars import ContextVar
from typing import Any, Literal

import attrs

from stancekit.invariants import FRAGMENT_SEPARATOR

__all__ = [
    "ENTITY_TYPES",
    "FORMAT_VERSION",
    "MODES",
    "POLARITIES",
    "STANCE_TYPES",
    "Document",
    "Entity",
    "Mention",
    "Provenance",
    "Span",
    "Stance",
    "Statement",
    "Target",
]

#: The version of the wire format ``to_dict()`` writes. A reader accepts every
#: file of the same major version.
FORMAT_VERSION = "1.0"

ENTITY_TYPES = ("person", "organization", "country", "government", "group", "other")
MODES = ("direct", "indirect", "mixed")
POLARITIES = ("support", "oppose", "neutral")

#: The core vocabulary of stance acts. Rule packs may add their own.
STANCE_TYPES = (
    "support",
    "welcome",
    "encourage",
    "endorse",
    "praise",
    "advocate",
    "call_for",
    "urge",
    "hope",
    "commit",
    "oppose",
    "criticize",
    "condemn",
    "denounce",
    "blame",
    "accuse",
    "reject",
    "deny",
    "warn",
)

#: Set while ``Document.from_dict`` builds a document from a dict it has just validated.
_VALIDATED: ContextVar[bool] = ContextVar("stancekit_validated", default=False)

EntityType = Literal["person", "organization", "country", "government", "group", "other"]
Mode = Literal["direct", "indirect", "mixed"]
Polarity = Literal["support", "oppose", "neutral"]


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _spans(values: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(values)


def _entities(values: Iterable[Entity]) -> tuple[Entity, ...]:
    return tuple(values)


def _mentions(values: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(values)


def _statements(values: Iterable[Statement]) -> tuple[Statement, ...]:
    return tuple(values)


def _stances(values: Iterable[Stance]) -> tuple[Stance, ...]:
    return tuple(values)


def _meta(values: Mapping[str, Any]) -> dict[str, Any]:
    # A date is what a caller has first ("date=datetime.date(2025, 5, 29)"): kept as its ISO 8601 text.
    return {key: value.isoformat() if isinstance(value, datetime.date) else value for key, value in values.items()}


@attrs.frozen
class Span:
    """A stretch of the document text, possibly discontinuous.

    ``text`` is the exact slice ``document.text[start:end]``, kept as a
    checksum. A discontinuous span lists its pieces in ``fragments``, in order
    and not overlapping; then ``start``/``end`` bound them and ``text`` is the
    fragments' texts joined by one space.
    """

    start: int
    end: int
    text: str
    fragments: tuple[Span, ...] = attrs.field(default=(), converter=_spans)

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The continuous span ``text[start:end]``."""
        return cls(start, end, text[start:end])

    @classmethod
    def join(cls, text: str, pieces: Sequence[tuple[int, int]]) -> Span:
        """A span made of ``pieces`` (start, end pairs, in order); continuous when there is one."""
        if not pieces:
            raise ValueError("a span needs at least one (start, end) piece")
        if len(pieces) == 1:
            return cls.of(text, *pieces[0])
        fragments = tuple(cls.of(text, start, end) for start, end in pieces)
        return cls(
            fragments[0].start,
            fragments[-1].end,
            FRAGMENT_SEPARATOR.join(fragment.text for fragment in fragments),
            fragments,
        )

    @property
    def pieces(self) -> tuple[tuple[int, int], ...]:
        """The (start, end) pairs this span covers: its fragments', or its own."""
        if self.fragments:
            return tuple((fragment.start, fragment.end) for fragment in self.fragments)
        return ((self.start, self.end),)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.fragments:
            data["fragments"] = [fragment.to_dict() for fragment in self.fragments]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        return cls(
            data["start"],
            data["end"],
            data["text"],
            tuple(cls.from_dict(fragment) for fragment in data.get("fragments") or ()),
        )


def _span_or_none(data: Mapping[str, Any] | None) -> Span | None:
    return None if data is None else Span.from_dict(data)


def _dict_or_none(value: Span | Provenance | None) -> dict[str, Any] | None:
    return None if value is None else value.to_dict()


@attrs.frozen
class Provenance:
    """Who or what made an annotation: an annotator (``stancekit.rules 0.1.0`` or a person) and a rule id."""

    annotator: str
    rule: str | None = None
    created: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"annotator": self.annotator, "rule": self.rule, "created": self.created, "note": self.note}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Provenance:
        return cls(data["annotator"], data.get("rule"), data.get("created"), data.get("note"))


def _provenance_or_none(data: Mapping[str, Any] | None) -> Provenance | None:
    return None if data is None else Provenance.from_dict(data)


@attrs.frozen
class Entity:
    """An actor: a person, organisation, country, government or group, with the other names the text uses."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    country: str | None = None
    kb_id: str | None = None
    role: str | None = None
    affiliation: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "country": self.country,
            "kb_id": self.kb_id,
            "role": self.role,
            "affiliation": self.affiliation,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entity:
        return cls(
            data["id"],
            data["name"],
            data["type"],
            data.get("aliases") or (),
            data.get("country"),
            data.get("kb_id"),
            data.get("role"),
            data.get("affiliation"),
        )


@attrs.frozen
class Mention:
    """A place where the text names an entity, pronouns and aliases included."""

    id: str
    entity: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "entity": self.entity, "span": self.span.to_dict()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mention:
        return cls(data["id"], data["entity"], Span.from_dict(data["span"]))


@attrs.frozen
class Statement:
    """Attributed speech: who (``speaker``, named at ``source``) said what (``content``), cued by ``cue``.

    ``speaker``, ``source`` and ``cue`` may be missing (an unnamed source, an
    attribution with no cue word); ``content`` may not.
    """

    id: str
    content: Span
    speaker: str | None = None
    source: Span | None = None
    cue: Span | None = None
    mode: Mode = "indirect"
    provenance: Provenance | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker,
            "source": _dict_or_none(self.source),
            "cue": _dict_or_none(self.cue),
            "content": self.content.to_dict(),
            "mode": self.mode,
            "provenance": _dict_or_none(self.provenance),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Statement:
        return cls(
            id=data["id"],
            content=Span.from_dict(data["content"]),
            speaker=data.get("speaker"),
            source=_span_or_none(data.get("source")),
            cue=_span_or_none(data.get("cue")),
            mode=data.get("mode", "indirect"),
            provenance=_provenance_or_none(data.get("provenance")),
        )


@attrs.frozen
class Target:
    """What a stance is about: its text, and where known its span and the entity it names."""

    text: str
    span: Span | None = None
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": _dict_or_none(self.span), "entity": self.entity}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Target:
        return cls(data["text"], _span_or_none(data.get("span")), data.get("entity"))


def _confidence(value: float) -> float:
    return float(value)


@attrs.frozen
class Stance:
    """A holder's position toward a target: support, oppose or neutral, by an act (``type``)."""

    id: str
    holder: str
    target: Target
    polarity: Polarity
    type: str
    cue: Span | None = None
    negated: bool = False
    statement: str | None = None
    confidence: float = attrs.field(default=1.0, converter=_confidence)
    provenance: Provenance | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "holder": self.holder,
            "target": self.target.to_dict(),
            "polarity": self.polarity,
            "type": self.type,
            "cue": _dict_or_none(self.cue),
            "negated": self.negated,
            "statement": self.statement,
            "confidence": self.confidence,
            "provenance": _dict_or_none(self.provenance),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Stance:
        return cls(
            id=data["id"],
            holder=data["holder"],
            target=Target.from_dict(data["target"]),
            polarity=data["polarity"],
            type=data["type"],
            cue=_span_or_none(data.get("cue")),
            negated=data.get("negated", False),
            statement=data.get("statement"),
            confidence=data.get("confidence", 1.0),
            provenance=_provenance_or_none(data.get("provenance")),
        )


@attrs.frozen(eq=True)
class Document:
    """A text and its annotations. Building one checks it against the schema and its invariants.

    Raises:
        ValidationError: when a value breaks the schema (``meta={"date": 5}``),
            an offset leaves the text, a span's text is not its slice, an id
            repeats or a reference does not resolve; the error names the JSON
            path.
    """

    id: str
    text: str
    meta: dict[str, Any] = attrs.field(factory=dict, converter=_meta, hash=False)
    sentences: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    entities: tuple[Entity, ...] = attrs.field(default=(), converter=_entities)
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_mentions)
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_statements)
    stances: tuple[Stance, ...] = attrs.field(default=(), converter=_stances)
    version: str = FORMAT_VERSION

    def __attrs_post_init__(self) -> None:
        if _VALIDATED.get():
            return  # built by from_dict from a dict that validate() has just accepted
        from stancekit._fastvalid import accepts

        data = self.to_dict()
        if accepts(data):
            return  # certainly no problem (tests/test_fast_validation.py); the checks below explain one
        from stancekit.schemas import validate

        validate(data)  # the schema too: a value the model's types let through ("meta": {"date": 5})

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id.

        Raises:
            KeyError: when the document has no such entity.
        """
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready wire form, the public contract described by the schemas."""
        return {
            "version": self.version,
            "id": self.id,
            "text": self.text,
            "meta": dict(self.meta),
            "sentences": [sentence.to_dict() for sentence in self.sentences],
            "entities": [entity.to_dict() for entity in self.entities],
            "mentions": [mention.to_dict() for mention in self.mentions],
            "statements": [statement.to_dict() for statement in self.statements],
            "stances": [stance.to_dict() for stance in self.stances],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, validate: bool = True) -> Document:
        """Build a document from its wire form.

        Args:
            data: a dict as written by ``to_dict()`` (or read from JSON).
            validate: check it against the schema first, so that a malformed
                dict raises a ``ValidationError`` naming the path rather than
                a ``KeyError``.

        Raises:
            ValidationError: the first problem, with its JSON path.
        """
        if not validate:
            return cls._from_wire(data)  # the constructor's own checks still run
        from stancekit.schemas import validate as validate_schema

        validate_schema(data)
        # The objects of a valid wire form make a valid document: the constructor need not check it again.
        token = _VALIDATED.set(True)
        try:
            return cls._from_wire(data)
        finally:
            _VALIDATED.reset(token)

    @classmethod
    def _from_wire(cls, data: Mapping[str, Any]) -> Document:
        return cls(
            id=data["id"],
            text=data["text"],
            meta=data.get("meta") or {},
            sentences=[Span.from_dict(item) for item in data.get("sentences") or ()],
            entities=[Entity.from_dict(item) for item in data.get("entities") or ()],
            mentions=[Mention.from_dict(item) for item in data.get("mentions") or ()],
            statements=[Statement.from_dict(item) for item in data.get("statements") or ()],
            stances=[Stance.from_dict(item) for item in data.get("stances") or ()],
            version=data.get("version", FORMAT_VERSION),
        )

    def _repr_html_(self) -> str:
        from stancekit.render import render_html

        return render_html(self, standalone=False)

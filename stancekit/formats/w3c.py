"""W3C Web Annotation (JSON-LD): one ``AnnotationCollection`` per document, for publishing on the web.

Every mention, statement and stance becomes an ``Annotation`` that carries
its own ``@context`` (the W3C one, ``http://www.w3.org/ns/anno.jsonld``, and
the stancekit one, :data:`CONTEXT`, written inline so that no one needs to
fetch it), so each annotation stands alone:

- its ``target`` lists one ``SpecificResource`` per piece of text it points
  at, each with a ``TextQuoteSelector`` (``exact`` with 32 code points of
  ``prefix`` and ``suffix``) and a ``TextPositionSelector``, and a stancekit
  ``role`` saying which part of the record it is (``mention``; ``content``,
  ``source`` or ``cue`` of a statement; ``target`` or ``cue`` of a stance).
  A discontinuous span gives one ``SpecificResource`` per fragment, in order.
  A stance with neither a target span nor a cue targets the whole document;
- its ``body`` is a ``TextualBody`` that says in words what the record is,
  for people reading it in an annotation viewer;
- the record's fields are stancekit terms on the annotation itself:
  ``identifier``, ``entity`` (mentions); ``speaker``, ``mode`` (statements);
  ``holder``, ``polarity``, ``act`` (the stance type; ``type`` is taken by
  JSON-LD), ``negated``, ``confidence``, ``statement``, ``targetText`` and
  ``targetEntity`` (stances); and ``provenance`` as a JSON literal. The
  provenance's annotator also becomes the W3C ``creator``, and its
  ``created`` the W3C ``created`` when it is an RFC 3339 date-time.

The collection carries the document itself under ``document`` (its
``identifier``, ``text``, ``meta``, ``sentences`` and ``entities``, the last
three as JSON literals), so a file reads back alone. One page, embedded as
``first``, holds the annotations: mentions, then statements, then stances.

Offsets: the W3C model counts ``TextPositionSelector`` positions in Unicode
code points ("not in terms of code units"), as stancekit does, so positions
are written as they are. On reading, the ``TextQuoteSelector`` is checked
against the text at that position; a target with only a quote selector is
found by its quote and its prefix and suffix.

IRIs: the document is ``BASE + id`` (the id percent-encoded), the collection
``…/annotations``, each annotation ``…/mentions/ID``, ``…/statements/ID`` or
``…/stances/ID``. ``BASE`` is ``urn:stancekit:`` unless ``base=`` names your
own (``https://example.org/corpus/``). The stancekit vocabulary
(:data:`VOCABULARY`) is a namespace, not a page to fetch.

What the format cannot carry: nothing is lost; a file written here reads
back equal to the document. The stancekit context uses JSON-LD 1.1 (JSON
literals), so JSON-LD 1.0 processors reject it.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from itertools import pairwise
from typing import Any
from urllib.parse import quote

from stancekit._files import atomic_write, describe_json, parse_json, read_text
from stancekit.errors import FormatError, UsageError, ValidationError
from stancekit.formats import documents_of
from stancekit.model import MODES, POLARITIES, Document, Mention, Provenance, Span, Stance, Statement, Target

__all__ = [
    "ANNO_CONTEXT",
    "CONTEXT",
    "DEFAULT_BASE",
    "EXTENSIONS",
    "NAME",
    "VOCABULARY",
    "dump",
    "dumps",
    "from_collection",
    "load",
    "load_all",
    "loads",
    "loads_all",
    "to_annotations",
    "to_collection",
]

NAME = "w3c"
EXTENSIONS = (".jsonld", ".w3c.json")

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
VOCABULARY = "https://stancekit.github.io/ns/1#"
DEFAULT_BASE = "urn:stancekit:"

#: How many code points of text the TextQuoteSelector keeps either side of the quote.
QUOTE_CONTEXT = 32

_JSON = "@json"

#: The stancekit JSON-LD context: the terms this format adds to the W3C model.
CONTEXT: dict[str, Any] = {
    "@version": 1.1,
    "stancekit": VOCABULARY,
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "Mention": "stancekit:Mention",
    "Statement": "stancekit:Statement",
    "Stance": "stancekit:Stance",
    "document": "stancekit:document",
    "identifier": "stancekit:identifier",
    "version": "stancekit:version",
    "text": "stancekit:text",
    "meta": {"@id": "stancekit:meta", "@type": _JSON},
    "sentences": {"@id": "stancekit:sentences", "@type": _JSON},
    "entities": {"@id": "stancekit:entities", "@type": _JSON},
    "role": "stancekit:role",
    "entity": "stancekit:entity",
    "speaker": "stancekit:speaker",
    "mode": "stancekit:mode",
    "holder": "stancekit:holder",
    "polarity": "stancekit:polarity",
    "act": "stancekit:act",
    "negated": {"@id": "stancekit:negated", "@type": "xsd:boolean"},
    "confidence": {"@id": "stancekit:confidence", "@type": "xsd:double"},
    "statement": "stancekit:statement",
    "targetText": "stancekit:targetText",
    "targetEntity": "stancekit:targetEntity",
    "provenance": {"@id": "stancekit:provenance", "@type": _JSON},
}

_KINDS = {"Mention": "mentions", "Statement": "statements", "Stance": "stances"}
_ROLES = {"Mention": ("mention",), "Statement": ("content", "source", "cue"), "Stance": ("target", "cue")}
_MOTIVATIONS = {"Mention": "identifying", "Statement": "describing", "Stance": "classifying"}

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*\Z")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})\Z")


def _context() -> list[Any]:
    return [ANNO_CONTEXT, CONTEXT]


def _segment(identifier: str) -> str:
    return quote(identifier, safe="")


def _is_date_time(value: str) -> bool:
    """True for an RFC 3339 date-time (what the W3C model's ``created`` must be)."""
    if not _DATE_TIME.match(value):
        return False
    try:
        datetime.fromisoformat(value[:19])
    except ValueError:
        return False
    offset = value[19:].lstrip(".0123456789")
    return offset in ("Z", "z") or (int(offset[1:3]) < 24 and int(offset[4:6]) < 60)


class _Iris:
    """The IRIs of one document's resources under a base."""

    def __init__(self, document_id: str, base: str) -> None:
        if not isinstance(base, str) or not _SCHEME.match(base):
            raise UsageError(f"base {base!r} is not an IRI prefix; expected one such as 'https://example.org/corpus/'")
        self.document = base + _segment(document_id)
        self.collection = self.document + "/annotations"

    def record(self, kind: str, identifier: str) -> str:
        return f"{self.document}/{_KINDS[kind]}/{_segment(identifier)}"


def _selectors(text: str, start: int, end: int) -> list[dict[str, Any]]:
    return [
        {
            "type": "TextQuoteSelector",
            "exact": text[start:end],
            "prefix": text[max(0, start - QUOTE_CONTEXT) : start],
            "suffix": text[end : end + QUOTE_CONTEXT],
        },
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]


def _targets(text: str, source: str, role: str, span: Span | None) -> list[dict[str, Any]]:
    if span is None:
        return []
    return [
        {"type": "SpecificResource", "source": source, "role": role, "selector": _selectors(text, start, end)}
        for start, end in span.pieces
    ]


def _lifecycle(annotation: dict[str, Any], provenance: Provenance | None) -> None:
    if provenance is None:
        return
    annotation["provenance"] = provenance.to_dict()
    annotation["creator"] = {"name": provenance.annotator}
    if provenance.created is not None and _is_date_time(provenance.created):
        annotation["created"] = provenance.created


def _annotation(kind: str, identifier: str, iris: _Iris, summary: str) -> dict[str, Any]:
    return {
        "@context": _context(),
        "id": iris.record(kind, identifier),
        "type": ["Annotation", kind],
        "motivation": _MOTIVATIONS[kind],
        "identifier": identifier,
        "body": {"type": "TextualBody", "value": summary, "format": "text/plain", "purpose": _MOTIVATIONS[kind]},
    }


def _name(document: Document, entity_id: str | None, fallback: str) -> str:
    if entity_id is None:
        return fallback
    try:
        return document.entity(entity_id).name
    except KeyError:
        return entity_id


def to_annotations(document: Document, *, base: str = DEFAULT_BASE) -> list[dict[str, Any]]:
    """The document's mentions, statements and stances as W3C Annotations, each with its own ``@context``.

    Raises:
        UsageError: when ``base`` is not an IRI prefix.
    """
    iris = _Iris(document.id, base)
    text, source = document.text, iris.document
    items: list[dict[str, Any]] = []
    for mention in document.mentions:
        annotation = _annotation("Mention", mention.id, iris, _name(document, mention.entity, mention.entity))
        annotation["entity"] = mention.entity
        annotation["target"] = _targets(text, source, "mention", mention.span)
        items.append(annotation)
    for statement in document.statements:
        speaker = _name(document, statement.speaker, "an unnamed source")
        annotation = _annotation("Statement", statement.id, iris, f"{speaker}: {statement.content.text}")
        if statement.speaker is not None:
            annotation["speaker"] = statement.speaker
        annotation["mode"] = statement.mode
        annotation["target"] = [
            *_targets(text, source, "content", statement.content),
            *_targets(text, source, "source", statement.source),
            *_targets(text, source, "cue", statement.cue),
        ]
        _lifecycle(annotation, statement.provenance)
        items.append(annotation)
    for stance in document.stances:
        act = f"not {stance.type}" if stance.negated else stance.type
        summary = f"{_name(document, stance.holder, stance.holder)} {act} ({stance.polarity}): {stance.target.text}"
        annotation = _annotation("Stance", stance.id, iris, summary)
        annotation.update(
            holder=stance.holder,
            polarity=stance.polarity,
            act=stance.type,
            negated=stance.negated,
            confidence=stance.confidence,
            targetText=stance.target.text,
        )
        if stance.target.entity is not None:
            annotation["targetEntity"] = stance.target.entity
        if stance.statement is not None:
            annotation["statement"] = stance.statement
        targets = [
            *_targets(text, source, "target", stance.target.span),
            *_targets(text, source, "cue", stance.cue),
        ]
        annotation["target"] = targets or source
        _lifecycle(annotation, stance.provenance)
        items.append(annotation)
    return items


def to_collection(document: Document, *, base: str = DEFAULT_BASE) -> dict[str, Any]:
    """The document as one AnnotationCollection that also carries its text, metadata, sentences and entities."""
    iris = _Iris(document.id, base)
    items = to_annotations(document, base=base)
    title = document.meta.get("title")
    collection: dict[str, Any] = {
        "@context": _context(),
        "id": iris.collection,
        "type": "AnnotationCollection",
        "label": title if isinstance(title, str) and title else f"stancekit annotations of {document.id}",
        "total": len(items),
        "document": {
            "id": iris.document,
            "type": "Text",
            "identifier": document.id,
            "version": document.version,
            "text": document.text,
            "meta": dict(document.meta),
            "sentences": [sentence.to_dict() for sentence in document.sentences],
            "entities": [entity.to_dict() for entity in document.entities],
        },
    }
    if items:
        collection["first"] = {
            "id": iris.collection + "/page1",
            "type": "AnnotationPage",
            "partOf": iris.collection,
            "startIndex": 0,
            "items": items,
        }
    return collection


def dumps(document: Document | Iterable[Document], *, base: str = DEFAULT_BASE, indent: int | None = 2) -> str:
    """One document as an AnnotationCollection, or several as a JSON array of collections."""
    if isinstance(document, Document):
        data: Any = to_collection(document, base=base)
    else:
        data = [to_collection(item, base=base) for item in documents_of(document, "w3c.dumps")]
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


def dump(document: Document | Iterable[Document], path: str | os.PathLike[str], *, base: str = DEFAULT_BASE) -> None:
    """Write W3C JSON-LD atomically."""
    atomic_write(path, dumps(document, base=base))


class _Reader:
    """Reads one collection, raising FormatError with the file and the JSON path of every problem."""

    def __init__(self, location: str, text: str = "") -> None:
        self.location = location
        self.text = text

    def fail(self, path: str, message: str) -> FormatError:
        return FormatError(f"{self.location}: {path}: {message}")

    def object(self, value: Any, path: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(path, f"{describe_json(value)}; expected an object")
        return value

    def field(
        self, data: Mapping[str, Any], key: str, path: str, kind: type | tuple[type, ...], *, required: bool = True
    ) -> Any:
        if key not in data or data[key] is None:
            if required:
                raise self.fail(path, f"no {key!r}; expected {_type_name(kind)}")
            return None
        value = data[key]
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            raise self.fail(f"{path}.{key}", f"{describe_json(value)}; expected {_type_name(kind)}")
        if not isinstance(value, kind):
            raise self.fail(f"{path}.{key}", f"{describe_json(value)}; expected {_type_name(kind)}")
        return value

    def choice(self, data: Mapping[str, Any], key: str, path: str, choices: tuple[str, ...]) -> str:
        value = self.field(data, key, path, str)
        if value not in choices:
            raise self.fail(f"{path}.{key}", f"{value!r}; expected one of {', '.join(choices)}")
        return str(value)

    def position(self, resource: Mapping[str, Any], path: str) -> tuple[int, int]:
        """The (start, end) code points a SpecificResource's selectors point at."""
        selectors = resource.get("selector")
        if isinstance(selectors, Mapping):
            selectors = [selectors]
        if not isinstance(selectors, list) or not selectors:
            raise self.fail(path, "no selector; expected a TextPositionSelector or a TextQuoteSelector")
        found: dict[str, tuple[int, Mapping[str, Any]]] = {}
        for index, selector in enumerate(selectors):
            if isinstance(selector, Mapping) and selector.get("type") in ("TextPositionSelector", "TextQuoteSelector"):
                found.setdefault(selector["type"], (index, selector))
        quote_selector = found.get("TextQuoteSelector")
        if "TextPositionSelector" in found:
            index, selector = found["TextPositionSelector"]
            where = f"{path}.selector[{index}]"
            start = self.field(selector, "start", where, int)
            end = self.field(selector, "end", where, int)
            if not 0 <= start <= end <= len(self.text):
                raise self.fail(
                    where, f"positions {start}..{end} leave the text (0..{len(self.text)}); expected code points in it"
                )
            if quote_selector is not None:
                quote_index, quoted = quote_selector
                exact = self.field(quoted, "exact", f"{path}.selector[{quote_index}]", str)
                if exact != self.text[start:end]:
                    raise self.fail(
                        f"{path}.selector[{quote_index}].exact",
                        f"{exact!r} differs from the text at {start}..{end}, {self.text[start:end]!r}; "
                        "expected the quote at the position",
                    )
            return start, end
        if quote_selector is None:
            raise self.fail(path, "no TextPositionSelector or TextQuoteSelector; expected one of them")
        return self.find_quote(*quote_selector, path)

    def find_quote(self, index: int, selector: Mapping[str, Any], path: str) -> tuple[int, int]:
        where = f"{path}.selector[{index}]"
        exact = self.field(selector, "exact", where, str)
        prefix = self.field(selector, "prefix", where, str, required=False) or ""
        suffix = self.field(selector, "suffix", where, str, required=False) or ""
        matches = (
            [
                match.start()
                for match in re.finditer(re.escape(exact), self.text)
                if self.text[: match.start()].endswith(prefix)
                and self.text[match.start() + len(exact) :].startswith(suffix)
            ]
            if exact
            else []
        )
        if len(matches) != 1:
            found = "is not in the text" if not matches else f"occurs {len(matches)} times"
            raise self.fail(
                where, f"the quote {exact!r} {found}; expected exactly one place, or a TextPositionSelector"
            )
        return matches[0], matches[0] + len(exact)


def _type_name(kind: type | tuple[type, ...]) -> str:
    names = {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "a boolean",
        list: "an array",
        dict: "an object",
    }
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(item, item.__name__) for item in kinds)


def _types(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _provenance(reader: _Reader, annotation: Mapping[str, Any], path: str) -> Provenance | None:
    data = reader.field(annotation, "provenance", path, dict, required=False)
    if data is None:
        return None
    where = f"{path}.provenance"
    annotator = reader.field(data, "annotator", where, str)
    fields = [reader.field(data, key, where, str, required=False) for key in ("rule", "created", "note")]
    return Provenance(annotator, *fields)


def _spans(reader: _Reader, annotation: Mapping[str, Any], path: str, kind: str) -> dict[str, Span]:
    """The record's spans by role, joined from its targets in order."""
    targets = annotation.get("target")
    if targets is None:
        raise reader.fail(path, "no 'target'; expected the annotation's targets")
    pieces: dict[str, list[tuple[int, int]]] = {}
    for index, target in enumerate(_types(targets)):
        where = f"{path}.target[{index}]" if isinstance(targets, list) else f"{path}.target"
        if not isinstance(target, Mapping) or "role" not in target:
            continue  # the whole document, or a target stancekit did not write
        role = reader.choice(target, "role", where, _ROLES[kind])
        pieces.setdefault(role, []).append(reader.position(target, where))
    spans = {}
    for role, parts in pieces.items():
        if any(later[0] < earlier[1] for earlier, later in pairwise(parts)):
            raise reader.fail(path, f"the {role} pieces overlap or are out of order; expected them in text order")
        spans[role] = Span.join(reader.text, parts)
    return spans


def _record(reader: _Reader, annotation: Mapping[str, Any], path: str) -> Mention | Statement | Stance:
    kinds = [kind for kind in _types(annotation.get("type")) if isinstance(kind, str) and kind in _KINDS]
    if "Annotation" not in _types(annotation.get("type")) or len(kinds) != 1:
        raise reader.fail(
            f"{path}.type", "expected 'Annotation' with one of 'Mention', 'Statement' or 'Stance' in the type"
        )
    kind = kinds[0]
    identifier = reader.field(annotation, "identifier", path, str)
    spans = _spans(reader, annotation, path, kind)
    if kind == "Mention":
        if "mention" not in spans:
            raise reader.fail(path, "no target with role 'mention'; expected the mention's text")
        return Mention(identifier, reader.field(annotation, "entity", path, str), spans["mention"])
    if kind == "Statement":
        if "content" not in spans:
            raise reader.fail(path, "no target with role 'content'; expected the statement's content")
        return Statement(
            id=identifier,
            content=spans["content"],
            speaker=reader.field(annotation, "speaker", path, str, required=False),
            source=spans.get("source"),
            cue=spans.get("cue"),
            mode=reader.choice(annotation, "mode", path, MODES),  # type: ignore[arg-type]
            provenance=_provenance(reader, annotation, path),
        )
    return Stance(
        id=identifier,
        holder=reader.field(annotation, "holder", path, str),
        target=Target(
            text=reader.field(annotation, "targetText", path, str),
            span=spans.get("target"),
            entity=reader.field(annotation, "targetEntity", path, str, required=False),
        ),
        polarity=reader.choice(annotation, "polarity", path, POLARITIES),  # type: ignore[arg-type]
        type=reader.field(annotation, "act", path, str),
        cue=spans.get("cue"),
        negated=reader.field(annotation, "negated", path, bool),
        statement=reader.field(annotation, "statement", path, str, required=False),
        confidence=reader.field(annotation, "confidence", path, (int, float)),
        provenance=_provenance(reader, annotation, path),
    )


def _items(reader: _Reader, collection: Mapping[str, Any], path: str) -> list[tuple[str, Any]]:
    page = collection.get("first")
    if page is None:
        return []
    if isinstance(page, str):
        raise reader.fail(f"{path}.first", "a page given by IRI; expected the page embedded in the file")
    page = reader.object(page, f"{path}.first")
    if page.get("next") is not None:
        raise reader.fail(f"{path}.first.next", "a second page; expected all annotations on the first page")
    items = reader.field(page, "items", f"{path}.first", list)
    return [(f"{path}.first.items[{index}]", item) for index, item in enumerate(items)]


def from_collection(data: Any, *, location: str = "<string>", path: str = "$") -> Document:
    """The document an AnnotationCollection written by :func:`to_collection` describes.

    Raises:
        FormatError: naming ``location`` and the JSON path of the first problem.
    """
    reader = _Reader(location)
    collection = reader.object(data, path)
    if "AnnotationCollection" not in _types(collection.get("type")):
        found = "a lone Annotation" if "Annotation" in _types(collection.get("type")) else "no AnnotationCollection"
        raise reader.fail(
            path, f"{found}; expected an AnnotationCollection that carries the document (stancekit writes one each)"
        )
    where = f"{path}.document"
    if "document" not in collection:
        raise reader.fail(path, "no 'document'; expected the stancekit document (its text) in the collection")
    block = reader.object(collection["document"], where)
    reader.text = reader.field(block, "text", where, str)
    records: dict[str, list[Any]] = {"Mention": [], "Statement": [], "Stance": []}
    for item_path, item in _items(reader, collection, path):
        record = _record(reader, reader.object(item, item_path), item_path)
        records[type(record).__name__].append(record)
    wire = {
        "version": reader.field(block, "version", where, str, required=False) or "1.0",
        "id": reader.field(block, "identifier", where, str),
        "text": reader.text,
        "meta": reader.field(block, "meta", where, dict, required=False) or {},
        "sentences": reader.field(block, "sentences", where, list, required=False) or [],
        "entities": reader.field(block, "entities", where, list, required=False) or [],
        "mentions": [record.to_dict() for record in records["Mention"]],
        "statements": [record.to_dict() for record in records["Statement"]],
        "stances": [record.to_dict() for record in records["Stance"]],
    }
    try:
        return Document.from_dict(wire)
    except ValidationError as error:
        raise reader.fail(where, f"the document these annotations make is invalid: {error}") from None


def loads_all(text: str, *, location: str = "<string>") -> list[Document]:
    """Every document of a file holding one AnnotationCollection or a JSON array of them."""
    data = parse_json(text, location)
    if isinstance(data, list):
        return [from_collection(item, location=location, path=f"$[{index}]") for index, item in enumerate(data)]
    return [from_collection(data, location=location)]


def loads(text: str, *, location: str = "<string>") -> Document:
    """The one document of a file holding one AnnotationCollection."""
    documents = loads_all(text, location=location)
    if len(documents) != 1:
        raise FormatError(f"{location}: {len(documents)} collections; expected one (use load_all for several)")
    return documents[0]


def load(path: str | os.PathLike[str]) -> Document:
    return loads(read_text(path), location=str(path))


def load_all(path: str | os.PathLike[str]) -> list[Document]:
    return loads_all(read_text(path), location=str(path))

"""UIMA CAS XMI, for curating in INCEpTION (needs the extra: ``python -m pip install -e ".[inception]"`` in a clone).

One XMI file per document, read and written through dkpro-cassis. Writing
``out.xmi`` also writes the type system beside it as ``TypeSystem.xml``
(INCEpTION's name for it), and :func:`dump_all` writes a corpus as a folder
of ``ID.xmi`` files with one ``TypeSystem.xml``; reading takes that file when it is there, so an
INCEpTION export with its own layers reads too (types stancekit does not
know are skipped). XML without a CAS Sofa holding the text is refused.

The type system (:func:`typesystem`) has two layers in INCEpTION's custom
namespace:

- a **span layer** ``webanno.custom.StancekitSpan`` for every stretch of text
  a record points at: ``role`` is ``mention``; ``content``, ``source`` or
  ``cue`` (statements); ``target`` or ``cue`` (stances). ``kind`` and
  ``record`` name the record (``statement``, ``s1``); a discontinuous span is
  one annotation per fragment with the same record. ``entity`` is the
  mention's entity, and the content spans of a statement carry ``entity``
  (the speaker), ``mode`` and ``provenance``;
- a **relation layer** ``webanno.custom.StancekitStance`` for stances, from
  the cue span (``Governor``) to the target span (``Dependent``), with
  ``record``, ``holder``, ``polarity``, ``act``, ``negated``, ``confidence``,
  ``statement``, ``targetText``, ``targetEntity`` and ``provenance``. A
  stance with only one of the two spans relates that span to itself; one
  with neither has no ends and covers nothing (INCEpTION cannot show it).

Sentences become DKPro ``Sentence`` annotations, which INCEpTION shows as
lines; the document id, title and language go into DKPro
``DocumentMetaData``, and the rest of the document (its metadata and
entities, as JSON) into ``webanno.custom.StancekitDocument``. Provenance is
JSON in a string feature.

Records added in INCEpTION read back too: spans without a ``record`` each
make their own record, stance relations without one take their spans from
their ends, and every such record gets the next free id (``m``, ``s``,
``st`` and a number).

Offsets: UIMA counts UTF-16 code units (Java strings); dkpro-cassis converts
them to code points when it reads and back when it writes, so a document
with emoji keeps its offsets.

What the format cannot carry: XML 1.0 has no place for most control
characters (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F) or U+FFFE/U+FFFF,
so a document whose text or fields hold one cannot be written. Everything
else round-trips exactly.
"""

from __future__ import annotations

import io
import json
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from stancekit._files import RepeatedKeyError, atomic_write, parse_json, read_bytes
from stancekit.errors import FormatError, InputError, UsageError, ValidationError
from stancekit.formats import documents_of
from stancekit.model import MODES, POLARITIES, Document, Mention, Provenance, Span, Stance, Statement, Target

__all__ = [
    "EXTENSIONS",
    "NAME",
    "TYPESYSTEM_FILE",
    "dump",
    "dump_all",
    "dumps",
    "load",
    "load_all",
    "loads",
    "typesystem",
    "typesystem_xml",
]

NAME = "cas"
EXTENSIONS = (".xmi",)

#: The type system's file name, beside the XMI.
TYPESYSTEM_FILE = "TypeSystem.xml"

SPAN = "webanno.custom.StancekitSpan"
STANCE = "webanno.custom.StancekitStance"
DOCUMENT = "webanno.custom.StancekitDocument"
SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence"
METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"

_STRING, _BOOLEAN, _DOUBLE = "uima.cas.String", "uima.cas.Boolean", "uima.cas.Double"
_ROLES = {"mention": ("mention",), "statement": ("content", "source", "cue"), "stance": ("target", "cue")}
_PREFIXES = {"mention": "m", "statement": "s", "stance": "st"}
_UNMAPPED = re.compile(r"Not mapping external offset \[(-?\d+)\]")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _cassis() -> Any:
    try:
        import cassis
    except ImportError:
        raise UsageError(
            "the cas format needs dkpro-cassis; install the extra in a clone of stancekit: "
            'python -m pip install -e ".[inception]"'
        ) from None
    return cassis


def typesystem() -> Any:
    """The stancekit type system as a ``cassis.TypeSystem``."""
    cassis = _cassis()
    system = cassis.TypeSystem()
    span = system.create_type(SPAN, "uima.tcas.Annotation", description="A stretch of text a stancekit record uses")
    for feature in ("role", "kind", "record", "entity", "mode", "provenance"):
        system.create_feature(span, feature, _STRING)
    stance = system.create_type(STANCE, "uima.tcas.Annotation", description="A stance, from its cue to its target")
    system.create_feature(stance, "Governor", span)
    system.create_feature(stance, "Dependent", span)
    for feature in ("record", "holder", "polarity", "act", "statement", "targetText", "targetEntity", "provenance"):
        system.create_feature(stance, feature, _STRING)
    system.create_feature(stance, "negated", _BOOLEAN)
    system.create_feature(stance, "confidence", _DOUBLE)
    document = system.create_type(DOCUMENT, "uima.cas.TOP", description="The rest of a stancekit document")
    for feature in ("identifier", "version", "meta", "entities"):
        system.create_feature(document, feature, _STRING)
    system.create_type(SENTENCE, "uima.tcas.Annotation")
    metadata = system.create_type(METADATA, "uima.tcas.DocumentAnnotation")
    for feature in ("documentTitle", "documentId"):
        system.create_feature(metadata, feature, _STRING)
    return system


def typesystem_xml() -> str:
    """The type system as XML, what ``dump`` writes to ``TypeSystem.xml``."""
    return str(typesystem().to_xml())


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _provenance(provenance: Provenance | None) -> str | None:
    return None if provenance is None else _json(provenance.to_dict())


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _check_xml(document: Document) -> None:
    for value in _strings(document.to_dict()):
        found = _NOT_XML.search(value)
        if found is None:
            continue
        bad = _NOT_XML.search(document.text)
        where = f"at text offset {bad.start()}" if bad else "in a field"
        raise FormatError(
            f"document {document.id!r}: the character U+{ord(found.group()):04X} {where} cannot be written to XML; "
            "expected text without control characters other than tab, line feed and carriage return"
        )


def _to_cas(document: Document) -> Any:
    _check_xml(document)
    system = typesystem()
    cas = _cassis().Cas(typesystem=system)
    cas.sofa_string = document.text
    span_type, stance_type = system.get_type(SPAN), system.get_type(STANCE)

    metadata = system.get_type(METADATA)(begin=0, end=len(document.text), documentId=document.id)
    title = document.meta.get("title")
    if isinstance(title, str):
        metadata.documentTitle = title
    if isinstance(document.meta.get("lang"), str):
        metadata.language = document.meta["lang"]
    cas.add(metadata)
    cas.add(
        system.get_type(DOCUMENT)(
            identifier=document.id,
            version=document.version,
            meta=_json(document.meta),
            entities=_json([entity.to_dict() for entity in document.entities]),
        )
    )
    for sentence in document.sentences:
        cas.add(system.get_type(SENTENCE)(begin=sentence.start, end=sentence.end))

    def spans(span: Span | None, kind: str, record: str, role: str, **features: Any) -> Any:
        if span is None:
            return None
        first = None
        for start, end in span.pieces:
            annotation = span_type(begin=start, end=end, role=role, kind=kind, record=record, **features)
            cas.add(annotation)
            first = first or annotation
        return first

    for mention in document.mentions:
        spans(mention.span, "mention", mention.id, "mention", entity=mention.entity)
    for statement in document.statements:
        fields = {"mode": statement.mode, "entity": statement.speaker, "provenance": _provenance(statement.provenance)}
        spans(statement.content, "statement", statement.id, "content", **fields)
        spans(statement.source, "statement", statement.id, "source")
        spans(statement.cue, "statement", statement.id, "cue")
    for stance in document.stances:
        target = spans(stance.target.span, "stance", stance.id, "target")
        cue = spans(stance.cue, "stance", stance.id, "cue")
        governor, dependent = cue or target, target or cue
        cas.add(
            stance_type(
                begin=dependent.begin if dependent else 0,
                end=dependent.end if dependent else 0,
                Governor=governor,
                Dependent=dependent,
                record=stance.id,
                holder=stance.holder,
                polarity=stance.polarity,
                act=stance.type,
                negated=stance.negated,
                confidence=stance.confidence,
                statement=stance.statement,
                targetText=stance.target.text,
                targetEntity=stance.target.entity,
                provenance=_provenance(stance.provenance),
            )
        )
    return cas


def dumps(document: Document | Iterable[Document]) -> str:
    """The document as UIMA CAS XMI (the type system is :func:`typesystem_xml`).

    Raises:
        UsageError: for several documents (XMI holds one) or without dkpro-cassis.
        FormatError: for text XML cannot hold.
    """
    if not isinstance(document, Document):
        documents = list(documents_of(document, "cas.dumps"))
        if len(documents) != 1:
            raise UsageError(
                f"CAS XMI holds one document per file; got {len(documents)}; expected one (write each to its own .xmi)"
            )
        document = documents[0]
    return str(_to_cas(document).to_xmi())


def dump(document: Document | Iterable[Document], path: str | os.PathLike[str]) -> None:
    """Write ``path`` (XMI) and ``TypeSystem.xml`` beside it, each atomically."""
    xmi = dumps(document)
    atomic_write(Path(path).parent / TYPESYSTEM_FILE, typesystem_xml())
    atomic_write(path, xmi)


def dump_all(
    documents: Iterable[Document],
    directory: str | os.PathLike[str],
    *,
    check: Callable[[Path, str], bool] | None = None,
) -> list[Path]:
    """Write each document as ``ID.xmi`` in ``directory`` (made if missing), with one ``TypeSystem.xml``: all or none.

    INCEpTION imports one XMI file per document: a corpus becomes a folder of
    them, named as brat names its files (:func:`stancekit.formats.brat.file_stem`),
    written as :func:`stancekit.formats.brat.dump_all` writes, through a
    temporary folder, so that a failure half-way (a document XML cannot
    hold, two ids that make one file name) leaves the folder as it was.

    Args:
        documents: the documents, in any iterable (a lazy reader's too).
        directory: the folder.
        check: as for :func:`stancekit.formats.brat.dump_all`: called with each file's path and content
            before it is written, to raise, or to return ``False`` to keep the file that is there.

    Returns:
        The ``.xmi`` paths written, in order.

    Raises:
        UsageError: when two documents would get the same file name, or without dkpro-cassis.
        FormatError: for text XML cannot hold.
        OutputError: when the folder or a file cannot be written.
    """
    from stancekit._files import write_folder
    from stancekit.formats.brat import distinct_stems

    folder = Path(directory)
    written: list[Path] = []

    def files() -> Iterator[tuple[str, str]]:
        _cassis()  # without dkpro-cassis, say so before any file is made
        yield TYPESYSTEM_FILE, typesystem_xml()
        for document, stem in distinct_stems(documents, folder, ".xmi"):
            yield f"{stem}.xmi", dumps(document)
            written.append(folder / f"{stem}.xmi")

    write_folder(folder, files(), purpose="the CAS XMI files", check=check)
    return written


# --- reading -----------------------------------------------------------------------------------------


class _Reader:
    def __init__(self, location: str, text: str) -> None:
        self.location, self.text = location, text

    def fail(self, what: str, message: str) -> FormatError:
        return FormatError(f"{self.location}: {what}: {message}")

    def json(self, value: str | None, what: str, kind: type, default: Any) -> Any:
        if value is None:
            return default
        try:
            data = parse_json(value, what)
        except RepeatedKeyError as repeated:
            raise self.fail(what, f"{repeated.path}: {repeated.reason}" if repeated.path else repeated.reason) from None
        except InputError:
            raise self.fail(what, "is not JSON; expected what stancekit wrote there") from None
        if not isinstance(data, kind):
            raise self.fail(what, f"is JSON of the wrong shape; expected a JSON {kind.__name__}")
        return data


def _order(annotation: Any) -> tuple[int, int]:
    identifier = annotation.xmiID
    return (0, identifier) if isinstance(identifier, int) else (1, 0)


def _pieces(annotations: list[Any]) -> list[tuple[int, int]]:
    return [(annotation.begin, annotation.end) for annotation in annotations]


def _join(reader: _Reader, annotations: list[Any]) -> Span:
    """The span of ``annotations``; offsets that bound no stretch of the text fail naming the annotation."""
    try:
        return Span.join(reader.text, _pieces(annotations))
    except ValidationError as error:
        bad = next(
            (
                annotation
                for annotation in annotations
                if not (
                    isinstance(annotation.begin, int) and 0 <= annotation.begin <= annotation.end <= len(reader.text)
                )
            ),
            annotations[0],
        )
        raise reader.fail(_where(bad), error.message) from None


def _where(annotation: Any) -> str:
    return (
        f"{annotation.type.name.rsplit('.', 1)[-1]} xmi:id {annotation.xmiID} at {annotation.begin}..{annotation.end}"
    )


def _provenance_from(reader: _Reader, value: str | None, what: str) -> Provenance | None:
    data = reader.json(value, f"{what} provenance", dict, None)
    if data is None:
        return None
    if not isinstance(data.get("annotator"), str):
        raise reader.fail(f"{what} provenance", "has no annotator; expected a JSON object with an annotator")
    return Provenance.from_dict(data)


class _NewIds:
    def __init__(self, taken: Iterable[str], prefix: str) -> None:
        self.taken, self.prefix, self.counter = set(taken), prefix, 0

    def __call__(self) -> str:
        while True:
            self.counter += 1
            candidate = f"{self.prefix}{self.counter}"
            if candidate not in self.taken:
                self.taken.add(candidate)
                return candidate


def _from_cas(cas: Any, location: str) -> Document:
    text = cas.sofa_string or ""
    reader = _Reader(location, text)
    typesystem_ = cas.typesystem

    def select(name: str) -> list[Any]:
        return list(cas.select(name)) if typesystem_.contains_type(name) else []

    blocks = select(DOCUMENT)
    block = blocks[0] if blocks else None
    metadata = select(METADATA)
    identifier = getattr(block, "identifier", None) or (getattr(metadata[0], "documentId", None) if metadata else None)
    meta = reader.json(getattr(block, "meta", None), "StancekitDocument meta", dict, {})
    if block is None and metadata and getattr(metadata[0], "documentTitle", None):
        meta["title"] = metadata[0].documentTitle
    entities = reader.json(getattr(block, "entities", None), "StancekitDocument entities", list, [])

    groups: dict[tuple[str, str], list[Any]] = {}
    loose: list[tuple[str, Any]] = []
    for annotation in sorted(select(SPAN), key=lambda item: (item.begin, item.end)):
        role, kind = annotation.get("role"), annotation.get("kind")
        if kind is None:
            kind = next((name for name, roles in _ROLES.items() if role in roles and name != "stance"), None)
        if kind not in _ROLES or role not in _ROLES[kind]:
            raise reader.fail(_where(annotation), f"role {role!r} of kind {kind!r}; expected a role of {_ROLES}")
        if annotation.get("record"):
            groups.setdefault((kind, annotation.get("record")), []).append(annotation)
        else:
            loose.append((kind, annotation))

    def span_of(annotations: list[Any]) -> Span | None:
        if not annotations:
            return None
        return _join(reader, annotations)

    def by_role(kind: str, record: str, role: str) -> list[Any]:
        return [item for item in groups.get((kind, record), []) if item.get("role") == role]

    records: dict[str, list[Any]] = {"mention": [], "statement": [], "stance": []}
    taken = {*groups, *(("stance", item.get("record")) for item in select(STANCE))}
    new_ids = {kind: _NewIds((key[1] for key in taken if key[0] == kind), prefix) for kind, prefix in _PREFIXES.items()}
    # Records keep the order they were written in: by the first xmi:id among their annotations.
    written = sorted(
        [*groups.items(), *(((kind, ""), [item]) for kind, item in loose)],
        key=lambda entry: min(_order(item) for item in entry[1]),
    )
    for (kind, record), members in written:
        first = members[0]
        if kind == "mention":
            if first.get("entity") is None:
                raise reader.fail(_where(first), "a mention without an entity; expected the entity id in 'entity'")
            records["mention"].append(
                Mention(record or new_ids["mention"](), first.get("entity"), _join(reader, members))
            )
        elif kind == "statement":
            contents = [item for item in members if item.get("role") == "content"]
            if not contents:
                if not record:
                    raise reader.fail(
                        _where(first), "a source or cue with no record; expected the statement's record id"
                    )
                raise reader.fail(_where(first), f"statement {record!r} has no content span; expected one")
            head = contents[0]
            mode = head.get("mode") or "indirect"
            if mode not in MODES:  # also narrows the type for Statement
                raise reader.fail(_where(head), f"mode {mode!r}; expected one of {', '.join(MODES)}")
            records["statement"].append(
                Statement(
                    id=record or new_ids["statement"](),
                    content=span_of(contents),  # type: ignore[arg-type]
                    speaker=head.get("entity"),
                    source=span_of([item for item in members if item.get("role") == "source"]),
                    cue=span_of([item for item in members if item.get("role") == "cue"]),
                    mode=mode,  # type: ignore[arg-type]
                    provenance=_provenance_from(reader, head.get("provenance"), _where(head)),
                )
            )
    for relation in sorted(select(STANCE), key=_order):
        where = _where(relation)
        record = relation.get("record")
        if record:
            target, cue = by_role("stance", record, "target"), by_role("stance", record, "cue")
        else:
            ends = [end for end in (relation.get("Governor"), relation.get("Dependent")) if end is not None]
            target = [end for end in ends if end.get("role") == "target"][:1]
            cue = [end for end in ends if end.get("role") == "cue"][:1]
        polarity = relation.get("polarity")
        if polarity not in POLARITIES:
            raise reader.fail(where, f"polarity {polarity!r}; expected one of {', '.join(POLARITIES)}")
        for feature in ("holder", "act"):
            if not relation.get(feature):
                raise reader.fail(where, f"a stance without {feature!r}; expected it set")
        target_span = span_of(target)
        target_text = relation.get("targetText")
        records["stance"].append(
            Stance(
                id=record or new_ids["stance"](),
                holder=relation.get("holder"),
                target=Target(
                    target_text if target_text is not None else (target_span.text if target_span else ""),
                    target_span,
                    relation.get("targetEntity"),
                ),
                polarity=polarity,
                type=relation.get("act"),
                cue=span_of(cue),
                negated=bool(relation.get("negated")),
                statement=relation.get("statement"),
                confidence=relation.get("confidence") if relation.get("confidence") is not None else 1.0,
                provenance=_provenance_from(reader, relation.get("provenance"), where),
            )
        )
    wire = {
        "version": getattr(block, "version", None) or "1.0",
        "id": identifier or "document",
        "text": text,
        "meta": meta,
        "sentences": [_join(reader, [item]).to_dict() for item in select(SENTENCE)],
        "entities": entities,
        "mentions": [item.to_dict() for item in records["mention"]],
        "statements": [item.to_dict() for item in records["statement"]],
        "stances": [item.to_dict() for item in records["stance"]],
    }
    try:
        return Document.from_dict(wire)
    except ValidationError as error:
        raise reader.fail("the document", f"is invalid: {error}") from None


def _load_typesystem(data: bytes | str, location: str) -> Any:
    cassis = _cassis()
    try:
        source = io.BytesIO(data) if isinstance(data, bytes) else data
        return cassis.merge_typesystems(typesystem(), cassis.load_typesystem(source))
    except Exception as error:  # cassis raises lxml and its own errors alike
        raise FormatError(f"{location}: not a UIMA type system ({error})") from None


def loads(text: str | bytes, *, location: str = "<string>", typesystem_xml: str | bytes | None = None) -> Document:
    """The document of a CAS XMI text, typed by ``typesystem_xml`` (an INCEpTION export's) or stancekit's own.

    Raises:
        FormatError: for XMI that cannot be read, has no Sofa holding the text (any other XML) or does not
            make a valid document, naming ``location``.
    """
    cassis = _cassis()
    system = typesystem() if typesystem_xml is None else _load_typesystem(typesystem_xml, f"{location} type system")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            source = io.BytesIO(text) if isinstance(text, bytes) else text
            cas = cassis.load_cas_from_xmi(source, typesystem=system, lenient=True)
        except Exception as error:  # lxml syntax errors, cassis type errors
            reason = (str(error).splitlines() or [type(error).__name__])[0]  # some errors have no message
            raise FormatError(
                f"{location}: not UIMA CAS XMI ({reason}); expected an INCEpTION CAS XMI export or a file "
                "stancekit wrote"
            ) from None
    if cas.sofa_string is None:  # cassis reads any XML, making up an empty view for it
        raise FormatError(f"{location}: no CAS Sofa holding the text; expected an INCEpTION CAS XMI export")
    for warning in caught:  # unknown types are skipped on purpose; an offset cassis cannot map is an error
        unmapped = _UNMAPPED.search(str(warning.message))
        if unmapped:
            raise FormatError(
                f"{location}: offset {unmapped.group(1)} is outside the text or inside a character "
                f"({len(cas.sofa_string or '')} code points); expected UTF-16 offsets on character boundaries"
            )
    return _from_cas(cas, location)


def load(path: str | os.PathLike[str]) -> Document:
    """Read ``path``, typed by the ``TypeSystem.xml`` beside it when there is one."""
    beside = Path(path).parent / TYPESYSTEM_FILE
    typesystem_data = None
    if beside.is_file():
        typesystem_data = read_bytes(beside)
    data = read_bytes(path)
    if not data.strip():
        raise InputError(f"{path}: is empty; expected UIMA CAS XMI")
    return loads(data, location=str(path), typesystem_xml=typesystem_data)


def load_all(path: str | os.PathLike[str]) -> Iterator[Document]:
    """Yield the document of an ``.xmi`` file, or of every ``.xmi`` file in a folder, in name order.

    A folder :func:`dump_all` wrote reads back, each file typed by the folder's ``TypeSystem.xml``.

    Raises:
        InputError: for a folder without ``.xmi`` files, or a file that cannot be read.
        FormatError: for a file that is no CAS XMI stancekit can read.
    """
    folder = Path(path)
    if not folder.is_dir():
        yield load(folder)
        return
    files = sorted(item for item in folder.iterdir() if item.suffix.lower() == ".xmi" and item.is_file())
    if not files:
        raise InputError(f"{folder}: holds no .xmi files; expected a folder of CAS XMI files")
    for item in files:
        yield load(item)

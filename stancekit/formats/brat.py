"""brat standoff: annotations in ``X.ann`` beside the text in ``X.txt``, for viewing and correcting in brat.

Each line of the ``.ann`` file is one brat annotation:

- a **mention** is a text-bound line typed by its entity's type
  (``T1	Country 0 5	China``; the types are :data:`ENTITY_LABELS`), normalised
  to its entity by an ``N`` line to the ``stancekit`` database whose text is
  the entity's name (``N1	Reference T1 stancekit:e1	China``). The entity's
  other fields hang on its first mention: the ``kb_id`` as a second ``N`` line
  (``Wikidata:Q148`` as it is; other keys as ``kb:KEY``), the country as a
  ``Country`` attribute, the role and each alias as notes, the affiliation
  as an ``Affiliation`` relation. An entity the text never mentions gets a
  zero-width line at offset 0 marked with the ``Unanchored`` attribute;
- a **statement** is a PolNeAR-style event,
  ``E1	Attribution:T4 Source:T1 Cue:T2 Content:T3``, whose trigger ``T4`` (type
  ``Attribution``) covers the cue, or the content when there is no cue. The
  speaker is the entity of a ``Speaker:`` argument pointing at one of its
  mentions, or of the ``Source:`` argument itself when the source is exactly
  a mention of the speaker. The mode is a ``Mode`` attribute;
- a **stance** is a ``Stance`` relation from a mention of the holder
  (``Arg1``) to a ``Target`` text-bound line (``Arg2``) that belongs to this
  stance alone, with ``Polarity``, ``Act`` (the stance type), ``Negated`` and
  ``Confidence`` (when not 1) attributes. The target's entity is an ``N`` line
  on the ``Target`` line and its text, when it is not the span's, a note; a
  target without a span is zero-width and ``Unanchored``. The cue is a
  ``StanceCue`` line joined to the target by a ``CueOf`` relation, and the
  statement that reports the stance is a ``ReportedIn`` relation from the
  target to that statement's trigger;
- **provenance** and the stancekit **ids** of mentions, statements and stances
  are ``#`` AnnotatorNotes lines of the form ``key: value`` (``annotator:``,
  ``rule:``, ``created:``, ``note:``, ``id:``). An id is written only when it
  differs from the brat id, which is the id a file from brat itself reads
  back with.

Discontinuous spans are written ``start end;start end``. brat cannot show a
piece of text that crosses a line break, so a piece that does is written as
fragments split at the break, as brat itself does; a ``pieces:`` note keeps
the original pieces, and reading restores them while the split fragments
still match it. Free text in names and notes escapes backslashes and line
breaks (``\\n``, ``\\r``, ``\\uXXXX``); ids and keys in ``N`` lines escape
white space and ``%`` as ``%XX``.

Offsets: brat counts code points of the text file as read, without newline
translation (a CRLF is two), which is what stancekit counts, so offsets are
written as they are. Reading takes the ``.txt`` as bytes and decodes them
strictly as UTF-8, so CRLF offsets stay right.

Reading brat from elsewhere, such as PolNeAR: every event whose type starts
with ``Attribution`` and that has a ``Content`` argument becomes a statement;
``Content2`` and further numbered arguments of one role are joined into one
discontinuous span; without a ``Mode`` attribute the mode is ``indirect``.
Events without content, events of other types, text-bound lines of other
types (``Discuss``, ``Discard``), relations and attributes of other types and
``Equiv`` lines are not read. Nothing is passed over silently but PolNeAR's
``Discuss`` and ``Discard`` marks: one
:class:`~stancekit.formats.FormatWarning` per file names the attribution
events without content, by id and line, and counts the lines of each type
not read. Fragments
listed out of order are sorted; overlapping ones are merged. A text-bound
line of an entity type with no ``stancekit`` reference becomes an entity of
its own, named by its text.

What the format cannot carry: the document's ``id`` (a file read back takes
the name of the ``.ann`` file, or the ``id`` you give), its ``meta`` and its
``sentences``; and an entity's ``kb_id`` when it is the empty string (read
back as none). Everything else reads back exactly.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from urllib.parse import unquote

import attrs

from stancekit._files import (
    atomic_write_together,
    check_folder_free,
    check_name,
    output_lock,
    read_text,
    write_folder,
)
from stancekit.errors import FormatError, InputError, UsageError, ValidationError
from stancekit.formats import warn
from stancekit.invariants import describe
from stancekit.model import MODES, POLARITIES, Document, Entity, Mention, Provenance, Span, Stance, Statement, Target

__all__ = [
    "ENTITY_LABELS",
    "EXTENSIONS",
    "NAME",
    "dump",
    "dump_all",
    "dumps",
    "load",
    "load_all",
    "loads",
    "text_path_for",
]

NAME = "brat"
EXTENSIONS = (".ann",)

#: Entity type -> the brat type of its mentions.
ENTITY_LABELS = {
    "person": "Person",
    "organization": "Organization",
    "country": "Country",
    "government": "Government",
    "group": "Group",
    "other": "Other",
}
_ENTITY_TYPES = {label.lower(): entity_type for entity_type, label in ENTITY_LABELS.items()}
_ENTITY_TYPES["organisation"] = "organization"

# Text-bound types.
SOURCE, CUE, CONTENT, ATTRIBUTION = "Source", "Cue", "Content", "Attribution"
TARGET, STANCE_CUE = "Target", "StanceCue"
# Event argument roles.
SPEAKER = "Speaker"
# Relation types.
STANCE, CUE_OF, REPORTED_IN, AFFILIATION = "Stance", "CueOf", "ReportedIn", "Affiliation"
# Attribute names.
MODE, POLARITY, ACT, NEGATED, CONFIDENCE = "Mode", "Polarity", "Act", "Negated", "Confidence"
COUNTRY, UNANCHORED = "Country", "Unanchored"
# Normalisation databases.
STANCEKIT_DB, KB_DB = "stancekit", "kb"
# Note keys.
_NOTE_KEYS = ("id", "annotator", "rule", "created", "note", "alias", "role", "text", "pieces")
# What the reader reads, beyond the entity types and the event and trigger types starting with Attribution.
_READ_TEXTBOUNDS = {SOURCE, CUE, CONTENT, TARGET, STANCE_CUE}
_READ_RELATIONS = {STANCE, CUE_OF, REPORTED_IN, AFFILIATION}
_READ_ATTRIBUTES = {MODE, POLARITY, ACT, NEGATED, CONFIDENCE, COUNTRY, UNANCHORED}
#: PolNeAR's marks for its annotators' own discussion: passed over without a warning.
_WORKFLOW_TEXTBOUNDS = {"Discuss", "Discard"}

#: Characters that end a line for brat, which reads lines with ``str.splitlines``.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_UNBROKEN = re.compile(f"[^{_LINE_BREAKS}]+")
_BREAKS_TO_SPACES = str.maketrans(dict.fromkeys(_LINE_BREAKS, " "))
_ESCAPE = re.compile(r"[\\" + _LINE_BREAKS + "]")
_UNESCAPE = re.compile(r"\\(\\|n|r|u[0-9a-fA-F]{4})")
_PLAIN_KB = re.compile(r"([A-Za-z][A-Za-z0-9_.-]*):([^\s%]+)")
_PREVIEW = 40

Pieces = tuple[tuple[int, int], ...]


# --------------------------------------------------------------------------- escaping


def _escape(value: str) -> str:
    """Free text for the last field of an ``N`` or ``#`` line: one line, backslash escapes."""

    def replace(match: re.Match[str]) -> str:
        character = match.group()
        return {"\\": "\\\\", "\n": "\\n", "\r": "\\r"}.get(character, f"\\u{ord(character):04x}")

    return _ESCAPE.sub(replace, value)


def _unescape(value: str) -> str:
    def replace(match: re.Match[str]) -> str:
        code = match.group(1)
        return {"\\": "\\", "n": "\n", "r": "\r"}.get(code) or chr(int(code[1:], 16))

    return _UNESCAPE.sub(replace, value)


def _token(value: str) -> str:
    """A value for a space-separated field: white space, ``%`` and control characters as ``%XX``."""
    return "".join(
        "".join(f"%{byte:02X}" for byte in character.encode("utf-8"))
        if character.isspace() or character == "%" or ord(character) < 32 or character in _LINE_BREAKS
        else character
        for character in value
    )


# --------------------------------------------------------------------------- pieces


def _split_at_breaks(text: str, pieces: Sequence[tuple[int, int]]) -> Pieces:
    """Split each piece at line breaks, as brat does; a piece of nothing but breaks stays whole."""
    result: list[tuple[int, int]] = []
    for start, end in pieces:
        parts = [(match.start(), match.end()) for match in _UNBROKEN.finditer(text, start, end)]
        result.extend(parts if parts else [(start, end)])
    return tuple(result)


def _field_text(text: str, pieces: Sequence[tuple[int, int]]) -> str:
    """The text brat expects after the offsets: the pieces joined by a space, on one line."""
    return " ".join(text[start:end] for start, end in pieces).translate(_BREAKS_TO_SPACES)


def _format_pieces(pieces: Sequence[tuple[int, int]]) -> str:
    return ";".join(f"{start} {end}" for start, end in pieces)


def _parse_pieces(value: str) -> Pieces | None:
    try:
        pieces = tuple(_pair(chunk) for chunk in value.split(";"))
    except ValueError:
        return None
    return pieces


def _pair(chunk: str) -> tuple[int, int]:
    start, end = chunk.split()
    if not (start.isdigit() and end.isdigit()):
        raise ValueError(chunk)
    return int(start), int(end)


def _normalise(pieces: Iterable[tuple[int, int]]) -> Pieces:
    """Pieces in order, overlapping ones merged, as a stancekit span needs them."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(set(pieces)):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


# --------------------------------------------------------------------------- writing


class _Writer:
    """Builds the lines of one ``.ann`` file."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.text = document.text
        self.lines: list[str] = []
        self.counters: dict[str, int] = defaultdict(int)

    def new_id(self, prefix: str) -> str:
        self.counters[prefix] += 1
        return f"{prefix}{self.counters[prefix]}"

    def textbound(self, label: str, span: Span | None, *, keep_pieces: bool = True) -> str:
        identifier = self.new_id("T")
        if span is None:
            self.lines.append(f"{identifier}\t{label} 0 0\t")
            self.attribute(UNANCHORED, identifier)
            return identifier
        pieces = _split_at_breaks(self.text, span.pieces)
        self.lines.append(f"{identifier}\t{label} {_format_pieces(pieces)}\t{_field_text(self.text, pieces)}")
        if keep_pieces and pieces != span.pieces:
            self.note(identifier, "pieces", _format_pieces(span.pieces))
        return identifier

    def attribute(self, name: str, target: str, value: str | None = None) -> None:
        suffix = "" if value is None else f" {value}"
        self.lines.append(f"{self.new_id('A')}\t{name} {target}{suffix}")

    def relation(self, kind: str, first: str, second: str) -> str:
        identifier = self.new_id("R")
        self.lines.append(f"{identifier}\t{kind} Arg1:{first} Arg2:{second}")
        return identifier

    def normalization(self, target: str, database: str, key: str, name: str) -> None:
        self.lines.append(f"{self.new_id('N')}\tReference {target} {database}:{key}\t{_escape(name)}")

    def note(self, target: str, key: str, value: str) -> None:
        self.lines.append(f"{self.new_id('#')}\tAnnotatorNotes {target}\t{key}: {_escape(value)}")

    def provenance(self, target: str, provenance: Provenance | None) -> None:
        if provenance is None:
            return
        self.note(target, "annotator", provenance.annotator)
        for key in ("rule", "created", "note"):
            value = getattr(provenance, key)
            if value is not None:
                self.note(target, key, value)


def _nearest(candidates: Sequence[tuple[str, Span | None]], position: int) -> str:
    """The brat id of the mention nearest ``position`` (the first on a tie)."""
    best = candidates[0][0]
    distance: int | None = None
    for identifier, span in candidates:
        if span is None:
            continue
        gap = abs(span.start - position)
        if distance is None or gap < distance:
            best, distance = identifier, gap
    return best


def dumps(document: Document) -> str:
    """The ``.ann`` text of one document; its ``.txt`` is ``document.text`` itself."""
    writer = _Writer(document)
    entities = {entity.id: entity for entity in document.entities}

    # Mentions first, in order; then a zero-width line for each entity without one.
    handles: dict[str, list[tuple[str, Span | None]]] = defaultdict(list)
    for mention in document.mentions:
        identifier = writer.textbound(ENTITY_LABELS[entities[mention.entity].type], mention.span)
        handles[mention.entity].append((identifier, mention.span))
        if mention.id != identifier:
            writer.note(identifier, "id", mention.id)
    for entity in document.entities:
        if entity.id not in handles:
            handles[entity.id].append((writer.textbound(ENTITY_LABELS[entity.type], None), None))

    # Each entity, in order: its references, then its own fields on its first line.
    for entity in document.entities:
        anchor = handles[entity.id][0][0]
        for identifier, _ in handles[entity.id]:
            writer.normalization(identifier, STANCEKIT_DB, _token(entity.id), entity.name)
        if entity.kb_id:
            plain = _PLAIN_KB.fullmatch(entity.kb_id)
            if plain and entity.kb_id.isprintable() and plain.group(1) not in (STANCEKIT_DB, KB_DB):
                writer.normalization(anchor, plain.group(1), plain.group(2), entity.name)
            else:
                writer.normalization(anchor, KB_DB, _token(entity.kb_id), entity.name)
        if entity.country is not None:
            writer.attribute(COUNTRY, anchor, entity.country)
        if entity.role is not None:
            writer.note(anchor, "role", entity.role)
        for alias in entity.aliases:
            writer.note(anchor, "alias", alias)
    for entity in document.entities:
        if entity.affiliation is not None:
            writer.relation(AFFILIATION, handles[entity.id][0][0], handles[entity.affiliation][0][0])

    triggers: dict[str, str] = {}
    for statement in document.statements:
        where = (statement.source or statement.cue or statement.content).start
        source: str | None = None
        speaker: str | None = None
        if statement.source is not None:
            if statement.speaker is not None:
                source = next(
                    (
                        identifier
                        for identifier, span in handles[statement.speaker]
                        if span is not None and span.pieces == statement.source.pieces
                    ),
                    None,
                )
            if source is None:
                source = writer.textbound(SOURCE, statement.source)
        if statement.speaker is not None and source not in {identifier for identifier, _ in handles[statement.speaker]}:
            speaker = _nearest(handles[statement.speaker], where)
        cue = writer.textbound(CUE, statement.cue) if statement.cue is not None else None
        content = writer.textbound(CONTENT, statement.content)
        trigger = writer.textbound(ATTRIBUTION, statement.cue or statement.content, keep_pieces=False)
        event = writer.new_id("E")
        arguments = [f"{ATTRIBUTION}:{trigger}"]
        for role, argument in ((SOURCE, source), (CUE, cue), (CONTENT, content), (SPEAKER, speaker)):
            if argument is not None:
                arguments.append(f"{role}:{argument}")
        writer.lines.append(f"{event}\t{' '.join(arguments)}")
        writer.attribute(MODE, event, statement.mode)
        if statement.id != event:
            writer.note(event, "id", statement.id)
        writer.provenance(event, statement.provenance)
        triggers[statement.id] = trigger

    for stance in document.stances:
        target = stance.target
        where = (stance.cue or target.span or Span(0, 0, "")).start
        holder = _nearest(handles[stance.holder], where)
        target_line = writer.textbound(TARGET, target.span)
        if target.entity is not None:
            writer.normalization(target_line, STANCEKIT_DB, _token(target.entity), entities[target.entity].name)
        if target.text != (target.span.text if target.span is not None else ""):
            writer.note(target_line, "text", target.text)
        relation = writer.relation(STANCE, holder, target_line)
        writer.attribute(POLARITY, relation, stance.polarity)
        writer.attribute(ACT, relation, stance.type)
        if stance.negated:
            writer.attribute(NEGATED, relation)
        if stance.confidence != 1.0:
            writer.attribute(CONFIDENCE, relation, repr(stance.confidence))
        if stance.id != relation:
            writer.note(relation, "id", stance.id)
        writer.provenance(relation, stance.provenance)
        if stance.cue is not None:
            writer.relation(CUE_OF, writer.textbound(STANCE_CUE, stance.cue), target_line)
        if stance.statement is not None:
            writer.relation(REPORTED_IN, target_line, triggers[stance.statement])

    return "".join(line + "\n" for line in writer.lines)


def _text_path(ann_path: Path) -> Path:
    if ann_path.suffix.lower() == ".txt":
        raise UsageError(f"{ann_path}: a brat file needs the .ann extension; its text goes beside it in a .txt file")
    return ann_path.with_suffix(".txt")


def dump(document: Document, path: str | os.PathLike[str], *, check: Callable[[Path, str], bool] | None = None) -> None:
    """Write ``path`` (``X.ann``) and its text ``X.txt``: both in full to temporary files, then renamed, the text first.

    A failure while writing leaves both files as they were, never a new
    ``.ann`` beside an old text or the reverse. The write holds
    ``X.ann.lock`` (:func:`stancekit._files.output_lock`, as :func:`dump_all`
    holds its folder's), so that a second run writing the same ``X.ann`` is
    refused rather than pairing its ``.ann`` with this run's ``.txt``; so is
    this one while a run writes the whole folder (:func:`dump_all`).

    Args:
        document: the document.
        path: the ``.ann`` file; the text goes beside it.
        check: called with each file's path and its new content, under the lock and before anything is
            written: it raises to stop, or returns ``False`` to keep the file that is there (a text already
            holding the document's text). By default both files are written.

    Raises:
        UsageError: when ``path`` ends in ``.txt``, or another run is writing it or its folder (it holds the lock).
        OutputError: when a file cannot be written.
    """
    ann_path = Path(path)
    text_path = _text_path(ann_path)
    annotations = dumps(document)
    check_name(ann_path)
    with output_lock(ann_path):
        check_folder_free(ann_path)  # a run writing the whole folder (convert CORPUS OUTDIR --to brat) writes X.ann too
        files = [(text_path, document.text), (ann_path, annotations)]
        atomic_write_together([(file, content) for file, content in files if check is None or check(file, content)])


_UNSAFE_NAME = re.compile(r'[\\/\x00-\x1f\x7f:*?"<>|]')

#: Names Windows keeps for devices, whatever the extension after them (``NUL.ann`` is the null device there).
_RESERVED_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL"]
    + [f"{device}{digit}" for device in ("COM", "LPT") for digit in "0123456789\u00b9\u00b2\u00b3"]
)

#: The longest file stem, in UTF-8 bytes, written for a document id: with the extension and the folder it stays
#: well within the 255 bytes most file systems allow for a name.
LONGEST_STEM = 150


def file_stem(document_id: str) -> str:
    """A file name, without its extension, for a document id, the same on every system.

    Characters no file system takes become ``_``; a name Windows keeps for a
    device (``CON``, ``nul``, ``COM1``, also before a dot: ``aux.2024``) and
    a name starting with a dot get a leading ``_``. An id longer than
    :data:`LONGEST_STEM` bytes keeps its beginning and ends in ``-`` and 16
    hexadecimal digits of its SHA-256, so that the name fits every file
    system, is the same at every run, and differs for every two ids.
    """
    stem = _UNSAFE_NAME.sub("_", document_id)
    if stem in ("", ".", "..") or stem.startswith(".") or stem.split(".")[0].rstrip(" ").upper() in _RESERVED_NAMES:
        stem = "_" + stem
    if len(stem.encode("utf-8", "surrogatepass")) > LONGEST_STEM:
        import hashlib

        digest = hashlib.sha256(document_id.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        kept = stem.encode("utf-8", "surrogatepass")[: LONGEST_STEM - len(digest) - 1]
        stem = kept.decode("utf-8", "ignore").rstrip(" .") + "-" + digest  # no character cut in two
    return stem


def distinct_stems(documents: Iterable[Document], folder: Path, suffix: str) -> Iterator[tuple[Document, str]]:
    """Each document with its :func:`file_stem`, refusing two ids that make one file name in ``folder``.

    Names that differ only in case count as one, and so do names that differ
    only in Unicode normalisation (``café`` with one code point for ``é`` or
    two): some file systems tell neither apart.

    Raises:
        UsageError: two ids would both be written as ``STEM{suffix}``.
    """
    import unicodedata

    seen: dict[str, str] = {}
    for document in documents:
        stem = file_stem(document.id)
        key = unicodedata.normalize("NFC", stem).lower()
        if key in seen:
            other = seen[key]
            if other == document.id:
                raise UsageError(
                    f"{folder}: two documents have the id {other!r}, and would both be written as {stem}{suffix}; "
                    "expected one id per document"
                )
            if unicodedata.normalize("NFC", other) == unicodedata.normalize("NFC", document.id):
                forms = f"the first is {_form(other)}, the second {_form(document.id)}"
                raise UsageError(
                    f"{folder}: documents {other!a} and {document.id!a} differ only in Unicode "
                    f"normalisation ({forms}), and would both be written as {stem}{suffix} on a file system that "
                    "normalises names; expected document ids that differ as text (normalise them to NFC)"
                )
            raise UsageError(
                f"{folder}: documents {other!r} and {document.id!r} would both be written as "
                f"{stem}{suffix}; expected document ids that differ as file names"
            )
        seen[key] = document.id
        yield document, stem


def _form(text: str) -> str:
    """The Unicode normalisation form ``text`` is in, for a message: ``NFC``, ``NFD`` or neither."""
    import unicodedata

    for form in ("NFC", "NFD"):
        if unicodedata.is_normalized(form, text):
            return form
    return "neither NFC nor NFD"


def dump_all(
    documents: Iterable[Document],
    directory: str | os.PathLike[str],
    *,
    check: Callable[[Path, str], bool] | None = None,
) -> list[Path]:
    """Write each document as ``ID.ann`` and ``ID.txt`` in ``directory`` (made if missing): all of them or none.

    The files are written into a temporary folder beside ``directory`` as the
    documents come, so a corpus of any size needs the memory of one
    document, and moved in, each by a rename, only once every document is
    written. A failure on the way (two ids that make one file name, a bad
    document further on, a full disk, a refusal by ``check``) leaves
    ``directory`` as it was, and removes it when this call made it.

    Args:
        documents: the documents, in any iterable (a lazy reader's too).
        directory: the folder of brat files.
        check: called with each file's path in ``directory`` and its new content before it is written:
            it raises to stop, or returns ``False`` to keep the file that is there (one already holding the
            content). By default every file is written, replacing any file of its name.

    Returns:
        The ``.ann`` paths written, in order.

    Raises:
        UsageError: when two documents would get the same file name.
        OutputError: when the folder or a file cannot be written.
    """
    folder = Path(directory)
    written: list[Path] = []

    def files() -> Iterator[tuple[str, str]]:
        for document, stem in distinct_stems(documents, folder, ".ann"):
            # The text first, as dump() does: an .ann never stands beside a text it was not made for.
            yield f"{stem}.txt", document.text
            yield f"{stem}.ann", dumps(document)
            written.append(folder / f"{stem}.ann")

    write_folder(folder, files(), purpose="the brat files", check=check)
    return written


# --------------------------------------------------------------------------- reading


@attrs.frozen
class _Line:
    number: int
    identifier: str


@attrs.frozen
class _Textbound(_Line):
    label: str
    pieces: Pieces


@attrs.frozen
class _Event(_Line):
    label: str
    trigger: str
    arguments: tuple[tuple[str, str], ...]


@attrs.frozen
class _Relation(_Line):
    label: str
    first: str
    second: str


@attrs.frozen
class _Attribute(_Line):
    name: str
    target: str
    value: str | None


@attrs.frozen
class _Normalization(_Line):
    target: str
    database: str
    key: str
    name: str


@attrs.frozen
class _Note(_Line):
    target: str
    body: str


class _Reader:
    """Parses the lines of one ``.ann`` file and checks them against the text."""

    def __init__(self, annotations: str, text: str, location: str) -> None:
        self.text = text
        self.location = location
        self.textbounds: dict[str, _Textbound] = {}
        self.events: dict[str, _Event] = {}
        self.relations: list[_Relation] = []
        self.attributes: list[_Attribute] = []
        self.normalizations: list[_Normalization] = []
        self.notes: list[_Note] = []
        self.equivalences: list[tuple[int, str]] = []
        self.ids: dict[str, int] = {}
        for number, raw in enumerate(annotations.split("\n"), start=1):
            line = raw[:-1] if raw.endswith("\r") else raw
            if line.strip():
                self.parse(number, line)
        self.check_references()

    def error(self, number: int, message: str) -> FormatError:
        # Ids and offsets come from the file as they are; a 5,000-digit one must not make a 5,000-character line.
        message = re.sub(rf"\S{{{_PREVIEW + 1},}}", lambda long: long.group()[: _PREVIEW - 1] + "…", message)
        return FormatError(f"{self.location}:{number}: {message}")

    def parse(self, number: int, line: str) -> None:
        identifier, tab, rest = line.partition("\t")
        if not tab:
            raise self.error(
                number, f"{describe(line)} has no tab; expected an id, a tab and an annotation, as in 'T1\\tPerson 0 5'"
            )
        kind = identifier[:1]
        if kind == "*":  # Equiv lines name no annotation of their own and are not read.
            self.equivalences.append((number, (rest.split() or ["Equiv"])[0]))
            return
        if not re.fullmatch(r"(?:[A-Za-z]+|#)[0-9]+\S*", identifier):
            raise self.error(number, f"{describe(identifier)} is no brat id; expected a letter and a number, as in T1")
        if identifier in self.ids:
            raise self.error(
                number, f"{identifier} is already defined on line {self.ids[identifier]}; expected unique ids"
            )
        self.ids[identifier] = number
        data, _, tail = rest.partition("\t")
        parsers = {
            "T": self.parse_textbound,
            "E": self.parse_event,
            "R": self.parse_relation,
            "A": self.parse_attribute,
            "M": self.parse_attribute,
            "N": self.parse_normalization,
            "#": self.parse_note,
        }
        if kind not in parsers:
            raise self.error(
                number, f"{identifier}: unknown kind of line; expected an id starting T, E, R, A, M, N, # or *"
            )
        parsers[kind](number, identifier, data, tail)

    def parse_textbound(self, number: int, identifier: str, data: str, tail: str) -> None:
        label, _, offsets = data.partition(" ")
        pieces = _parse_pieces(offsets)
        if not label or pieces is None:
            raise self.error(
                number,
                f"{identifier}: {describe(data)}; expected a type and offsets, as in 'Person 0 5' or 'Cue 3 9;12 20'",
            )
        length = len(self.text)
        for start, end in pieces:
            if start > end or end > length:
                raise self.error(
                    number,
                    f"{identifier}: offsets {start} {end} do not fit the text of {length} characters; "
                    "expected start <= end <= the length of the .txt the .ann was made for",
                )
        expected = _field_text(self.text, pieces)
        given = tail.translate(_BREAKS_TO_SPACES)
        old_style = "".join(self.text[start:end] for start, end in pieces).translate(_BREAKS_TO_SPACES)
        if not (
            not given.strip()
            or given == expected
            or (given.startswith(expected) and given[len(expected)].isspace())
            or given.startswith(old_style)
        ):
            raise self.error(
                number,
                f"{identifier}: the .ann says {describe(tail)} but the text at {offsets.strip()} "
                f"is {describe(expected)}; expected the .txt the .ann was made for",
            )
        self.textbounds[identifier] = _Textbound(number, identifier, label, pieces)

    def parse_event(self, number: int, identifier: str, data: str, tail: str) -> None:
        fields = data.split()
        pairs = [field.partition(":") for field in fields]
        if not fields or any(not role or not sep or not value for role, sep, value in pairs):
            raise self.error(
                number,
                f"{identifier}: {describe(data)}; expected TYPE:TRIGGER and ROLE:ID pairs: 'Attribution:T4 Cue:T2'",
            )
        (label, _, trigger), *arguments = pairs
        self.events[identifier] = _Event(
            number, identifier, label, trigger, tuple((role, value) for role, _, value in arguments)
        )

    def parse_relation(self, number: int, identifier: str, data: str, tail: str) -> None:
        fields = data.split()
        pairs = [field.partition(":") for field in fields[1:]]
        if len(fields) != 3 or any(not role or not sep or not value for role, sep, value in pairs):
            raise self.error(number, f"{identifier}: {describe(data)}; expected TYPE Arg1:ID Arg2:ID")
        self.relations.append(_Relation(number, identifier, fields[0], pairs[0][2], pairs[1][2]))

    def parse_attribute(self, number: int, identifier: str, data: str, tail: str) -> None:
        fields = data.split()
        if len(fields) not in (2, 3):
            raise self.error(number, f"{identifier}: {describe(data)}; expected NAME ID or NAME ID VALUE")
        self.attributes.append(
            _Attribute(number, identifier, fields[0], fields[1], fields[2] if len(fields) == 3 else None)
        )

    def parse_normalization(self, number: int, identifier: str, data: str, tail: str) -> None:
        fields = data.split()
        database, sep, key = fields[2].partition(":") if len(fields) == 3 else ("", "", "")
        if not (database and sep and key):
            raise self.error(number, f"{identifier}: {describe(data)}; expected Reference ID DATABASE:KEY")
        self.normalizations.append(_Normalization(number, identifier, fields[1], database, key, _unescape(tail)))

    def parse_note(self, number: int, identifier: str, data: str, tail: str) -> None:
        fields = data.split()
        if len(fields) != 2:
            raise self.error(number, f"{identifier}: {describe(data)}; expected AnnotatorNotes ID")
        self.notes.append(_Note(number, identifier, fields[1], _unescape(tail)))

    def unread(self) -> Counter[str]:
        """How many lines of each type the reader passes over, the types in the order of their first line."""
        lines = [
            *((item.number, item.label) for item in self.textbounds.values() if not _reads_textbound(item.label)),
            *((item.number, item.label) for item in self.events.values() if not item.label.startswith(ATTRIBUTION)),
            *((item.number, item.label) for item in self.relations if item.label not in _READ_RELATIONS),
            *((item.number, item.name) for item in self.attributes if item.name not in _READ_ATTRIBUTES),
            *self.equivalences,
        ]
        return Counter(label for _, label in sorted(lines))

    def check_references(self) -> None:
        def known(number: int, owner: str, reference: str) -> None:
            if reference not in self.ids:
                raise self.error(number, f"{owner} refers to {reference}, which this file does not define")

        for event in self.events.values():
            known(event.number, event.identifier, event.trigger)
            if event.trigger not in self.textbounds:
                raise self.error(event.number, f"{event.identifier}: trigger {event.trigger} is no text-bound (T) line")
            for _, value in event.arguments:
                known(event.number, event.identifier, value)
        for relation in self.relations:
            known(relation.number, relation.identifier, relation.first)
            known(relation.number, relation.identifier, relation.second)
        pointers: list[_Attribute | _Normalization | _Note] = [*self.attributes, *self.normalizations, *self.notes]
        for item in pointers:
            known(item.number, item.identifier, item.target)


def _reads_textbound(label: str) -> bool:
    return (
        label.lower() in _ENTITY_TYPES
        or label in _READ_TEXTBOUNDS
        or label.startswith(ATTRIBUTION)
        or label in _WORKFLOW_TEXTBOUNDS
    )


def _unread_message(location: str, unread: Counter[str]) -> str:
    total = sum(unread.values())
    kinds = "a type" if len(unread) == 1 else "types"
    counts = ", ".join(f"{label} x{count}" for label, count in unread.items())
    return f"{location}: {total} annotation{'' if total == 1 else 's'} of {kinds} stancekit does not read: {counts}"


#: At most this many events without content are named in the warning; the rest are counted.
_SHOWN_CONTENTLESS = 5


def _contentless_message(location: str, events: Sequence[tuple[int, str]]) -> str:
    shown = ", ".join(f"{identifier} (line {number})" for number, identifier in events[:_SHOWN_CONTENTLESS])
    more = f" and {len(events) - _SHOWN_CONTENTLESS} more" if len(events) > _SHOWN_CONTENTLESS else ""
    plural = "s" if len(events) != 1 else ""
    return (
        f"{location}: {len(events)} attribution event{plural} without a Content argument, "
        f"read as no statement: {shown}{more}"
    )


class _Builder:
    """Turns the parsed lines into a Document."""

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        self.text = reader.text
        #: ``(line, id)`` of each attribution event without content: no statement, and reported as such.
        self.contentless: list[tuple[int, str]] = []
        self.flags: dict[str, dict[str, str | None]] = defaultdict(dict)
        for attribute in reader.attributes:
            self.flags[attribute.target].setdefault(attribute.name, attribute.value)
        self.notes: dict[str, list[tuple[str | None, str]]] = defaultdict(list)
        for note in reader.notes:
            key, sep, value = note.body.partition(": ")
            if sep and key in _NOTE_KEYS:
                self.notes[note.target].append((key, value))
            else:
                self.notes[note.target].append((None, note.body))
        self.references: dict[str, list[_Normalization]] = defaultdict(list)
        self.knowledge: dict[str, list[_Normalization]] = defaultdict(list)
        for normalization in reader.normalizations:
            if normalization.database == STANCEKIT_DB:
                self.references[normalization.target].append(normalization)
            else:
                self.knowledge[normalization.target].append(normalization)

    def error(self, number: int, message: str) -> FormatError:
        return self.reader.error(number, message)

    def note(self, target: str, key: str) -> str | None:
        return next((value for found, value in self.notes[target] if found == key), None)

    def span(self, identifier: str) -> Span:
        textbound = self.reader.textbounds[identifier]
        kept = self.note(identifier, "pieces")
        if kept is not None:
            original = _parse_pieces(kept)
            if (
                original is not None
                and original == _normalise(original)
                and all(0 <= start <= end <= len(self.text) for start, end in original)
                and _split_at_breaks(self.text, original) == textbound.pieces
            ):
                return Span.join(self.text, original)
        return Span.join(self.text, _normalise(textbound.pieces))

    def joined(self, identifiers: Sequence[str]) -> Span | None:
        """One span for the text-bound lines of one role (``Content``, ``Content2``, ...)."""
        if not identifiers:
            return None
        if len(identifiers) == 1:
            return self.span(identifiers[0])
        pieces = [piece for identifier in identifiers for piece in self.span(identifier).pieces]
        return Span.join(self.text, _normalise(pieces))

    def provenance(self, identifier: str) -> Provenance | None:
        values = {key: value for key, value in reversed(self.notes[identifier]) if key is not None}
        loose = [value for key, value in self.notes[identifier] if key is None]
        note = values.get("note", "\n".join(loose) if loose else None)
        if "annotator" not in values and not loose and not any(key in values for key in ("rule", "created", "note")):
            return None
        return Provenance(values.get("annotator", "brat"), values.get("rule"), values.get("created"), note)

    def entity_type(self, identifier: str) -> str | None:
        textbound = self.reader.textbounds.get(identifier)
        return None if textbound is None else _ENTITY_TYPES.get(textbound.label.lower())

    def build(self, document_id: str) -> Document:
        reader = self.reader
        # Entities, in the order of their first reference (or their first line, for foreign ones).
        entity_of: dict[str, str] = {}
        first_seen: list[tuple[int, str]] = []
        for identifier, textbound in reader.textbounds.items():
            if self.entity_type(identifier) is None:
                continue
            references = self.references[identifier]
            if references:
                entity_of[identifier] = unquote(references[0].key)
                first_seen.append((references[0].number, entity_of[identifier]))
            else:
                entity_of[identifier] = identifier
                first_seen.append((textbound.number, identifier))
        order = list(dict.fromkeys(entity for _, entity in sorted(first_seen)))
        lines_of: dict[str, list[str]] = defaultdict(list)
        for identifier, entity in entity_of.items():
            lines_of[entity].append(identifier)

        affiliations: dict[str, str] = {}
        for relation in reader.relations:
            if relation.label == AFFILIATION:
                for end in (relation.first, relation.second):
                    if end not in entity_of:
                        raise self.error(relation.number, f"{relation.identifier}: {end} is no entity mention")
                affiliations.setdefault(entity_of[relation.first], entity_of[relation.second])

        entities = []
        for entity_id in order:
            identifiers = lines_of[entity_id]
            first = identifiers[0]
            names = [reference.name for line in identifiers for reference in self.references[line]]
            knowledge = [item for line in identifiers for item in self.knowledge[line]]
            kb_id = None
            if knowledge:
                item = knowledge[0]
                kb_id = unquote(item.key) if item.database == KB_DB else f"{item.database}:{item.key}"
            country = next((self.flags[line][COUNTRY] for line in identifiers if COUNTRY in self.flags[line]), None)
            role = next((value for line in identifiers if (value := self.note(line, "role")) is not None), None)
            aliases = [value for line in identifiers for key, value in self.notes[line] if key == "alias"]
            entity_type = self.entity_type(first)
            assert entity_type is not None
            entities.append(
                Entity(
                    id=entity_id,
                    name=names[0] if names else self.span(first).text,
                    type=entity_type,  # type: ignore[arg-type]
                    aliases=aliases,
                    country=country,
                    kb_id=kb_id,
                    role=role,
                    affiliation=affiliations.get(entity_id),
                )
            )

        mentions = [
            Mention(self.note(identifier, "id") or identifier, entity_of[identifier], self.span(identifier))
            for identifier in reader.textbounds
            if identifier in entity_of and UNANCHORED not in self.flags[identifier]
        ]

        statements = []
        statement_of_trigger: dict[str, str] = {}
        for event in reader.events.values():
            if not event.label.startswith(ATTRIBUTION):
                continue
            roles: dict[str, list[str]] = defaultdict(list)
            for role, value in event.arguments:
                roles[role.rstrip("0123456789")].append(value)
            for role in (SOURCE, CUE, CONTENT):
                for value in roles[role]:
                    if value not in reader.textbounds:
                        raise self.error(event.number, f"{event.identifier}: {role} {value} is no text-bound (T) line")
            content = self.joined(roles[CONTENT])
            if content is None:
                self.contentless.append((event.number, event.identifier))
                continue
            speaker = None
            if roles[SPEAKER]:
                holder_line = roles[SPEAKER][0]
                if holder_line not in entity_of:
                    raise self.error(event.number, f"{event.identifier}: Speaker {holder_line} is no entity mention")
                speaker = entity_of[holder_line]
            elif len(roles[SOURCE]) == 1 and roles[SOURCE][0] in entity_of:
                speaker = entity_of[roles[SOURCE][0]]
            mode = self.flags[event.identifier].get(MODE) or "indirect"
            if mode not in MODES:
                raise self.error(event.number, f"{event.identifier}: Mode {mode!r}; expected one of {', '.join(MODES)}")
            statement_id = self.note(event.identifier, "id") or event.identifier
            statement_of_trigger[event.trigger] = statement_id
            statement_of_trigger[event.identifier] = statement_id
            statements.append(
                Statement(
                    id=statement_id,
                    content=content,
                    speaker=speaker,
                    source=self.joined(roles[SOURCE]),
                    cue=self.joined(roles[CUE]),
                    mode=mode,  # type: ignore[arg-type]
                    provenance=self.provenance(event.identifier),
                )
            )

        cues: dict[str, str] = {}
        reports: dict[str, _Relation] = {}
        for relation in reader.relations:
            if relation.label == CUE_OF:
                cues.setdefault(relation.second, relation.first)
            elif relation.label == REPORTED_IN:
                reports.setdefault(relation.first, relation)

        stances = []
        for relation in reader.relations:
            if relation.label != STANCE:
                continue
            stances.append(self.stance(relation, entity_of, cues, reports, statement_of_trigger, entities))

        from stancekit.schemas import validate

        try:
            document = Document(
                id=document_id,
                text=self.text,
                entities=entities,
                mentions=mentions,
                statements=statements,
                stances=stances,
            )
            validate(document)
        except ValidationError as error:
            raise FormatError(f"{self.reader.location}: {error.path}: {error.message}") from None
        return document

    def stance(
        self,
        relation: _Relation,
        entity_of: Mapping[str, str],
        cues: Mapping[str, str],
        reports: Mapping[str, _Relation],
        statement_of_trigger: Mapping[str, str],
        entities: Sequence[Entity],
    ) -> Stance:
        where = f"{relation.identifier}"
        if relation.first not in entity_of:
            raise self.error(
                relation.number,
                f"{where}: Arg1 {relation.first} is no entity mention; expected the holder, a line typed "
                f"{', '.join(ENTITY_LABELS.values())}",
            )
        target_line = relation.second
        if target_line not in self.reader.textbounds:
            raise self.error(relation.number, f"{where}: Arg2 {target_line} is no text-bound (T) line")
        unanchored = UNANCHORED in self.flags[target_line]
        span = None if unanchored else self.span(target_line)
        if target_line in entity_of:
            target_entity: str | None = entity_of[target_line]
        else:
            references = self.references[target_line]
            target_entity = unquote(references[0].key) if references else None
        default = span.text if span is not None else ""
        if span is None and target_line in entity_of:
            default = next((entity.name for entity in entities if entity.id == target_entity), "")
        target_text = self.note(target_line, "text")
        flags = self.flags[relation.identifier]
        polarity = flags.get(POLARITY)
        if polarity not in POLARITIES:
            raise self.error(
                relation.number,
                f"{where}: Polarity {polarity!r}; expected an attribute line 'Polarity {where} support|oppose|neutral'",
            )
        act = flags.get(ACT) or polarity
        negated = NEGATED in flags and flags[NEGATED] not in ("false", "False", "0")
        confidence = 1.0
        if flags.get(CONFIDENCE) is not None:
            try:
                confidence = float(flags[CONFIDENCE] or "")
            except ValueError:
                raise self.error(
                    relation.number, f"{where}: Confidence {flags[CONFIDENCE]!r}; expected a number from 0 to 1"
                ) from None
        cue = self.span(cues[target_line]) if target_line in cues else None
        statement = None
        if target_line in reports:
            report = reports[target_line]
            trigger = report.second
            if trigger not in statement_of_trigger:
                raise self.error(report.number, f"{report.identifier}: {trigger} is no statement's trigger or event")
            statement = statement_of_trigger[trigger]
        return Stance(
            id=self.note(relation.identifier, "id") or relation.identifier,
            holder=entity_of[relation.first],
            target=Target(target_text if target_text is not None else default, span, target_entity),
            polarity=polarity,  # type: ignore[arg-type]
            type=act,
            cue=cue,
            negated=negated,
            statement=statement,
            confidence=confidence,
            provenance=self.provenance(relation.identifier),
        )


def loads(annotations: str, text: str, *, id: str = "document", location: str = "<string>") -> Document:
    """The document that ``annotations`` (the ``.ann`` text) make of ``text`` (the ``.txt`` text).

    What the reader passes over makes one
    :class:`~stancekit.formats.FormatWarning`: the attribution events without
    content (by id and line), and a count per type of the lines of types it
    does not read (``Holder``, ``Equiv``, ...).

    Args:
        annotations: the ``.ann`` file's text.
        text: the ``.txt`` file's text, exactly (CRLF kept).
        id: the document's id.
        location: the ``.ann`` file's name, for messages.

    Raises:
        FormatError: naming ``location``, the line and what was expected.
    """
    reader = _Reader(annotations, text, location)
    builder = _Builder(reader)
    document = builder.build(id)
    passed_over = []
    if builder.contentless:
        passed_over.append(_contentless_message(location, builder.contentless))
    unread = reader.unread()
    if unread:
        passed_over.append(_unread_message(location, unread))
    if passed_over:  # one warning per file, whatever it passed over
        warn("; ".join(passed_over[:1] + [part.removeprefix(f"{location}: ") for part in passed_over[1:]]))
    return document


_ANNOTATOR_SUFFIX = re.compile(r"^(?P<stem>.+)_[^_]+$")


def text_path_for(ann_path: str | os.PathLike[str], text: str | os.PathLike[str] | None = None) -> Path:
    """The ``.txt`` file that goes with ``ann_path``.

    The first that exists of: ``text`` when it is a file; for ``X_SUFFIX.ann``
    (PolNeAR names its files ``ARTICLE_ANNOTATOR.ann``), ``X_SUFFIX.txt`` and
    then ``X.txt``, looked for in ``text`` when it is a folder, else beside
    the ``.ann`` file.

    Raises:
        InputError: when none exists, naming the places looked at.
    """
    ann = Path(ann_path)
    if text is not None and not Path(text).is_dir():
        return Path(text)
    folder = Path(text) if text is not None else ann.parent
    candidates = [folder / f"{ann.stem}.txt"]
    suffixed = _ANNOTATOR_SUFFIX.match(ann.stem)
    if suffixed:
        candidates.append(folder / f"{suffixed.group('stem')}.txt")
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    looked = " or ".join(str(candidate) for candidate in candidates)
    raise InputError(f"{ann}: no text file {looked}; expected the brat text beside the .ann, or give it with --text")


def load(
    path: str | os.PathLike[str],
    *,
    text: str | os.PathLike[str] | None = None,
    id: str | None = None,
) -> Document:
    """Read ``path`` (``X.ann``) with its text; the document's id is the file's name unless given.

    Args:
        path: the ``.ann`` file.
        text: the ``.txt`` file, or a folder to look for it in (see :func:`text_path_for`).
        id: the document's id; the ``.ann`` file's name without extension by default.

    Raises:
        InputError: the ``.ann`` or ``.txt`` is missing or not UTF-8.
        FormatError: a line cannot be read, naming the file and the line.
    """
    ann = Path(path)
    annotations = read_text(ann)
    # brat counts a byte-order mark in its offsets: the text keeps it, so that every span stays where it was.
    document_text = read_text(text_path_for(ann, text), byte_order_mark="keep")
    return loads(annotations, document_text, id=id if id is not None else ann.stem, location=str(ann))


def load_all(path: str | os.PathLike[str], *, text: str | os.PathLike[str] | None = None) -> Iterator[Document]:
    """Yield the document of an ``.ann`` file, or of every ``.ann`` file in a folder, in name order.

    Args:
        path: an ``.ann`` file or a folder of them.
        text: where the texts are (see :func:`text_path_for`).
    """
    folder = Path(path)
    if not folder.is_dir():
        yield load(folder, text=text)
        return
    files = sorted(item for item in folder.iterdir() if item.suffix.lower() == ".ann" and item.is_file())
    if not files:
        raise InputError(f"{folder}: holds no .ann files; expected a folder of brat files")
    for item in files:
        yield load(item, text=text)

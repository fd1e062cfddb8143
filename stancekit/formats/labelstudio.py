"""Label Studio tasks (JSON): the rule output as predictions for people to correct, and their corrections read back.

Writing gives a JSON array with one task per document: ``data.text`` holds
the text and ``data.stancekit`` the whole document (Label Studio keeps task
data as it is, so the export carries it back); ``predictions`` holds one
prediction with ``model_version`` (the annotators in the provenance) and
``score`` (the mean stance confidence) whose ``result`` lists labelled
regions (``value.start``, ``end``, ``text``, ``labels``), fields attached to
regions, and relations between regions, matching the labelling
configuration that :func:`labelling_config` (``stancekit
labelstudio-config``) prints:

- a **Mention** region per mention, with its entity id in the ``entity`` field;
- a statement is a **Content** region (with ``speaker`` and ``mode``), a
  **Source** region and a **Cue** region, each related to the content;
- a stance is a **Target** region (with ``holder``, ``polarity``, ``act``,
  ``negated``, and ``target_entity``/``target_text`` when needed), a **Cue**
  region related to it, and a relation to the **Content** of its statement;
- a discontinuous span is one region per fragment, the later ones related to
  the first by ``fragment``.

Relations are read by the labels of the two regions they join, in either
direction, so a person need not pick a relation label or a direction.

Reading takes, for each task, its completed annotation (the most recently
updated one, skipping cancelled ones, or the one ``annotator=`` names by
``completed_by`` id, e-mail or name), or its latest prediction when no one
has annotated it, and rebuilds the records from the regions. A record equal
in every field to one in ``data.stancekit`` is that record, id, confidence
and provenance included, so an untouched export reads back unchanged; a
record whose anchor region (its first Mention, Content or Target region)
keeps an exported region id but whose fields were changed keeps its id; any
other record is new, with the next free id (``m``, ``s``, ``st`` and a
number), confidence 1 and the person as provenance (``annotator=`` or the
annotation's ``completed_by``, and its ``updated_at``). Records come back
in the exported order, new ones last. An entity id typed in a field
(``entity``, ``speaker``, ``holder``, ``target_entity``) must name one of the
entities in ``data.stancekit``; any other (a typo, a name) is an error, and
a blank one is unset, unless it is exactly the id of one of those entities
(an id may be white space alone, and is then kept). A
task without ``data.stancekit`` reads too: its document id is ``task-`` and
the task id, and entity ids the regions name become entities of type
``other``.

Offsets are Unicode code points, as in Label Studio's text regions (it
converts from the browser's UTF-16 itself). A region whose ``value.text``
does not match the text at its code-point offsets but does match at the
same numbers read as UTF-16 units (what some older Label Studio versions
wrote for text with emoji) is converted; any other mismatch is an error.

What the format cannot carry: a stance with no target span cannot be shown
as a region. It travels in ``data.stancekit`` and comes back unchanged, but
a person cannot see, remove or change it in Label Studio. Everything else
round-trips exactly.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime, timezone
from itertools import pairwise
from typing import Any
from xml.sax.saxutils import quoteattr

import attrs

from stancekit._files import atomic_write, describe_json, parse_json, read_text
from stancekit._version import __version__
from stancekit.errors import FormatError, ValidationError
from stancekit.formats import documents_of
from stancekit.model import (
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

__all__ = [
    "EXTENSIONS",
    "LABELS",
    "NAME",
    "RELATIONS",
    "dump",
    "dumps",
    "labelling_config",
    "load",
    "load_all",
    "loads",
    "loads_all",
    "to_tasks",
]

NAME = "labelstudio"
EXTENSIONS = (".ls.json",)

#: The names the labelling configuration gives its Labels control and its Text object.
FROM_NAME = "label"
TO_NAME = "text"

MENTION, SOURCE, CUE, CONTENT, TARGET = "Mention", "Source", "Cue", "Content", "Target"
LABELS = (MENTION, SOURCE, CUE, CONTENT, TARGET)
RELATIONS = ("source", "cue", "fragment", "statement")

#: Per-region fields: name -> (kind, the label of the regions that carry it).
FIELDS = {
    "entity": ("textarea", MENTION),
    "speaker": ("textarea", CONTENT),
    "mode": ("choices", CONTENT),
    "holder": ("textarea", TARGET),
    "polarity": ("choices", TARGET),
    "act": ("choices", TARGET),
    "negated": ("choices", TARGET),
    "target_entity": ("textarea", TARGET),
    "target_text": ("textarea", TARGET),
}
NEGATED = "negated"
#: The fields that hold an entity id.
_ENTITY_FIELDS = ("entity", "speaker", "holder", "target_entity")

_COLOURS = {MENTION: "#8ecae6", SOURCE: "#ffb703", CUE: "#fb8500", CONTENT: "#90be6d", TARGET: "#e63946"}
_PREFIXES = {"mentions": "m", "statements": "s", "stances": "st"}


def labelling_config(acts: Iterable[str] = ()) -> str:
    """The Label Studio labelling configuration (XML) that matches the tasks this module writes.

    Args:
        acts: stance acts to offer besides the core vocabulary (those a rule pack adds); Label Studio
            refuses a prediction whose act is not among the choices.
    """
    all_acts = list(dict.fromkeys([*STANCE_TYPES, *acts]))

    def choices(name: str, values: Sequence[str], choice: str = "single") -> str:
        options = "".join(f"\n      <Choice value={quoteattr(value)}/>" for value in values)
        return (
            f'    <Choices name="{name}" toName="{TO_NAME}" perRegion="true" choice="{choice}" '
            f'showInline="true">{options}\n    </Choices>\n'
        )

    def textarea(name: str, placeholder: str) -> str:
        return (
            f'    <TextArea name="{name}" toName="{TO_NAME}" perRegion="true" maxSubmissions="1" '
            f'editable="true" placeholder={quoteattr(placeholder)}/>\n'
        )

    labels = "".join(f'    <Label value="{label}" background="{_COLOURS[label]}"/>\n' for label in LABELS)
    relations = "".join(f'    <Relation value="{relation}"/>\n' for relation in RELATIONS)
    return (
        "<View>\n"
        "  <Style>.htx-text { white-space: pre-wrap; }</Style>\n"
        '  <Header value="Mark mentions, statements (Source, Cue, Content) and stances (Target, Cue); '
        'relate each Source and Cue to its Content or Target"/>\n'
        f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">\n{labels}  </Labels>\n'
        f"  <Relations>\n{relations}  </Relations>\n"
        f'  <Text name="{TO_NAME}" value="$text"/>\n'
        f'  <View visibleWhen="region-selected" whenLabelValue="{MENTION}">\n'
        '    <Header value="Mention: the id of the entity it names"/>\n'
        f"{textarea('entity', 'entity id, e.g. e1')}"
        "  </View>\n"
        f'  <View visibleWhen="region-selected" whenLabelValue="{CONTENT}">\n'
        '    <Header value="Statement: the speaker (entity id; blank when unnamed) and the mode"/>\n'
        f"{textarea('speaker', 'entity id of the speaker')}"
        f"{choices('mode', MODES)}"
        "  </View>\n"
        f'  <View visibleWhen="region-selected" whenLabelValue="{TARGET}">\n'
        '    <Header value="Stance: the holder (entity id), the polarity and the act"/>\n'
        f"{textarea('holder', 'entity id of the holder')}"
        f"{choices('polarity', POLARITIES)}"
        f"{choices('act', all_acts)}"
        f"{choices('negated', (NEGATED,), 'multiple')}"
        '    <Header value="Only when needed: the entity the target names, and its wording if not the marked text"/>\n'
        f"{textarea('target_entity', 'entity id of the target')}"
        f"{textarea('target_text', 'the target in words')}"
        "  </View>\n"
        "</View>\n"
    )


# --- writing -----------------------------------------------------------------------------------------


class _Results:
    """Builds one prediction's result list."""

    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []

    def region(self, region_id: str, label: str, start: int, end: int, text: str, score: float | None = None) -> None:
        item: dict[str, Any] = {
            "id": region_id,
            "from_name": FROM_NAME,
            "to_name": TO_NAME,
            "type": "labels",
            "value": {"start": start, "end": end, "text": text, "labels": [label]},
        }
        if score is not None:
            item["score"] = score
        self.items.append(item)

    def span(self, region_id: str, label: str, text: str, span: Span, score: float | None = None) -> list[str]:
        """Regions for a span, one per fragment, the later ones related to the first; returns their ids."""
        ids = []
        for index, (start, end) in enumerate(span.pieces):
            piece_id = region_id if index == 0 else f"{region_id}.{index}"
            self.region(piece_id, label, start, end, text[start:end], score if index == 0 else None)
            if index:
                self.relation(piece_id, region_id, "fragment")
            ids.append(piece_id)
        return ids

    def field(self, region_id: str, name: str, span: Span, value: str | None) -> None:
        if value is None:
            return
        kind = FIELDS[name][0]
        item_value: dict[str, Any] = {"start": span.pieces[0][0], "end": span.pieces[0][1]}
        item_value["text" if kind == "textarea" else "choices"] = [value]
        self.items.append({"id": region_id, "from_name": name, "to_name": TO_NAME, "type": kind, "value": item_value})

    def relation(self, from_id: str, to_id: str, label: str) -> None:
        self.items.append(
            {"type": "relation", "from_id": from_id, "to_id": to_id, "direction": "right", "labels": [label]}
        )


def _anchor_id(kind: str, index: int) -> str:
    return f"{_PREFIXES[kind]}{index}"


def _result(document: Document) -> list[dict[str, Any]]:
    text = document.text
    results = _Results()
    for index, mention in enumerate(document.mentions):
        anchor = _anchor_id("mentions", index)
        results.span(anchor, MENTION, text, mention.span)
        results.field(anchor, "entity", mention.span, mention.entity)
    content_ids = {}
    for index, statement in enumerate(document.statements):
        anchor = _anchor_id("statements", index)
        content_ids[statement.id] = anchor
        results.span(anchor, CONTENT, text, statement.content)
        results.field(anchor, "speaker", statement.content, statement.speaker)
        results.field(anchor, "mode", statement.content, statement.mode)
        for role, label, span in (("source", SOURCE, statement.source), ("cue", CUE, statement.cue)):
            if span is not None:
                results.relation(results.span(f"{anchor}-{role}", label, text, span)[0], anchor, role)
    for index, stance in enumerate(document.stances):
        target = stance.target.span
        if target is None:
            continue  # carried in data.stancekit only
        anchor = _anchor_id("stances", index)
        results.span(anchor, TARGET, text, target, stance.confidence)
        results.field(anchor, "holder", target, stance.holder)
        results.field(anchor, "polarity", target, stance.polarity)
        results.field(anchor, "act", target, stance.type)
        results.field(anchor, "negated", target, NEGATED if stance.negated else None)
        results.field(anchor, "target_entity", target, stance.target.entity)
        results.field(anchor, "target_text", target, None if stance.target.text == target.text else stance.target.text)
        if stance.cue is not None:
            results.relation(results.span(f"{anchor}-cue", CUE, text, stance.cue)[0], anchor, "cue")
        if stance.statement is not None:
            results.relation(anchor, content_ids[stance.statement], "statement")
    return results.items


def _provenances(document: Document) -> Iterator[Provenance]:
    records: list[Statement | Stance] = [*document.statements, *document.stances]
    for record in records:
        if record.provenance is not None:
            yield record.provenance


def to_tasks(documents: Iterable[Document]) -> list[dict[str, Any]]:
    """One Label Studio task per document, the annotations as a prediction."""
    tasks = []
    for document in documents:
        annotators = sorted({provenance.annotator for provenance in _provenances(document)})
        confidences = [stance.confidence for stance in document.stances]
        prediction = {
            "model_version": ", ".join(annotators) or f"stancekit {__version__}",
            "score": sum(confidences) / len(confidences) if confidences else 1.0,
            "result": _result(document),
        }
        tasks.append({"data": {"text": document.text, "stancekit": document.to_dict()}, "predictions": [prediction]})
    return tasks


def dumps(document: Document | Iterable[Document], *, indent: int | None = 2) -> str:
    """Label Studio tasks as JSON: always an array, one task per document."""
    documents = list(documents_of(document, "labelstudio.dumps"))
    return json.dumps(to_tasks(documents), ensure_ascii=False, indent=indent) + "\n"


def dump(document: Document | Iterable[Document], path: str | os.PathLike[str]) -> None:
    """Write Label Studio tasks atomically."""
    atomic_write(path, dumps(document))


# --- reading -----------------------------------------------------------------------------------------


class _Fail:
    """Makes FormatErrors that name the file and the JSON path."""

    def __init__(self, location: str) -> None:
        self.location = location

    def __call__(self, path: str, message: str) -> FormatError:
        return FormatError(f"{self.location}: {path}: {message}")


def _code_points(text: str, units: int) -> int | None:
    """The code-point offset of a UTF-16 offset into ``text``, or None when it splits a character or leaves it."""
    count = 0
    for index, character in enumerate(text):
        if count == units:
            return index
        count += 2 if ord(character) > 0xFFFF else 1
        if count > units:
            return None
    return len(text) if count == units else None


@attrs.define
class _Region:
    id: str
    label: str
    start: int
    end: int
    path: str
    fields: dict[str, tuple[str, str]] = attrs.field(factory=dict)  # name -> (value, path)
    group: str = ""  # id of the first region of its span


@attrs.define
class _Group:
    """The regions of one span: the anchor (first piece) and the rest."""

    anchor: _Region
    pieces: list[_Region]
    fields: dict[str, tuple[str, str]]
    related: dict[str, list[_Group]] = attrs.field(factory=dict)  # label of the other end -> groups

    def span(self, text: str) -> Span:
        return Span.join(text, [(piece.start, piece.end) for piece in self.pieces])

    def field(self, name: str) -> str | None:
        value = self.fields.get(name)
        return None if value is None else value[0]

    def one(self, label: str, fail: _Fail, what: str) -> _Group | None:
        others = self.related.get(label, [])
        if len(others) > 1:
            raise fail(
                self.anchor.path, f"region {self.anchor.id!r} has {len(others)} {label} regions; expected one {what}"
            )
        return others[0] if others else None


class _TaskReader:
    def __init__(self, task: Mapping[str, Any], path: str, fail: _Fail, annotator: str | None) -> None:
        self.task, self.path, self.fail, self.annotator = task, path, fail, annotator

    # -- the task's parts

    def data(self) -> tuple[str, Document | None]:
        data = self.task.get("data")
        if not isinstance(data, Mapping):
            raise self.fail(self.path, "no 'data' object; expected a Label Studio task with data.text")
        text = data.get("text")
        if not isinstance(text, str):
            raise self.fail(f"{self.path}.data.text", f"{describe_json(text)}; expected the document text")
        reference = data.get("stancekit")
        if reference is None:
            return text, None
        try:
            document = Document.from_dict(reference)
        except ValidationError as error:
            raise self.fail(f"{self.path}.data.stancekit{error.path[1:]}", error.message) from None
        if document.text != text:
            raise self.fail(f"{self.path}.data.text", "differs from data.stancekit.text; expected the same text")
        return text, document

    def chosen(self) -> tuple[list[Any], str, Provenance | None] | None:
        """The result list to read, where it is, and the provenance of records it adds."""
        annotations = self.task.get("annotations") or []
        if not isinstance(annotations, list):
            raise self.fail(f"{self.path}.annotations", f"{describe_json(annotations)}; expected an array")
        done = [
            (index, item)
            for index, item in enumerate(annotations)
            if isinstance(item, Mapping) and not item.get("was_cancelled")
        ]
        if self.annotator is not None:
            done = [(index, item) for index, item in done if self.annotator in _names(item.get("completed_by"))]
            if not done:
                known = sorted(
                    {
                        name
                        for item in annotations
                        if isinstance(item, Mapping)
                        for name in _names(item.get("completed_by"))
                    }
                )
                raise self.fail(
                    f"{self.path}.annotations",
                    f"no completed annotation by {self.annotator!r}; annotators here: {', '.join(known) or 'none'}",
                )
        if done:
            index, annotation = max(done, key=lambda pair: (_when(pair[1]), _sortable(pair[1].get("id"))))
            person = self.annotator or _person(annotation.get("completed_by"))
            created = annotation.get("updated_at") or annotation.get("created_at")
            provenance = Provenance(person, created=created if isinstance(created, str) else None)
            return (
                self.results(annotation, f"{self.path}.annotations[{index}]"),
                f"{self.path}.annotations[{index}]",
                provenance,
            )
        predictions = self.task.get("predictions") or []
        if not isinstance(predictions, list):
            raise self.fail(f"{self.path}.predictions", f"{describe_json(predictions)}; expected an array")
        usable = [(index, item) for index, item in enumerate(predictions) if isinstance(item, Mapping)]
        if not usable:
            return None
        index, prediction = max(usable, key=lambda pair: (_when(pair[1]), pair[0]))
        version = prediction.get("model_version")
        provenance = Provenance(version if isinstance(version, str) and version else "label-studio prediction")
        return (
            self.results(prediction, f"{self.path}.predictions[{index}]"),
            f"{self.path}.predictions[{index}]",
            provenance,
        )

    def results(self, holder: Mapping[str, Any], path: str) -> list[Any]:
        result = holder.get("result")
        if not isinstance(result, list):
            raise self.fail(f"{path}.result", f"{describe_json(result)}; expected an array of results")
        return result


def _names(completed_by: Any) -> list[str]:
    """The ways ``--annotator`` may name the person of a ``completed_by``: id, e-mail, full name."""
    if isinstance(completed_by, Mapping):
        names = [str(completed_by[key]) for key in ("id", "email") if completed_by.get(key) not in (None, "")]
        full = " ".join(str(completed_by.get(key) or "") for key in ("first_name", "last_name")).strip()
        return [*names, full] if full else names
    if completed_by is None or isinstance(completed_by, bool):
        return []
    return [str(completed_by)]


def _person(completed_by: Any) -> str:
    """How provenance names the person of a ``completed_by``: e-mail, else full name, else Label Studio user id."""
    if isinstance(completed_by, Mapping):
        full = " ".join(str(completed_by.get(key) or "") for key in ("first_name", "last_name")).strip()
        for name in (completed_by.get("email"), full):
            if isinstance(name, str) and name:
                return name
        completed_by = completed_by.get("id")
    names = _names(completed_by)
    return f"label-studio user {names[0]}" if names else "label-studio annotator"


#: Typed before a name in an entity field ("new:Ana Ruiz"), it adds an entity the rules did not find.
NEW_ENTITY = "new:"


def _entity_id(value: str, known: set[str]) -> str:
    """A typed entity id: as written when it names a known entity, else without surrounding blanks."""
    return value if value in known else value.strip()


def _no_such_entity(name: str, value: str, reference: Document, task: Mapping[str, Any]) -> str:
    """Why a typed id is refused, listing the task's entities by id and name, since a name is a likely slip."""
    task_id = task.get("id")
    which = f"task {task_id}" if isinstance(task_id, (int, str)) and not isinstance(task_id, bool) else "this task"
    listed = [f"{entity.id} ({entity.name})" for entity in reference.entities[:10]]
    if len(reference.entities) > 10:
        listed.append(f"… {len(reference.entities)} in all")
    expected = (
        f"expected the id of one of its entities (data.stancekit.entities): {', '.join(listed)}"
        if listed
        else "expected an entity id, but its data.stancekit.entities is empty"
    )
    return f"{name} {value!r} is no entity of {which}; {expected}, or {NEW_ENTITY}NAME for one the rules missed"


def _when(item: Mapping[str, Any]) -> datetime:
    for key in ("updated_at", "created_at"):
        value = item.get(key)
        if isinstance(value, str):
            try:
                moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
            except ValueError:
                continue
            return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return datetime.min.replace(tzinfo=timezone.utc)


def _sortable(value: Any) -> tuple[int, str]:
    return (value, "") if isinstance(value, int) and not isinstance(value, bool) else (0, str(value))


def _regions(
    result: list[Any], path: str, text: str, fail: _Fail
) -> tuple[dict[str, _Region], list[tuple[str, str, str]]]:
    """The labelled regions by id, with their fields, and the relations (from id, to id, path)."""
    regions: dict[str, _Region] = {}
    fields: list[tuple[str, str, str, str]] = []  # region id, name, value, path
    relations = []
    for index, item in enumerate(result):
        where = f"{path}[{index}]"
        if not isinstance(item, Mapping):
            raise fail(where, f"{describe_json(item)}; expected a result object")
        kind = item.get("type")
        if kind == "relation":
            ends = (item.get("from_id"), item.get("to_id"))
            if not all(isinstance(end, str) for end in ends):
                raise fail(where, "a relation without from_id and to_id; expected the ids of two regions")
            relations.append((str(ends[0]), str(ends[1]), where))
            continue
        name = item.get("from_name")
        if kind == "labels" or (kind in ("textarea", "choices") and isinstance(name, str) and name in FIELDS):
            region_id = item.get("id")
            if not isinstance(region_id, str) or not region_id:
                raise fail(f"{where}.id", f"{describe_json(region_id)}; expected the region's id")
            value = item.get("value")
            if not isinstance(value, Mapping):
                raise fail(f"{where}.value", f"{describe_json(value)}; expected an object")
            if kind == "labels":
                if region_id in regions:
                    raise fail(f"{where}.id", f"region id {region_id!r} repeats; expected one labelled region per id")
                regions[region_id] = _region(region_id, value, f"{where}.value", text, fail)
            else:
                key = "text" if kind == "textarea" else "choices"
                values = value.get(key)
                if not isinstance(values, list) or not all(isinstance(entry, str) for entry in values):
                    raise fail(f"{where}.value.{key}", f"{describe_json(values)}; expected an array of strings")
                # A blank target_text is a real value (a target worded as nothing); elsewhere blank means unset,
                # but for the entity fields only once the task's entities are known (an entity's id may be " ").
                entries = [entry for entry in values if entry.strip() or name == "target_text"]
                if not entries and name in _ENTITY_FIELDS:
                    entries = [entry for entry in values if entry][:1]
                if len(entries) > 1:
                    raise fail(f"{where}.value.{key}", f"{len(entries)} values for {name!r}; expected one")
                if entries:
                    fields.append((region_id, str(name), entries[0], where))
    for region_id, name, value, where in fields:
        region = regions.get(region_id)
        if region is None:
            raise fail(where, f"the {name!r} field belongs to region {region_id!r}, which is not in the result")
        if FIELDS[name][1] != region.label:
            raise fail(where, f"a {name!r} field on a {region.label} region; expected it on {FIELDS[name][1]} regions")
        region.fields[name] = (value, where)
    for from_id, to_id, where in relations:
        for end in (from_id, to_id):
            if end not in regions:
                raise fail(where, f"the relation names region {end!r}, which is not in the result")
    return regions, relations


def _region(region_id: str, value: Mapping[str, Any], path: str, text: str, fail: _Fail) -> _Region:
    labels = value.get("labels")
    if not isinstance(labels, list) or len(labels) != 1 or labels[0] not in LABELS:
        raise fail(f"{path}.labels", f"{describe_json(labels)}; expected one label of {', '.join(LABELS)}")
    start, end = value.get("start"), value.get("end")
    for key, offset in (("start", start), ("end", end)):
        if not isinstance(offset, int) or isinstance(offset, bool):
            raise fail(f"{path}.{key}", f"{describe_json(offset)}; expected a code-point offset")
    assert isinstance(start, int) and isinstance(end, int)
    quoted = value.get("text")
    if isinstance(quoted, str) and text[start:end] != quoted:
        from_units, to_units = _code_points(text, start), _code_points(text, end)
        if from_units is not None and to_units is not None and text[from_units:to_units] == quoted:
            start, end = from_units, to_units
        else:
            raise fail(
                path,
                f"text {quoted!r} is not the task text at {start}..{end} ({text[start:end]!r}), "
                "whether counted in code points or UTF-16 units; expected the text of the region",
            )
    if not 0 <= start <= end <= len(text):
        raise fail(path, f"offsets {start}..{end} leave the text (0..{len(text)}); expected code points in it")
    return _Region(region_id, str(labels[0]), start, end, path)


def _groups(
    regions: dict[str, _Region], relations: list[tuple[str, str, str]], fail: _Fail
) -> tuple[list[_Group], dict[str, _Group]]:
    """Join fragments into spans and attach the other relations to the groups they join."""
    parent = {region_id: region_id for region_id in regions}

    def root(region_id: str) -> str:
        while parent[region_id] != region_id:
            parent[region_id] = parent[parent[region_id]]
            region_id = parent[region_id]
        return region_id

    others = []
    for from_id, to_id, where in relations:
        first, second = regions[from_id], regions[to_id]
        if first.label == second.label:
            parent[root(from_id)] = root(to_id)
        else:
            others.append((first, second, where))
    members: dict[str, list[_Region]] = {}
    for region_id, region in regions.items():
        members.setdefault(root(region_id), []).append(region)
    groups = []
    by_region: dict[str, _Group] = {}
    for pieces in members.values():
        pieces.sort(key=lambda piece: (piece.start, piece.end))
        if any(later.start < earlier.end for earlier, later in pairwise(pieces)):
            raise fail(pieces[0].path, f"the fragments of region {pieces[0].id!r} overlap; expected separate pieces")
        merged: dict[str, tuple[str, str]] = {}
        for piece in pieces:
            for name, (value, where) in piece.fields.items():
                if name in merged and merged[name][0] != value:
                    raise fail(where, f"{name!r} is {value!r} here but {merged[name][0]!r} on another fragment")
                merged[name] = (value, where)
        group = _Group(pieces[0], pieces, merged)
        groups.append(group)
        for piece in pieces:
            by_region[piece.id] = group
    allowed = {
        frozenset((SOURCE, CONTENT)),
        frozenset((CUE, CONTENT)),
        frozenset((CUE, TARGET)),
        frozenset((TARGET, CONTENT)),
    }
    for first, second, where in others:
        if frozenset((first.label, second.label)) not in allowed:
            raise fail(
                where,
                f"a relation between a {first.label} and a {second.label} region; expected Source or Cue to Content, "
                "Cue to Target, or Target to Content",
            )
        one, other = by_region[first.id], by_region[second.id]
        one.related.setdefault(second.label, []).append(other)
        other.related.setdefault(first.label, []).append(one)
    order = {region_id: index for index, region_id in enumerate(regions)}
    groups.sort(key=lambda group: order[group.anchor.id])
    return groups, by_region


def _required(group: _Group, name: str, fail: _Fail, what: str) -> str:
    value = group.field(name)
    if value is None:
        raise fail(
            group.anchor.path, f"region {group.anchor.id!r} ({group.anchor.label}) has no {name!r}; expected {what}"
        )
    return value


def _choice(group: _Group, name: str, choices: Sequence[str], fail: _Fail, default: str | None = None) -> str:
    value = group.field(name)
    if value is None:
        if default is not None:
            return default
        return _required(group, name, fail, f"one of {', '.join(choices)}")
    if value not in choices:
        raise fail(group.fields[name][1], f"{name} {value!r}; expected one of {', '.join(choices)}")
    return value


class _Matcher:
    """Gives each rebuilt record the identity of the reference record it is, or a new one."""

    def __init__(self, reference: Sequence[Any], kind: str, anchors: Mapping[str, int]) -> None:
        self.reference = list(reference)
        self.kind = kind
        self.anchors = anchors  # exported anchor region id -> reference index
        self.used: set[int] = set()
        self.taken = {record.id for record in reference}
        self.counter = 0

    def match(self, record: Any, anchor_id: str, person: Provenance | None) -> tuple[float, Any]:
        """(order key, record with its final id); equal records keep everything, corrected ones their id."""
        for index, known in enumerate(self.reference):
            if index not in self.used and attrs.evolve(record, id=known.id, **self._kept(known)) == known:
                self.used.add(index)
                return index, known
        index = self.anchors.get(anchor_id, -1)
        if index >= 0 and index not in self.used:
            self.used.add(index)
            return index, attrs.evolve(record, id=self.reference[index].id, **self._human(person))
        return float("inf"), attrs.evolve(record, id=self.new_id(), **self._human(person))

    def _kept(self, known: Any) -> dict[str, Any]:
        fields = {}
        if hasattr(known, "provenance"):
            fields["provenance"] = known.provenance
        if hasattr(known, "confidence"):
            fields["confidence"] = known.confidence
        return fields

    def _human(self, person: Provenance | None) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        if self.kind != "mentions":
            fields["provenance"] = person
        if self.kind == "stances":
            fields["confidence"] = 1.0
        return fields

    def new_id(self) -> str:
        while True:
            self.counter += 1
            candidate = f"{_PREFIXES[self.kind]}{self.counter}"
            if candidate not in self.taken:
                self.taken.add(candidate)
                return candidate


def _order(pairs: list[tuple[float, Any]]) -> list[Any]:
    return [record for _, record in sorted(pairs, key=lambda pair: pair[0])]


def _document(reader: _TaskReader) -> Document:
    fail, path = reader.fail, reader.path
    text, reference = reader.data()
    chosen = reader.chosen()
    if chosen is None:
        if reference is not None:
            return reference
        chosen = [], path, None
    result, result_path, person = chosen
    regions, relations = _regions(result, f"{result_path}.result", text, fail)
    groups, _ = _groups(regions, relations, fail)
    for group in groups:
        if group.anchor.label in (SOURCE, CUE) and not group.related:
            raise fail(
                group.anchor.path,
                f"the {group.anchor.label} region {group.anchor.id!r} is related to nothing; "
                f"expected a relation to its {'Content' if group.anchor.label == SOURCE else 'Content or Target'}",
            )
    base = reference or Document(id=f"task-{reader.task.get('id', path)}", text=text)

    def anchors(kind: str, records: Sequence[Any]) -> dict[str, int]:
        return {_anchor_id(kind, index): index for index in range(len(records))}

    shown = [stance.target.span is not None for stance in base.stances]
    mentions = _Matcher(base.mentions, "mentions", anchors("mentions", base.mentions))
    statements = _Matcher(base.statements, "statements", anchors("statements", base.statements))
    stances = _Matcher(base.stances, "stances", {_anchor_id("stances", i): i for i, ok in enumerate(shown) if ok})
    stances.used.update(index for index, ok in enumerate(shown) if not ok)
    known = {entity.id for entity in base.entities}
    for group in groups:
        for name in _ENTITY_FIELDS:
            value = group.field(name)
            if value is not None and not value.strip() and value not in known:
                del group.fields[name]  # blank, and no entity's id: unset

    def entity(group: _Group, name: str, value: str) -> str:
        """The entity id typed in a field; with ``data.stancekit``, it must be one of the task's entities."""
        entity_id = _entity_id(value, known)
        if entity_id.startswith(NEW_ENTITY) and entity_id[len(NEW_ENTITY) :].strip():
            return entity_id  # an entity the rules missed, added by the person correcting them
        if reference is not None and entity_id and entity_id not in known:
            raise fail(group.fields[name][1], _no_such_entity(name, value, reference, reader.task))
        return entity_id

    mention_pairs, statement_pairs, stance_pairs = [], [], []
    statement_ids: dict[str, str] = {}
    entity_ids: list[str] = []
    for group in groups:
        if group.anchor.label == MENTION:
            named = entity(group, "entity", _required(group, "entity", fail, "the id of the entity it names"))
            entity_ids.append(named)
            mention_pairs.append(mentions.match(Mention("", named, group.span(text)), group.anchor.id, person))
    for group in groups:
        if group.anchor.label == CONTENT:
            source = group.one(SOURCE, fail, "source")
            cue = group.one(CUE, fail, "cue")
            speaker = entity(group, "speaker", group.field("speaker") or "")
            entity_ids.extend([speaker] if speaker else [])
            statement = Statement(
                id="",
                content=group.span(text),
                speaker=speaker or None,
                source=None if source is None else source.span(text),
                cue=None if cue is None else cue.span(text),
                mode=_choice(group, "mode", MODES, fail, default="indirect"),  # type: ignore[arg-type]
            )
            pair = statements.match(statement, group.anchor.id, person)
            statement_pairs.append(pair)
            statement_ids[group.anchor.id] = pair[1].id
    for group in groups:
        if group.anchor.label == TARGET:
            cue = group.one(CUE, fail, "cue")
            content = group.one(CONTENT, fail, "statement")
            holder = entity(group, "holder", _required(group, "holder", fail, "the entity id of the stance's holder"))
            target_entity = entity(group, "target_entity", group.field("target_entity") or "") or None
            entity_ids.extend([holder] + ([target_entity] if target_entity else []))
            span = group.span(text)
            stance = Stance(
                id="",
                holder=holder,
                target=Target(
                    span.text if group.field("target_text") is None else str(group.field("target_text")),
                    span,
                    target_entity,
                ),
                polarity=_choice(group, "polarity", POLARITIES, fail),  # type: ignore[arg-type]
                type=_required(group, "act", fail, "the stance's act, e.g. blame or praise"),
                cue=None if cue is None else cue.span(text),
                negated=group.field("negated") == NEGATED,
                statement=None if content is None else statement_ids[content.anchor.id],
            )
            stance_pairs.append(stances.match(stance, group.anchor.id, person))
    for index, stance in enumerate(base.stances):
        if stance.target.span is None:  # never shown in Label Studio: kept as it was
            stance_pairs.append((index, stance))

    entities = list(base.entities)
    for entity_id in entity_ids:
        if entity_id not in known:
            known.add(entity_id)
            entities.append(Entity(entity_id, entity_id.removeprefix(NEW_ENTITY).strip() or entity_id, "other"))
    try:
        return attrs.evolve(
            base,
            entities=entities,
            mentions=_order(mention_pairs),
            statements=_order(statement_pairs),
            stances=_order(stance_pairs),
        )
    except ValidationError as error:
        raise fail(result_path, f"the regions make an invalid document: {error}") from None


def loads_all(text: str, *, location: str = "<string>", annotator: str | None = None) -> list[Document]:
    """The documents of a Label Studio JSON export (an array of tasks, or one task).

    Args:
        annotator: read the annotation this person completed (a ``completed_by`` id, e-mail or
            name) rather than the latest one.

    Raises:
        FormatError: naming ``location`` and the JSON path of the first problem.
    """
    fail = _Fail(location)
    data = parse_json(text, location)
    tasks = [("$", data)] if isinstance(data, Mapping) else None
    if isinstance(data, list):
        tasks = [(f"$[{index}]", task) for index, task in enumerate(data)]
    if tasks is None:
        raise fail("$", f"{describe_json(data)}; expected an array of Label Studio tasks")
    documents = []
    for path, task in tasks:
        if not isinstance(task, Mapping):
            raise fail(path, f"{describe_json(task)}; expected a task object")
        documents.append(_document(_TaskReader(task, path, fail, annotator)))
    return documents


def loads(text: str, *, location: str = "<string>", annotator: str | None = None) -> Document:
    """The one document of a Label Studio export holding one task."""
    documents = loads_all(text, location=location, annotator=annotator)
    if len(documents) != 1:
        raise FormatError(f"{location}: {len(documents)} tasks; expected one (use load_all for several)")
    return documents[0]


def load(path: str | os.PathLike[str], *, annotator: str | None = None) -> Document:
    return loads(read_text(path), location=str(path), annotator=annotator)


def load_all(path: str | os.PathLike[str], *, annotator: str | None = None) -> list[Document]:
    return loads_all(read_text(path), location=str(path), annotator=annotator)

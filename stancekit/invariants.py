"""The checks JSON Schema cannot express, run over the wire form of a document.

They work on plain dicts, tolerate values of the wrong type (the schema
reports those) and yield :class:`~stancekit.errors.ValidationError` with the
JSON path of each problem. ``Document`` runs them when it is built, and
``stancekit.iter_errors`` runs them beside the schema.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from stancekit.errors import ValidationError

__all__ = ["FRAGMENT_SEPARATOR", "check_document"]

#: Joins the texts of a discontinuous span's fragments (brat's convention).
FRAGMENT_SEPARATOR = " "

_PREVIEW = 40


def _preview(value: str) -> str:
    if len(value) > _PREVIEW:
        value = value[: _PREVIEW - 1] + "…"
    return repr(value)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_bounds(span: Mapping[str, Any], text: str, path: str) -> Iterator[ValidationError]:
    start, end = span.get("start"), span.get("end")
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        return
    if start < 0:
        yield ValidationError(f"{start} is negative; expected an offset from 0", f"{path}.start")
    if end > len(text):
        yield ValidationError(
            f"{end} is past the end of the text ({len(text)}); expected an offset from 0 to {len(text)}",
            f"{path}.end",
        )
    if start > end:
        yield ValidationError(f"start {start} is after end {end}; expected start <= end", path)


def check_span(span: Any, text: str, path: str) -> Iterator[ValidationError]:
    """Yield the problems of one span: bounds, its text checksum and its fragments."""
    if not isinstance(span, Mapping):
        return
    bounds = list(_check_bounds(span, text, path))
    yield from bounds
    fragments = span.get("fragments")
    expected: str | None = None
    if isinstance(fragments, list) and fragments:
        pieces = []
        previous_end = None
        for index, fragment in enumerate(fragments):
            fragment_path = f"{path}.fragments[{index}]"
            if not isinstance(fragment, Mapping):
                return
            fragment_errors = list(check_span(fragment, text, fragment_path))
            yield from fragment_errors
            if fragment_errors or not (_is_int(fragment.get("start")) and _is_int(fragment.get("end"))):
                return
            if previous_end is not None and fragment["start"] < previous_end:
                yield ValidationError(
                    f"starts at {fragment['start']}, before the previous fragment ends ({previous_end}); "
                    "expected fragments in order and not overlapping",
                    f"{fragment_path}.start",
                )
                return
            previous_end = fragment["end"]
            pieces.append(text[fragment["start"] : fragment["end"]])
        first, last = fragments[0], fragments[-1]
        if (span.get("start"), span.get("end")) != (first["start"], last["end"]):
            yield ValidationError(
                f"bounds {span.get('start')}..{span.get('end')} differ from the fragments' "
                f"{first['start']}..{last['end']}; expected start and end to bound the fragments",
                path,
            )
            return
        expected = FRAGMENT_SEPARATOR.join(pieces)
    elif not bounds and _is_int(span.get("start")) and _is_int(span.get("end")):
        expected = text[span["start"] : span["end"]]
    actual = span.get("text")
    if expected is not None and isinstance(actual, str) and actual != expected:
        yield ValidationError(
            f"text {_preview(actual)} differs from the document text there, {_preview(expected)}; "
            "expected the exact slice",
            f"{path}.text",
        )


def _items(data: Mapping[str, Any], key: str) -> list[tuple[int, Mapping[str, Any]]]:
    value = data.get(key)
    if not isinstance(value, list):
        return []
    return [(index, item) for index, item in enumerate(value) if isinstance(item, Mapping)]


def _ids(data: Mapping[str, Any], key: str) -> Iterator[ValidationError]:
    seen: dict[Any, int] = {}
    for index, item in _items(data, key):
        identifier = item.get("id")
        if not isinstance(identifier, str):
            continue
        if identifier in seen:
            yield ValidationError(
                f"duplicate id {identifier!r}, already used by $.{key}[{seen[identifier]}]; expected unique ids",
                f"$.{key}[{index}].id",
            )
        else:
            seen[identifier] = index


def _reference(value: Any, known: set[str], kind: str, path: str) -> Iterator[ValidationError]:
    if isinstance(value, str) and value not in known:
        yield ValidationError(f"{value!r} is no {kind} of this document; expected the id of one of its {kind}s", path)


def check_document(data: Mapping[str, Any]) -> Iterator[ValidationError]:
    """Yield every semantic problem of a document in wire form, in document order."""
    text = data.get("text")
    if not isinstance(text, str):
        return
    for key in ("entities", "mentions", "statements", "stances"):
        yield from _ids(data, key)
    entity_ids = {item["id"] for _, item in _items(data, "entities") if isinstance(item.get("id"), str)}
    statement_ids = {item["id"] for _, item in _items(data, "statements") if isinstance(item.get("id"), str)}

    previous_end = None
    for index, sentence in _items(data, "sentences"):
        path = f"$.sentences[{index}]"
        errors = list(check_span(sentence, text, path))
        yield from errors
        start = sentence.get("start")
        if not errors and _is_int(start) and previous_end is not None and start < previous_end:
            yield ValidationError(
                f"starts at {start}, before the previous sentence ends ({previous_end}); "
                "expected sentences in order and not overlapping",
                f"{path}.start",
            )
        if _is_int(sentence.get("end")):
            previous_end = sentence["end"]

    for index, entity in _items(data, "entities"):
        path = f"$.entities[{index}]"
        affiliation = entity.get("affiliation")
        if affiliation is not None and affiliation == entity.get("id"):
            yield ValidationError("an entity cannot be affiliated with itself", f"{path}.affiliation")
        yield from _reference(affiliation, entity_ids, "entity", f"{path}.affiliation")

    for index, mention in _items(data, "mentions"):
        path = f"$.mentions[{index}]"
        yield from _reference(mention.get("entity"), entity_ids, "entity", f"{path}.entity")
        yield from check_span(mention.get("span"), text, f"{path}.span")

    for index, statement in _items(data, "statements"):
        path = f"$.statements[{index}]"
        yield from _reference(statement.get("speaker"), entity_ids, "entity", f"{path}.speaker")
        for key in ("source", "cue", "content"):
            yield from check_span(statement.get(key), text, f"{path}.{key}")

    for index, stance in _items(data, "stances"):
        path = f"$.stances[{index}]"
        yield from _reference(stance.get("holder"), entity_ids, "entity", f"{path}.holder")
        yield from _reference(stance.get("statement"), statement_ids, "statement", f"{path}.statement")
        yield from check_span(stance.get("cue"), text, f"{path}.cue")
        target = stance.get("target")
        if isinstance(target, Mapping):
            yield from _reference(target.get("entity"), entity_ids, "entity", f"{path}.target.entity")
            yield from check_span(target.get("span"), text, f"{path}.target.span")

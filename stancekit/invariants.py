"""The checks JSON Schema cannot express, run over the wire form of a document.

They work on plain dicts, tolerate values of the wrong type (the schema
reports those) and yield :class:`~stancekit.errors.ValidationError` with the
JSON path of each problem. ``Document`` runs them when it is built, and
``stancekit.iter_errors`` runs them beside the schema.
"""

from __future__ import annotations

import functools
import math
import re
import sys
from collections.abc import Iterator, Mapping
from typing import Any

from stancekit.errors import ValidationError

__all__ = ["FRAGMENT_SEPARATOR", "MAX_DEPTH", "RepeatsSchema", "check_document", "check_json_values", "describe"]

#: Joins the texts of a discontinuous span's fragments (brat's convention).
FRAGMENT_SEPARATOR = " "

_PREVIEW = 40

_PLURALS = {"entity": "entities", "statement": "statements"}

#: The deepest nesting of arrays and objects a document may have. Its own
#: structure needs 7 levels; the rest is room for ``meta``. Deeper data could
#: not be written back, since writing JSON recurses.
MAX_DEPTH = 100

# Code points UTF-8 cannot encode: a string holding one cannot be written to a file.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _max_digits() -> int:
    # Python refuses to print (and so json.dumps refuses to write) longer integers.
    limit = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 0
    return limit or 4300


@functools.cache
def _power_of_ten(digits: int) -> int:
    return 10**digits


def _number(value: int) -> str:
    """An integer for a message: itself when short, its size when absurd (it may be too long to print)."""
    if -(10**15) < value < 10**15:
        return str(value)
    digits = int(abs(value).bit_length() * math.log10(2)) + 1
    sign = "negative " if value < 0 else ""
    return f"a {sign}number of about {digits} digits"


def _preview(value: str) -> str:
    if len(value) > _PREVIEW:
        value = value[: _PREVIEW - 1] + "…"
    return repr(value)


def describe(value: Any) -> str:
    """A short description of any value for an error message, never longer than a line."""
    if isinstance(value, str):
        return _preview(value)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int):
        return _number(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Mapping):
        return f"an object with {len(value)} key{'' if len(value) == 1 else 's'}"
    if isinstance(value, (list, tuple)):
        return f"an array of {len(value)} item{'' if len(value) == 1 else 's'}"
    return f"a value of type {type(value).__name__}"


def check_json_values(data: Any, path: str = "$") -> Iterator[ValidationError]:
    """Yield a problem for every value JSON cannot carry, so that a valid document can always be written.

    Refuses NaN and infinities, integers too long to print, strings with
    lone surrogates (UTF-8 cannot encode them), keys that are not strings,
    values of other Python types and nesting deeper than ``MAX_DEPTH``.
    Walks without recursion, so depth is no danger to the check itself.
    """
    stack: list[tuple[str, Any, int]] = [(path, data, 0)]
    while stack:
        where, value, depth = stack.pop()
        if depth > MAX_DEPTH:
            yield ValidationError(
                f"nested more than {MAX_DEPTH} levels deep; expected a document of sensible depth", where
            )
            continue
        if isinstance(value, str):
            surrogate = _SURROGATE.search(value)
            if surrogate:
                yield ValidationError(
                    f"holds a lone surrogate (U+{ord(surrogate.group()):04X}) at offset {surrogate.start()}; "
                    "expected text that UTF-8 can encode",
                    where,
                )
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, int):
            if abs(value) >= _power_of_ten(_max_digits()):
                yield ValidationError(
                    f"{_number(value)} is too long to write; expected a number of at most {_max_digits()} digits",
                    where,
                )
        elif isinstance(value, float):
            if not math.isfinite(value):
                name = "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
                yield ValidationError(f"{name} is not a JSON number; expected a finite number", where)
        elif isinstance(value, Mapping):
            children = []
            for key, item in value.items():
                if not isinstance(key, str):
                    yield ValidationError(f"key {describe(key)} is not a string; expected string keys", where)
                    continue
                if _SURROGATE.search(key):
                    yield ValidationError(
                        f"key {key!r} holds a lone surrogate; expected text that UTF-8 can encode", where
                    )
                    continue
                children.append((f"{where}.{key}", item, depth + 1))
            stack.extend(reversed(children))
        elif isinstance(value, (list, tuple)):
            stack.extend(reversed([(f"{where}[{index}]", item, depth + 1) for index, item in enumerate(value)]))
        else:
            yield ValidationError(
                f"{describe(value)} is not a JSON value; expected a string, number, boolean, null, array or object",
                where,
            )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class RepeatsSchema(ValidationError):
    """A problem the schema reports too, at the same path (a negative start: the schema's ``"minimum": 0``).

    The checks here still count it, so that a span out of bounds is not
    sliced; :func:`stancekit.schemas.iter_errors`, which runs the schema
    first, leaves it out when the schema has an error at its path, so that
    one problem is reported once.
    """


def _check_bounds(span: Mapping[str, Any], text: str, path: str) -> Iterator[ValidationError]:
    start, end = span.get("start"), span.get("end")
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        return
    if start < 0:
        yield RepeatsSchema(f"{_number(start)} is negative; expected an offset from 0", f"{path}.start")
    if end < 0:
        yield RepeatsSchema(f"{_number(end)} is negative; expected an offset from 0", f"{path}.end")
    if end > len(text):
        yield ValidationError(
            f"{_number(end)} is past the end of the text ({len(text)}); expected an offset from 0 to {len(text)}",
            f"{path}.end",
        )
    # A negative offset is the one problem: "start 0 is after end -3" would only repeat it.
    if start > end >= 0:
        yield ValidationError(f"start {_number(start)} is after end {_number(end)}; expected start <= end", path)


def _float_offsets(span: Mapping[str, Any], path: str) -> Iterator[ValidationError]:
    # JSON Schema counts 3.0 as an integer, so only this check stops an offset
    # written with a fraction; Python would slice with it no better than with 3.5.
    for key in ("start", "end"):
        value = span.get(key)
        if isinstance(value, float) and value.is_integer():
            yield ValidationError(
                f"{value!r} is not an integer offset; expected a whole number written without a fraction",
                f"{path}.{key}",
            )


def check_span(span: Any, text: str, path: str) -> Iterator[ValidationError]:
    """Yield the problems of one span: offsets that are no integers, bounds, its text checksum and its fragments."""
    if not isinstance(span, Mapping):
        return
    bounds = list(_float_offsets(span, path)) + list(_check_bounds(span, text, path))
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
                    f"starts at {_number(fragment['start'])}, before the previous fragment ends ({previous_end}); "
                    "expected fragments in order and not overlapping",
                    f"{fragment_path}.start",
                )
                return
            previous_end = fragment["end"]
            pieces.append(text[fragment["start"] : fragment["end"]])
        first, last = fragments[0], fragments[-1]
        if (span.get("start"), span.get("end")) != (first["start"], last["end"]):
            yield ValidationError(
                f"bounds {describe(span.get('start'))}..{describe(span.get('end'))} differ from the fragments' "
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
                f"duplicate id {_preview(identifier)}, already used by $.{key}[{seen[identifier]}]; "
                "expected unique ids",
                f"$.{key}[{index}].id",
            )
        else:
            seen[identifier] = index


def _reference(value: Any, known: set[str], kind: str, path: str) -> Iterator[ValidationError]:
    if isinstance(value, str) and value not in known:
        yield ValidationError(
            f"{_preview(value)} is no {kind} of this document; expected the id of one of its {_PLURALS[kind]}", path
        )


def check_document(data: Mapping[str, Any]) -> Iterator[ValidationError]:
    """Yield every semantic problem of a document in wire form, in document order."""
    yield from check_json_values(data)
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
                f"starts at {describe(start)}, before the previous sentence ends ({describe(previous_end)}); "
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

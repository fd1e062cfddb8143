"""The packaged JSON Schemas, one ``referencing`` registry, and validation.

The schemas ship inside the package (``stancekit/schemas`` in a wheel, the
repository's ``schemas/`` folder in a source checkout) and are loaded once
through ``importlib.resources``. The registry holds them all and retrieves
nothing: a ``$ref`` to anything else is refused, never fetched.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import referencing
import referencing.exceptions
from referencing.jsonschema import DRAFT202012

from stancekit import _fastvalid
from stancekit.errors import UsageError, ValidationError
from stancekit.invariants import RepeatsSchema, check_document, check_json_values, describe

if TYPE_CHECKING:
    from importlib.abc import Traversable  # importlib.resources.abc only from Python 3.11

    import jsonschema

__all__ = ["SCHEMA_NAMES", "iter_errors", "registry", "schema", "validate", "validator"]

#: The schema files, by short name.
SCHEMA_NAMES = ("document", "span", "rulepack")


def _schema_folder() -> Traversable:
    packaged = resources.files("stancekit") / "schemas"
    if packaged.is_dir():
        return packaged
    # A source checkout or an editable install: the schemas live at the top level.
    return Path(__file__).resolve().parent.parent / "schemas"


def _refuse(uri: str) -> referencing.Resource[Any]:
    raise referencing.exceptions.NoSuchResource(ref=uri)  # type: ignore[call-arg]


@functools.cache
def _loaded() -> tuple[dict[str, dict[str, Any]], referencing.Registry[Any]]:
    folder = _schema_folder()
    by_name = {
        name: json.loads(folder.joinpath(f"{name}.schema.json").read_text(encoding="utf-8")) for name in SCHEMA_NAMES
    }
    resources_ = [DRAFT202012.create_resource(contents) for contents in by_name.values()]
    built: referencing.Registry[Any] = referencing.Registry(retrieve=_refuse)  # type: ignore[call-arg]
    built = built.with_resources((str(resource.id()), resource) for resource in resources_).crawl()
    return by_name, built


def schema(name: str = "document") -> dict[str, Any]:
    """The schema called ``name`` (``document``, ``span`` or ``rulepack``) as a dict.

    Raises:
        UsageError: for any other name.
    """
    if name not in SCHEMA_NAMES:
        raise UsageError(f"unknown schema {name!r}; expected one of {', '.join(SCHEMA_NAMES)}")
    return _loaded()[0][name]


def registry() -> referencing.Registry[Any]:
    """The immutable registry holding every packaged schema; it retrieves nothing."""
    return _loaded()[1]


@functools.cache
def _act_pattern() -> re.Pattern[str]:
    """What a stance act must look like: the document schema's ``$defs.stance.properties.type.pattern``.

    The one source of it for every check outside the schema (a rule pack's cue
    types, ``labelstudio-config --act``, the fast validation pass); use it
    with ``fullmatch``, which, unlike the schema's search, also refuses a final
    line break.
    """
    return re.compile(schema("document")["$defs"]["stance"]["properties"]["type"]["pattern"])


@functools.cache
def validator(name: str = "document") -> jsonschema.protocols.Validator:
    """A reusable validator for the schema called ``name``."""
    import jsonschema  # imported when a document needs explaining, not with stancekit

    cls = jsonschema.validators.validator_for(schema(name))
    return cls(schema(name), registry=registry())


def _json_path(path: Any) -> str:
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _path_key(path: str) -> tuple[tuple[int, Any], ...]:
    """Sort key that puts ``$.a[2]`` before ``$.a[10]``."""
    parts: list[tuple[int, Any]] = []
    for chunk in path.replace("[", ".[").split(".")[1:]:
        if chunk.startswith("[") and chunk[1:-1].isdigit():
            parts.append((0, int(chunk[1:-1])))
        else:
            parts.append((1, chunk))
    return tuple(parts)


#: Messages longer than this quote a short description of the value instead of all of it.
_LONGEST_MESSAGE = 200


#: A JSON Schema type, as a message names what was expected.
_TYPE_WORDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "object": "an object",
    "array": "an array",
    "boolean": "a boolean (true or false)",
    "null": "null",
}


def _json_value(value: Any) -> str:
    """A value as JSON names it, for a message: ``null``, ``the boolean true``, ``the number 3``, ``an object``."""
    from stancekit._files import describe_json

    if isinstance(value, bool) or value is None:
        return describe_json(value)
    if isinstance(value, (Mapping, list, tuple)):
        return describe(value)  # with its size: "an object with 2 keys", "an array of 3 items"
    if isinstance(value, str) and len(value) > 40:
        return f"the string {describe(value)}"
    if isinstance(value, (int, float)):
        return f"the number {describe(value)}"
    return describe_json(value)


def _one_of(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


def _in_json_terms(leaf: jsonschema.ValidationError) -> str | None:
    """A schema error's message in JSON's words (``the number 3; expected a string``), or None for jsonschema's.

    jsonschema words its messages in Python (``3 is not of type 'string'``,
    ``None``, ``True``, ``{}``); a file's author reads JSON. Its words about
    numbers (``-1 is less than the minimum of 0``) are JSON's already, and kept.
    """
    value, rule = leaf.instance, leaf.validator_value
    if leaf.validator == "type":
        types = [rule] if isinstance(rule, str) else list(rule)
        return f"{_json_value(value)}; expected {_one_of([_TYPE_WORDS.get(name, name) for name in types])}"
    if leaf.validator == "enum" and isinstance(rule, list):
        shown = [json.dumps(choice, ensure_ascii=False) for choice in rule[:12]] + (["…"] if len(rule) > 12 else [])
        return f"{_json_value(value)}; expected one of {', '.join(shown)}"
    if leaf.validator == "const":
        return f"{_json_value(value)}; expected {json.dumps(rule, ensure_ascii=False)}"
    if leaf.validator == "minLength" and isinstance(value, str):
        if not value:
            return "the empty string; expected a non-empty string"
        return f"{_json_value(value)} is too short; expected at least {rule} characters"
    if leaf.validator == "maxLength" and isinstance(value, str):
        return f"a string of {len(value)} characters is too long; expected at most {rule}"
    if leaf.validator in ("minItems", "maxItems") and isinstance(value, list):
        size = f"an array of {len(value)} item{'' if len(value) == 1 else 's'}"
        if leaf.validator == "minItems":
            return f"{size} is too short; expected at least {rule}"
        return f"{size} is too long; expected at most {rule}"
    if leaf.validator == "pattern" and isinstance(value, str):
        return f"{_json_value(value)} does not match the pattern {rule}; expected a string that does"
    return None


def _describe(error: jsonschema.ValidationError) -> ValidationError:
    from jsonschema.exceptions import best_match

    leaf = best_match([error])
    message = _in_json_terms(leaf) or leaf.message
    if len(message) > _LONGEST_MESSAGE:
        quoted = repr(leaf.instance)
        if message.startswith(quoted):
            message = describe(leaf.instance) + message[len(quoted) :]
    if leaf.validator == "additionalProperties":
        message += "; expected only the properties the schema names"
    elif leaf.validator == "minimum":
        message += f"; expected {leaf.validator_value} or more"
    elif leaf.validator == "required":
        message = message.replace("is a required property", "is missing; it is required")
    return ValidationError(message, _json_path(leaf.absolute_path))


def _schema_errors(instance: Any, name: str) -> Iterator[ValidationError]:
    try:
        for error in validator(name).iter_errors(instance):
            yield _describe(error)
    except (ValueError, TypeError, RecursionError):
        # jsonschema quotes values in its messages, and Python refuses to
        # print an integer of thousands of digits or an absurdly deep list;
        # its patterns cannot search a key that is not a string.
        # check_json_values names those instead.
        if not any(True for _ in check_json_values(instance)):
            raise


def iter_errors(document: Any, *, schema_name: str = "document") -> Iterator[ValidationError]:
    """Yield every problem of a document (a ``Document`` or its dict), sorted by JSON path.

    Covers the schema and the semantics the schema cannot express: offsets
    outside the text, span text that is not its slice, duplicate ids,
    references that do not resolve, fragments out of order.
    """
    if hasattr(document, "to_dict"):
        document = document.to_dict()
    if _fastvalid.accepts(document, schema_name):
        return  # certainly valid; only an invalid document needs the slow path that explains
    errors = list(_schema_errors(document, schema_name))
    if schema_name == "document" and isinstance(document, Mapping):
        reported = {error.path for error in errors}
        errors.extend(
            error
            for error in check_document(document)  # values JSON cannot carry included
            if not (isinstance(error, RepeatsSchema) and error.path in reported)
        )
    else:
        errors.extend(check_json_values(document))
    errors.sort(key=lambda error: _path_key(error.path))
    yield from errors


def validate(document: Any, *, schema_name: str = "document") -> None:
    """Raise the most relevant problem of a document, if it has any.

    Raises:
        ValidationError: with its JSON path; schema problems come before
            semantic ones, since the latter may follow from the former.
    """
    if hasattr(document, "to_dict"):
        document = document.to_dict()
    if _fastvalid.accepts(document, schema_name):
        return
    from jsonschema.exceptions import best_match

    for unwritable in check_json_values(document):
        raise unwritable
    for error in validator(schema_name).iter_errors(document):
        best = best_match(validator(schema_name).iter_errors(document))
        raise _describe(best if best is not None else error)
    if schema_name == "document" and isinstance(document, Mapping):
        for semantic in check_document(document):
            raise semantic

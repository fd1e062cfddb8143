"""Fast acceptance of valid documents; ``jsonschema`` is asked only to explain an invalid one.

Validating a corpus means checking thousands of documents that are almost
all valid. ``jsonschema`` walks a schema generically and is slow at that
(about 200 reference-sized documents a second with a reused validator), so
``stancekit.schemas`` first asks :func:`accepts`, a pass that only answers
"certainly valid" or "look closer":

- the structure is checked by a predicate compiled from the packaged schema
  (:func:`compile_schema`: closures for the keywords the schemas use, with
  ``jsonschema``'s exact type rules), or by ``jsonschema-rs`` when it is
  installed (``python -m pip install -e ".[fast]"`` in a clone);
- the semantics of a document (offsets, span texts, unique ids, references)
  are checked by :func:`semantics_ok`, a boolean twin of
  :func:`stancekit.invariants.check_document`.

When the pass says no, the caller runs the full ``jsonschema`` and
``check_document`` path, which produces the messages and paths. So the fast
pass decides nothing on its own: it may only say yes to a document the full
path accepts, and the tests check that on generated and mutated documents.

The backend is chosen once: ``jsonschema-rs`` when importable, else the
compiled pure-Python predicate; the ``STANCEKIT_VALIDATOR`` environment
variable (``python``, ``fast`` or ``jsonschema``) overrides the choice, the
last turning the fast pass off.
"""

from __future__ import annotations

import functools
import math
import os
import re
import sys
from collections.abc import Callable, Mapping
from numbers import Number
from operator import attrgetter
from typing import Any

from stancekit.invariants import FRAGMENT_SEPARATOR, MAX_DEPTH

__all__ = [
    "BACKENDS",
    "UnsupportedSchema",
    "accepts",
    "backend",
    "compile_schema",
    "document_ok",
    "semantics_ok",
    "set_backend",
]

#: The names ``STANCEKIT_VALIDATOR`` and :func:`set_backend` accept.
BACKENDS = ("fast", "python", "jsonschema")

Predicate = Callable[[Any], bool]

#: Keywords that never change whether an instance is valid.
_ANNOTATIONS = frozenset(
    {"$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples", "deprecated"}
)


class UnsupportedSchema(Exception):
    """A schema uses a keyword the compiler does not know; that schema is then always checked by jsonschema."""


def _is_string(value: Any) -> bool:
    return isinstance(value, str)


def _is_integer(value: Any) -> bool:
    if type(value) is int:  # the common case first
        return True
    # Since draft 6, 3.0 is an integer too.
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    if type(value) is int or type(value) is float:  # the common cases first
        return True
    return isinstance(value, Number) and not isinstance(value, bool)


def _is_null(value: Any) -> bool:
    return value is None


def _is_boolean(value: Any) -> bool:
    return isinstance(value, bool)


def _is_object(value: Any) -> bool:
    return isinstance(value, dict)


def _is_array(value: Any) -> bool:
    return isinstance(value, list)


#: ``jsonschema``'s own type rules: a bool is no integer but 3.0 is, a tuple is no array, only a dict is an object.
_TYPES: dict[str, Predicate] = {
    "string": _is_string,
    "integer": _is_integer,
    "number": _is_number,
    "null": _is_null,
    "boolean": _is_boolean,
    "object": _is_object,
    "array": _is_array,
}


def _all(checks: list[Predicate]) -> Predicate:
    if not checks:
        return lambda value: True
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda value: first(value) and second(value)

    return lambda value: all(one(value) for one in checks)


class _Compiler:
    """Turns a schema into a predicate, resolving ``$ref`` through a ``referencing`` resolver."""

    def __init__(self) -> None:
        self._done: dict[int, Predicate] = {}

    def compile(self, node: Any, resolver: Any) -> Predicate:
        if node is True:
            return lambda value: True
        if node is False:
            return lambda value: False
        if not isinstance(node, Mapping):
            raise UnsupportedSchema(f"a schema must be an object or a boolean, not {node!r}")
        key = id(node)
        if key in self._done:
            return self._done[key]
        # A placeholder lets a recursive $ref reach the predicate being built.
        slot: list[Predicate] = []
        self._done[key] = lambda value: slot[0](value)
        if "$id" in node and resolver is not None:
            from referencing.jsonschema import DRAFT202012

            resolver = resolver.in_subresource(DRAFT202012.create_resource(node))
        predicate = self._build(node, resolver)
        slot.append(predicate)
        self._done[key] = predicate
        return predicate

    def _build(self, node: Mapping[str, Any], resolver: Any) -> Predicate:
        unknown = set(node) - _ANNOTATIONS - _KEYWORDS
        if unknown:
            raise UnsupportedSchema(f"keywords {sorted(unknown)} are not compiled")
        leaf = _leaf(node)
        if leaf is not None:
            return leaf
        checks: list[Predicate] = []
        if "$ref" in node:
            if resolver is None:
                raise UnsupportedSchema("a $ref needs a resolver")
            resolved = resolver.lookup(node["$ref"])
            checks.append(self.compile(resolved.contents, resolved.resolver))
        if any(keyword in node for keyword in ("properties", "patternProperties", "required", "additionalProperties")):
            checks.append(self._object(node, resolver))
        elif node.get("type") == "object":
            checks.append(_is_object)
        if "type" in node and node.get("type") != "object":
            checks.append(self._type(node["type"]))
        if "enum" in node:
            checks.append(self._enum(node["enum"]))
        if "items" in node or "minItems" in node or "maxItems" in node:
            checks.append(self._array(node, resolver))
        if "pattern" in node or "minLength" in node or "maxLength" in node:
            checks.append(self._string(node))
        if "minimum" in node or "maximum" in node:
            checks.append(self._bounds(node))
        if "propertyNames" in node:
            names = self.compile(node["propertyNames"], resolver)
            checks.append(lambda value: not isinstance(value, dict) or all(names(name) for name in value))
        if "anyOf" in node:
            checks.append(self._any_of(node["anyOf"], resolver))
        return _all(checks)

    def _any_of(self, nodes: list[Any], resolver: Any) -> Predicate:
        options = [self.compile(option, resolver) for option in nodes]
        if len(options) == 2 and options[0] is _is_null:
            # The usual optional value: null or something.
            other = options[1]
            return lambda value: value is None or other(value)
        return lambda value: any(option(value) for option in options)

    def _type(self, names: str | list[str]) -> Predicate:
        if isinstance(names, str):
            names = [names]
        try:
            predicates = [_TYPES[name] for name in names]
        except KeyError as error:
            raise UnsupportedSchema(f"unknown type {error}") from None
        if len(predicates) == 1:
            return predicates[0]
        if names == ["string", "null"] or names == ["null", "string"]:
            return lambda value: value is None or isinstance(value, str)
        return lambda value: any(predicate(value) for predicate in predicates)

    def _enum(self, values: list[Any]) -> Predicate:
        if not all(isinstance(value, str) for value in values):
            raise UnsupportedSchema("only enums of strings are compiled")
        allowed = frozenset(values)
        return lambda value: isinstance(value, str) and value in allowed

    def _object(self, node: Mapping[str, Any], resolver: Any) -> Predicate:
        properties = {name: self.compile(sub, resolver) for name, sub in node.get("properties", {}).items()}
        patterns = [
            (re.compile(pattern), self.compile(sub, resolver))
            for pattern, sub in node.get("patternProperties", {}).items()
        ]
        required = tuple(node.get("required", ()))
        additional = node.get("additionalProperties", True)
        # Properties neither named nor matched by a pattern: any value, none, or values the subschema accepts.
        extra = None if additional is True or additional is False else self.compile(additional, resolver)
        must_be_object = node.get("type") == "object"
        closed = additional is False

        if not patterns:
            # Every object of the packaged schemas: the loop below without its per-name pattern tests.

            def check_named(value: Any) -> bool:
                if not isinstance(value, dict):
                    return not must_be_object
                for name in required:
                    if name not in value:
                        return False
                for name, item in value.items():
                    predicate = properties.get(name)
                    if predicate is None:
                        if closed or (extra is not None and not extra(item)):
                            return False
                    elif not predicate(item):
                        return False
                return True

            return check_named

        def check(value: Any) -> bool:
            if not isinstance(value, dict):
                return not must_be_object
            for name in required:
                if name not in value:
                    return False
            for name, item in value.items():
                matched = False
                for regex, by_pattern in patterns:
                    if regex.search(name):
                        matched = True
                        if not by_pattern(item):
                            return False
                predicate = properties.get(name)
                if predicate is None:
                    if not matched and (closed or (extra is not None and not extra(item))):
                        return False
                elif not predicate(item):
                    return False
            return True

        return check

    def _array(self, node: Mapping[str, Any], resolver: Any) -> Predicate:
        item = self.compile(node["items"], resolver) if "items" in node else None
        least = node.get("minItems", 0)
        most = node.get("maxItems")

        def check(value: Any) -> bool:
            if not isinstance(value, list):
                return True  # "type" says whether a non-array is allowed
            if len(value) < least or (most is not None and len(value) > most):
                return False
            return item is None or all(map(item, value))

        return check

    def _string(self, node: Mapping[str, Any]) -> Predicate:
        pattern = re.compile(node["pattern"]) if "pattern" in node else None
        shortest = node.get("minLength", 0)
        longest = node.get("maxLength")

        def check(value: Any) -> bool:
            if not isinstance(value, str):
                return True
            if len(value) < shortest or (longest is not None and len(value) > longest):
                return False
            return pattern is None or pattern.search(value) is not None

        return check

    def _bounds(self, node: Mapping[str, Any]) -> Predicate:
        least = node.get("minimum")
        most = node.get("maximum")

        def check(value: Any) -> bool:
            if not _is_number(value):
                return True
            # The same comparisons jsonschema makes, so NaN passes both ways alike.
            return not ((least is not None and value < least) or (most is not None and value > most))

        return check


def _leaf(node: Mapping[str, Any]) -> Predicate | None:
    """One closure for the commonest small schemas (an integer with bounds, a string with a length
    or a pattern), where the generic build would chain a closure per keyword; None for any other.
    """
    keywords = set(node) - _ANNOTATIONS
    kind = node.get("type")
    if kind == "integer" and keywords <= {"type", "minimum", "maximum"} and keywords != {"type"}:
        least, most = node.get("minimum"), node.get("maximum")
        if type(least) is not int or most is not None:
            return None

        def integer_from(value: Any) -> bool:
            if type(value) is int:
                return value >= least
            return _is_integer(value) and not value < least

        return integer_from
    if kind == "string" and keywords <= {"type", "minLength", "pattern"} and keywords != {"type"}:
        shortest = node.get("minLength", 0)
        pattern = re.compile(node["pattern"]) if "pattern" in node else None
        if type(shortest) is not int:
            return None
        if pattern is None:
            return lambda value: isinstance(value, str) and len(value) >= shortest
        search = pattern.search
        return lambda value: isinstance(value, str) and len(value) >= shortest and search(value) is not None
    return None


_KEYWORDS = frozenset(
    {
        "$ref",
        "type",
        "properties",
        "patternProperties",
        "required",
        "additionalProperties",
        "enum",
        "items",
        "minItems",
        "maxItems",
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "anyOf",
        "propertyNames",
    }
)


def compile_schema(schema: Mapping[str, Any], registry: Any) -> Predicate:
    """A predicate that is true exactly when ``jsonschema`` finds an instance valid against ``schema``.

    Raises:
        UnsupportedSchema: when the schema uses a keyword the compiler does not know.
    """
    resolver = registry.resolver(base_uri=schema.get("$id", ""))
    return _Compiler().compile(schema, resolver)


# The semantic checks, as one boolean pass over a document whose structure is valid.


#: An annotation's id.
_id_of = attrgetter("id")


@functools.cache
def _largest_integer() -> int:
    # Python refuses to print (and json.dumps to write) integers of more digits.
    limit = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 0
    return int(10 ** (limit or 4300))


def _text_ok(value: str) -> bool:
    """A string JSON can carry: no lone surrogate (UTF-8 cannot encode one)."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _optional_text_ok(value: str | None) -> bool:
    return value is None or _text_ok(value)


def _json_ok(value: Any, depth: int = 0) -> bool:
    """Whether ``invariants.check_json_values`` finds nothing in ``value``, found ``depth`` levels down."""
    bound = _largest_integer()
    stack = [(value, depth)]
    while stack:
        item, level = stack.pop()
        if level > MAX_DEPTH:
            return False
        if isinstance(item, str):
            if not _text_ok(item):
                return False
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if not -bound < item < bound:
                return False
        elif isinstance(item, float):
            if not math.isfinite(item):
                return False
        elif isinstance(item, Mapping):
            for key, child in item.items():
                if not isinstance(key, str) or not _text_ok(key):
                    return False
                stack.append((child, level + 1))
        elif isinstance(item, (list, tuple)):
            stack.extend((child, level + 1) for child in item)
        else:
            return False
    return True


def _span_ok(span: Any, text: str, length: int) -> bool:
    """Bounds, the text checksum and the fragments of one span, as ``invariants.check_span`` sees them.

    A span whose text is the slice of a clean text is clean itself, so span
    texts need no surrogate check.
    """
    start = span["start"]
    end = span["end"]
    # jsonschema-rs counts 3.0 as an integer; jsonschema and the model do not.
    if type(start) is not int or type(end) is not int or not 0 <= start <= end <= length:
        return False
    if "fragments" not in span:
        return bool(span["text"] == text[start:end])
    fragments = span["fragments"]
    if type(fragments) is not list:
        return False
    pieces = []
    previous_end = -1
    for fragment in fragments:
        piece_start = fragment["start"]
        piece_end = fragment["end"]
        if (
            type(piece_start) is not int
            or type(piece_end) is not int
            or piece_start < 0
            or piece_end > length
            or piece_start > piece_end
            or piece_start < previous_end
        ):
            return False
        piece = text[piece_start:piece_end]
        if fragment["text"] != piece:
            return False
        pieces.append(piece)
        previous_end = piece_end
    if start != fragments[0]["start"] or end != fragments[-1]["end"]:
        return False
    return bool(span["text"] == FRAGMENT_SEPARATOR.join(pieces))


def _optional_span_ok(span: Any, text: str, length: int) -> bool:
    return span is None or _span_ok(span, text, length)


def _provenance_ok(provenance: Any) -> bool:
    return provenance is None or (
        _text_ok(provenance["annotator"])
        and _optional_text_ok(provenance.get("rule"))
        and _optional_text_ok(provenance.get("created"))
        and _optional_text_ok(provenance.get("note"))
    )


_NONE: list[Any] = []


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, _NONE)
    if type(value) is not list:
        raise TypeError(key)  # a tuple passed jsonschema-rs; let the full path report it
    return value


def _unique_ids(items: list[Any]) -> set[str] | None:
    ids = {item["id"] for item in items}
    # Joining strings never removes a lone surrogate, so one check covers them all.
    if len(ids) != len(items) or not _text_ok("".join(ids)):
        return None
    return ids


def semantics_ok(data: Mapping[str, Any]) -> bool:
    """Whether a document that passed the schema also passes ``invariants.check_document``.

    A boolean twin of ``check_document`` (JSON values included) for the fast
    path: it assumes the structure is valid, stops at the first problem and
    builds no messages. It is also strict about the few types
    ``jsonschema-rs`` treats more loosely than ``jsonschema`` (a tuple as an
    array, 3.0 as an integer), so that either backend says yes only when the
    full path would. Any surprise counts as a no.
    """
    try:
        return _semantics_ok(data)
    except (KeyError, TypeError, AttributeError, ValueError):
        return False


def _semantics_ok(data: Mapping[str, Any]) -> bool:
    text = data["text"]
    length = len(text)
    if not (_text_ok(text) and _text_ok(data["id"]) and _json_ok(data.get("meta"), 1)):
        return False
    sentences = _list(data, "sentences")
    entities = _list(data, "entities")
    mentions = _list(data, "mentions")
    statements = _list(data, "statements")
    stances = _list(data, "stances")

    entity_ids = _unique_ids(entities)
    statement_ids = _unique_ids(statements)
    if entity_ids is None or statement_ids is None or _unique_ids(mentions) is None or _unique_ids(stances) is None:
        return False

    previous_end = 0
    for sentence in sentences:
        if not _span_ok(sentence, text, length) or sentence["start"] < previous_end:
            return False
        previous_end = sentence["end"]

    for entity in entities:
        aliases = entity.get("aliases", _NONE)
        if type(aliases) is not list or not _text_ok("".join(aliases)):
            return False
        affiliation = entity.get("affiliation")
        if affiliation is not None and (affiliation == entity["id"] or affiliation not in entity_ids):
            return False
        if not (
            _text_ok(entity["name"])
            and _optional_text_ok(entity.get("kb_id"))
            and _optional_text_ok(entity.get("role"))
        ):
            return False

    for mention in mentions:
        if mention["entity"] not in entity_ids or not _span_ok(mention["span"], text, length):
            return False

    for statement in statements:
        speaker = statement.get("speaker")
        if speaker is not None and speaker not in entity_ids:
            return False
        if not (
            _span_ok(statement["content"], text, length)
            and _optional_span_ok(statement.get("source"), text, length)
            and _optional_span_ok(statement.get("cue"), text, length)
            and _provenance_ok(statement.get("provenance"))
        ):
            return False

    for stance in stances:
        if stance["holder"] not in entity_ids:
            return False
        reference = stance.get("statement")
        if reference is not None and reference not in statement_ids:
            return False
        target = stance["target"]
        about = target.get("entity")
        if about is not None and about not in entity_ids:
            return False
        confidence = stance.get("confidence", 1.0)
        if not (type(confidence) is int or (type(confidence) is float and math.isfinite(confidence))):
            return False
        if not (
            _text_ok(target["text"])
            and _optional_span_ok(stance.get("cue"), text, length)
            and _optional_span_ok(target.get("span"), text, length)
            and _provenance_ok(stance.get("provenance"))
        ):
            return False
    return True


# The backends.

_chosen: str | None = None
_predicates: dict[str, Predicate | None] = {}


def set_backend(name: str | None) -> None:
    """Choose ``fast`` (jsonschema-rs), ``python`` or ``jsonschema`` (no fast pass); ``None`` chooses again.

    Raises:
        ValueError: for another name, or ``fast`` when jsonschema-rs is not installed.
    """
    global _chosen
    if name is not None and name not in BACKENDS:
        raise ValueError(f"unknown validation backend {name!r}; expected one of {', '.join(BACKENDS)}")
    if name == "fast" and _rust_module() is None:
        raise ValueError(
            "the fast validation backend needs jsonschema-rs: install the extra in a clone of stancekit: "
            "python -m pip install -e '.[fast]'"
        )
    _chosen = name
    _predicates.clear()


def _rust_module() -> Any:
    try:
        import jsonschema_rs
    except ImportError:
        return None
    return jsonschema_rs


def backend() -> str:
    """The backend in use: ``fast``, ``python`` or ``jsonschema``."""
    global _chosen
    if _chosen is None:
        wanted = os.environ.get("STANCEKIT_VALIDATOR", "").strip().lower()
        if wanted not in ("python", "jsonschema"):
            wanted = "fast" if _rust_module() is not None else "python"
        _chosen = wanted
    return _chosen


def _refuse(uri: str) -> Any:
    raise LookupError(f"{uri} is not a packaged schema; stancekit retrieves nothing")


def _predicate(name: str) -> Predicate | None:
    if name in _predicates:
        return _predicates[name]
    from stancekit.schemas import registry, schema

    chosen = backend()
    predicate: Predicate | None = None
    if chosen == "fast" and name == "document":
        # Only for the document schema, whose loose spots semantics_ok closes (see there).
        rust = _rust_module()
        predicate = rust.Draft202012Validator(schema(name), retriever=_refuse).is_valid
    elif chosen != "jsonschema":
        try:
            predicate = compile_schema(schema(name), registry())
        except UnsupportedSchema:
            predicate = None
    _predicates[name] = predicate
    return predicate


def accepts(instance: Any, name: str = "document") -> bool:
    """True only when ``instance`` certainly passes the schema ``name`` and, for documents, the semantic checks.

    False means "not certain": the caller runs the full path, which explains.
    """
    predicate = _predicate(name)
    if predicate is None:
        return False
    try:
        if not predicate(instance):
            return False
    except (ValueError, TypeError, RecursionError):  # jsonschema-rs refuses values that are not JSON
        return False
    if name == "document":
        return semantics_ok(instance)
    return _json_ok(instance)


# The same verdict straight from the model's objects, before any wire form is made.


class _ObjectRules:
    """What ``document_ok`` needs of the document schema: its enums and patterns, read from the schema itself."""

    def __init__(self) -> None:
        from stancekit.schemas import _act_pattern, schema

        document = schema("document")
        definitions = document["$defs"]
        stance = definitions["stance"]["properties"]
        entity = definitions["entity"]["properties"]
        self.entity_types = frozenset(entity["type"]["enum"])
        self.modes = frozenset(definitions["statement"]["properties"]["mode"]["enum"])
        self.polarities = frozenset(stance["polarity"]["enum"])
        self.version = re.compile(document["properties"]["version"]["pattern"])
        self.country = re.compile(entity["country"]["anyOf"][1]["pattern"])
        self.act = _act_pattern()
        self.low = stance["confidence"]["minimum"]
        self.high = stance["confidence"]["maximum"]
        self.meta_keys = tuple(definitions["meta"]["properties"])


@functools.cache
def _object_rules() -> _ObjectRules:
    return _ObjectRules()


def _matches(pattern: re.Pattern[str], value: Any) -> bool:
    # jsonschema searches with Python's ``re`` ("$" also before a final line break), jsonschema-rs does not:
    # a value with a line break is left to the full path.
    return type(value) is str and "\n" not in value and pattern.search(value) is not None


def _plain_json(value: Any, depth: int) -> bool:
    """Whether ``value`` holds only JSON's own Python types (no tuples, no subclasses) that ``_json_ok`` accepts."""
    stack = [(value, depth)]
    while stack:
        item, level = stack.pop()
        kind = type(item)
        if level > MAX_DEPTH:
            return False
        if kind is dict:
            for key, child in item.items():
                if type(key) is not str or not _text_ok(key):
                    return False
                stack.append((child, level + 1))
        elif kind is list:
            stack.extend((child, level + 1) for child in item)
        elif kind not in (str, int, float, bool) and item is not None:
            return False
    return _json_ok(value, depth)


def document_ok(document: Any) -> bool:
    """True only when ``document`` (a ``Document``) certainly passes the schema and the semantic checks.

    The verdict of ``accepts(document.to_dict())`` read off the objects, without building the wire
    form: strict about types (exactly ``int``, ``str``, ``float``, the model's own classes, tuples
    where the model keeps tuples), so that whatever it accepts the full path accepts too; anything
    else counts as a no, and the caller takes the full path, which explains. A document the
    annotator built is accepted here.
    """
    if backend() == "jsonschema":
        return False
    try:
        return _document_ok(document)
    except (KeyError, TypeError, AttributeError, ValueError):
        return False


def _document_ok(document: Any) -> bool:
    from stancekit.model import Entity, Mention, Provenance, Span, Stance, Statement, Target

    rules = _object_rules()
    text = document.text
    identifier = document.id
    if type(text) is not str or type(identifier) is not str or not identifier or not _text_ok(text):
        return False
    if not (_text_ok(identifier) and _matches(rules.version, document.version)):
        return False
    meta = document.meta
    if type(meta) is not dict or not _plain_json(meta, 1):
        return False
    for key in rules.meta_keys:
        if meta.get(key) is not None and type(meta[key]) is not str:
            return False
    length = len(text)

    def span_ok(span: Any) -> bool:
        if type(span) is not Span:
            return False
        start = span.start
        end = span.end
        if type(start) is not int or type(end) is not int or not 0 <= start <= end <= length:
            return False
        written = span.text
        fragments = span.fragments
        if not fragments:
            return type(written) is str and written == text[start:end]
        if type(fragments) is not tuple or len(fragments) < 2:
            return False
        pieces = []
        previous_end = 0
        for fragment in fragments:
            if type(fragment) is not Span or fragment.fragments:
                return False
            piece_start = fragment.start
            piece_end = fragment.end
            if (
                type(piece_start) is not int
                or type(piece_end) is not int
                or not previous_end <= piece_start <= piece_end <= length
            ):
                return False
            piece = text[piece_start:piece_end]
            if type(fragment.text) is not str or fragment.text != piece:
                return False
            pieces.append(piece)
            previous_end = piece_end
        return (
            start == fragments[0].start
            and end == fragments[-1].end
            and type(written) is str
            and written == FRAGMENT_SEPARATOR.join(pieces)
        )

    # The texts of provenances and targets are checked as one string at the end: it is clean exactly when each is.
    texts: list[str] = []

    def provenance_ok(provenance: Any) -> bool:
        if provenance is None:
            return True
        if type(provenance) is not Provenance:
            return False
        annotator = provenance.annotator
        rule = provenance.rule
        created = provenance.created
        note = provenance.note
        if type(annotator) is not str or annotator == "":
            return False
        texts.append(annotator)
        for value in (rule, created, note):
            if value is not None:
                if type(value) is not str:
                    return False
                texts.append(value)
        return True

    def unique_ids(items: tuple[Any, ...], kind: type) -> set[str] | None:
        if items and set(map(type, items)) != {kind}:
            return None
        ids = set(map(_id_of, items))
        if len(ids) != len(items) or "" in ids or (ids and set(map(type, ids)) != {str}):
            return None
        return ids if _text_ok("".join(ids)) else None

    entities = document.entities
    mentions = document.mentions
    statements = document.statements
    stances = document.stances
    sentences = document.sentences
    if not all(type(items) is tuple for items in (sentences, entities, mentions, statements, stances)):
        return False
    entity_ids = unique_ids(entities, Entity)
    statement_ids = unique_ids(statements, Statement)
    if (
        entity_ids is None
        or statement_ids is None
        or unique_ids(mentions, Mention) is None
        or unique_ids(stances, Stance) is None
    ):
        return False

    previous_end = 0
    for sentence in sentences:
        if type(sentence) is not Span:
            return False
        start = sentence.start
        end = sentence.end
        if sentence.fragments or type(start) is not int or type(end) is not int or not 0 <= start <= end <= length:
            if not span_ok(sentence):
                return False
        elif type(sentence.text) is not str or sentence.text != text[start:end]:
            return False
        if start < previous_end:
            return False
        previous_end = end

    entity_types = rules.entity_types
    # The entities' texts are checked as one string at the end: it is clean exactly when each is.
    entity_texts: list[str] = []
    for entity in entities:
        name = entity.name
        aliases = entity.aliases
        country = entity.country
        affiliation = entity.affiliation
        kb_id = entity.kb_id
        role = entity.role
        if type(name) is not str or not name or entity.type not in entity_types:
            return False
        if type(entity.type) is not str or type(aliases) is not tuple:
            return False
        entity_texts.append(name)
        if aliases:
            if not all(type(alias) is str for alias in aliases):
                return False
            entity_texts.extend(aliases)
        if country is not None and not _matches(rules.country, country):
            return False
        if affiliation is not None and (
            type(affiliation) is not str or affiliation == entity.id or affiliation not in entity_ids
        ):
            return False
        if kb_id is not None:
            if type(kb_id) is not str:
                return False
            entity_texts.append(kb_id)
        if role is not None:
            if type(role) is not str:
                return False
            entity_texts.append(role)
    if not _text_ok("".join(entity_texts)):
        return False

    for mention in mentions:
        entity_id = mention.entity
        span = mention.span
        if type(entity_id) is not str or entity_id not in entity_ids or type(span) is not Span:
            return False
        # The common case inline: a continuous span of a clean text is clean.
        start = span.start
        end = span.end
        if span.fragments or type(start) is not int or type(end) is not int or not 0 <= start <= end <= length:
            if not span_ok(span):
                return False
        elif type(span.text) is not str or span.text != text[start:end]:
            return False

    modes = rules.modes
    for statement in statements:
        speaker = statement.speaker
        if speaker is not None and (type(speaker) is not str or speaker not in entity_ids):
            return False
        source = statement.source
        cue = statement.cue
        mode = statement.mode
        if type(mode) is not str or mode not in modes or not span_ok(statement.content):
            return False
        if (source is not None and not span_ok(source)) or (cue is not None and not span_ok(cue)):
            return False
        if not provenance_ok(statement.provenance):
            return False

    polarities = rules.polarities
    low = rules.low
    high = rules.high
    for stance in stances:
        holder = stance.holder
        target = stance.target
        reference = stance.statement
        polarity = stance.polarity
        confidence = stance.confidence
        cue = stance.cue
        if type(holder) is not str or holder not in entity_ids or type(target) is not Target:
            return False
        if reference is not None and (type(reference) is not str or reference not in statement_ids):
            return False
        about = target.entity
        if about is not None and (type(about) is not str or about not in entity_ids):
            return False
        if type(polarity) is not str or polarity not in polarities or not _matches(rules.act, stance.type):
            return False
        if type(stance.negated) is not bool or type(confidence) is not float or not low <= confidence <= high:
            return False
        if type(target.text) is not str:
            return False
        texts.append(target.text)
        if (target.span is not None and not span_ok(target.span)) or (cue is not None and not span_ok(cue)):
            return False
        if not provenance_ok(stance.provenance):
            return False
    return _text_ok("".join(texts))

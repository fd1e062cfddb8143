"""Fast acceptance of valid documents; ``jsonschema`` is asked only to explain an invalid one.

Validating a corpus means checking thousands of documents that are almost
all valid. ``jsonschema`` walks a schema generically and is slow at that
(about 200 reference-sized documents a second with a reused validator), so
``stancekit.schemas`` first asks :func:`accepts`, a pass that only answers
"certainly valid" or "look closer":

- the structure is checked by a predicate compiled from the packaged schema
  (:func:`compile_schema`: Python functions generated from the keywords the
  schemas use, with ``jsonschema``'s exact type rules), or by ``jsonschema-rs`` when it is
  installed (``pip install "stancekit[fast]"``);
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
from typing import Any, cast

from stancekit.invariants import FRAGMENT_SEPARATOR, MAX_DEPTH

__all__ = ["BACKENDS", "UnsupportedSchema", "accepts", "backend", "compile_schema", "semantics_ok", "set_backend"]

#: The names ``STANCEKIT_VALIDATOR`` and :func:`set_backend` accept.
BACKENDS = ("fast", "python", "jsonschema")

Predicate = Callable[[Any], bool]

#: Keywords that never change whether an instance is valid.
_ANNOTATIONS = frozenset(
    {"$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples", "deprecated"}
)


class UnsupportedSchema(Exception):
    """A schema uses a keyword the compiler does not know; that schema is then always checked by jsonschema."""


def _is_integer(value: Any) -> bool:
    # Since draft 6, 3.0 is an integer too.
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, Number) and not isinstance(value, bool)


class _Generator:
    """Writes one Python function per schema node, with the checks of its subschemas inlined, and compiles them.

    A predicate made of closures (one call per keyword, per value) would spend most
    of its time calling; the generated functions call only across a ``$ref`` or
    between the options of an ``anyOf``, so a span is checked in one call. The
    source is built from the schema's structure alone: property names enter it
    as ``repr`` literals, and every other constant (a compiled pattern, the
    values of an enum, a bound) as a named value of the module's namespace, so
    nothing of a schema is ever run as code. ``$ref`` is resolved through a
    ``referencing`` resolver, as ``jsonschema`` resolves it.
    """

    def __init__(self) -> None:
        self._names: dict[int, str] = {}
        self._pending: list[tuple[str, Any, Any]] = []
        self._constants: dict[str, Any] = {
            "_is_integer": _is_integer,
            "_is_number": _is_number,
        }
        self._counter = 0
        self._nodes: list[Any] = []

    def predicate(self, schema: Any, resolver: Any) -> Predicate:
        entry = self._function(schema, resolver)
        sources = []
        while self._pending:
            name, node, node_resolver = self._pending.pop()
            body = self._checks(node, "value", node_resolver, "    ", own=True)
            sources.append(f"def {name}(value):\n" + "".join(body) + "    return True\n")
        namespace = dict(self._constants)
        exec(compile("\n".join(sources), "<stancekit compiled schema>", "exec"), namespace)
        return cast(Predicate, namespace[entry])

    def _fresh(self, prefix: str) -> str:
        self._counter += 1
        return f"{prefix}{self._counter}"

    def _constant(self, value: Any) -> str:
        name = self._fresh("_c")
        self._constants[name] = value
        return name

    def _function(self, node: Any, resolver: Any) -> str:
        """The name of the function checking ``node``, queued for writing on first sight (so recursion works)."""
        if node is not True and node is not False and not isinstance(node, Mapping):
            raise UnsupportedSchema(f"a schema must be an object or a boolean, not {node!r}")
        key = id(node)
        if key not in self._names:
            name = self._fresh("_v")
            self._names[key] = name
            self._nodes.append(node)  # alive while generating, so that no other node takes its id
            if isinstance(node, Mapping) and "$id" in node and resolver is not None:
                from referencing.jsonschema import DRAFT202012

                resolver = resolver.in_subresource(DRAFT202012.create_resource(node))
            self._pending.append((name, node, resolver))
        return self._names[key]

    def _call(self, node: Any, var: str, resolver: Any) -> str:
        """An expression true when ``var`` passes ``node``: inline for a bare type, else a call."""
        if isinstance(node, Mapping) and set(node) - _ANNOTATIONS == {"type"}:
            return self._type(node["type"], var)
        return f"{self._function(node, resolver)}({var})"

    def _checks(self, node: Any, var: str, resolver: Any, indent: str, *, own: bool = False) -> list[str]:
        """Lines that return False from the function when ``var`` fails ``node``.

        A node with its own ``$id`` is checked by its own function (its ``$ref``s
        resolve against it), except in that function's body (``own``).
        """
        if node is True:
            return []
        if node is False:
            return [f"{indent}return False\n"]
        if not isinstance(node, Mapping):
            raise UnsupportedSchema(f"a schema must be an object or a boolean, not {node!r}")
        if "$id" in node and not own:
            return [f"{indent}if not {self._function(node, resolver)}({var}):\n{indent}    return False\n"]
        unknown = set(node) - _ANNOTATIONS - _KEYWORDS
        if unknown:
            raise UnsupportedSchema(f"keywords {sorted(unknown)} are not compiled")
        lines: list[str] = []
        fail = f"{indent}    return False\n"
        if "$ref" in node:
            if resolver is None:
                raise UnsupportedSchema("a $ref needs a resolver")
            resolved = resolver.lookup(node["$ref"])
            if _is_leaf(resolved.contents):
                lines += self._checks(resolved.contents, var, resolved.resolver, indent)
            else:
                target = self._function(resolved.contents, resolved.resolver)
                lines += [f"{indent}if not {target}({var}):\n", fail]
        known = isinstance(node.get("type"), str)  # then the type is checked here, once
        if "type" in node:
            lines += [f"{indent}if not {self._type(node['type'], var)}:\n", fail]
        if any(keyword in node for keyword in ("properties", "patternProperties", "required", "additionalProperties")):
            lines += _guarded(f"isinstance({var}, dict)", self._object(node, var, resolver, indent + "    "), known)
        if "enum" in node:
            values = node["enum"]
            if not all(isinstance(value, str) for value in values):
                raise UnsupportedSchema("only enums of strings are compiled")
            allowed = self._constant(frozenset(values))
            lines += [f"{indent}if not (isinstance({var}, str) and {var} in {allowed}):\n", fail]
        if "items" in node or "minItems" in node or "maxItems" in node:
            lines += _guarded(f"isinstance({var}, list)", self._array(node, var, resolver, indent + "    "), known)
        if "pattern" in node or "minLength" in node or "maxLength" in node:
            lines += _guarded(f"isinstance({var}, str)", self._string(node, var, indent + "    "), known)
        if "minimum" in node or "maximum" in node:
            lines += self._bounds(node, var, indent)
        if "propertyNames" in node:
            name = self._fresh("n")
            lines.append(f"{indent}if isinstance({var}, dict):\n")
            lines.append(f"{indent}    for {name} in {var}:\n")
            lines += self._checks(node["propertyNames"], name, resolver, indent + "        ")
        if "anyOf" in node:
            options = " or ".join(self._call(option, var, resolver) for option in node["anyOf"])
            lines += [f"{indent}if not ({options}):\n", fail]
        return lines

    def _type(self, names: str | list[str], var: str) -> str:
        if isinstance(names, str):
            names = [names]
        try:
            return "(" + " or ".join(_TYPE_EXPRESSIONS[name].format(var) for name in names) + ")"
        except KeyError as error:
            raise UnsupportedSchema(f"unknown type {error}") from None

    def _object(self, node: Mapping[str, Any], var: str, resolver: Any, indent: str) -> list[str]:
        properties = node.get("properties", {})
        patterns = node.get("patternProperties", {})
        additional = node.get("additionalProperties", True)
        lines = []
        required = [f"{name!r} not in {var}" for name in node.get("required", ())]
        if required:
            lines += [f"{indent}if {' or '.join(required)}:\n", f"{indent}    return False\n"]
        if not properties and not patterns and additional is True:
            return lines
        key, item = self._fresh("k"), self._fresh("i")
        lines.append(f"{indent}for {key}, {item} in {var}.items():\n")
        body = indent + "    "
        branch = "if"
        for name, subschema in properties.items():
            lines.append(f"{body}{branch} {key} == {name!r}:\n")
            lines += self._checks(subschema, item, resolver, body + "    ") or [f"{body}    pass\n"]
            branch = "elif"
        # A property neither named nor matched by a pattern: any value, none, or what the subschema accepts.
        if patterns:
            matched = self._fresh("m")
            rest = [f"{body}{matched} = {key} in {self._constant(frozenset(properties))}\n"]
            for pattern, subschema in patterns.items():
                regex = self._constant(re.compile(pattern))
                rest.append(f"{body}if {regex}.search({key}):\n")
                rest.append(f"{body}    {matched} = True\n")
                rest += self._checks(subschema, item, resolver, body + "    ")
            rest.append(f"{body}if not {matched}:\n")
            rest += self._checks(additional, item, resolver, body + "    ") or [f"{body}    pass\n"]
            lines += rest
        elif additional is not True:
            unnamed = self._checks(additional, item, resolver, body + "    ")
            if branch == "if":
                lines += [line[4:] for line in unnamed]
            else:
                lines += [f"{body}else:\n", *unnamed]
        return lines

    def _array(self, node: Mapping[str, Any], var: str, resolver: Any, indent: str) -> list[str]:
        least = node.get("minItems", 0)
        most = node.get("maxItems")
        lines = []
        sizes = [f"len({var}) < {int(least)}"] if least else []
        if most is not None:
            sizes.append(f"len({var}) > {int(most)}")
        if sizes:
            lines += [f"{indent}if {' or '.join(sizes)}:\n", f"{indent}    return False\n"]
        if "items" in node:
            element = self._fresh("e")
            checks = self._checks(node["items"], element, resolver, indent + "    ")
            if checks:
                lines += [f"{indent}for {element} in {var}:\n", *checks]
        return lines

    def _string(self, node: Mapping[str, Any], var: str, indent: str) -> list[str]:
        lines = []
        sizes = [f"len({var}) < {int(node['minLength'])}"] if node.get("minLength") else []
        if node.get("maxLength") is not None:
            sizes.append(f"len({var}) > {int(node['maxLength'])}")
        if sizes:
            lines += [f"{indent}if {' or '.join(sizes)}:\n", f"{indent}    return False\n"]
        if "pattern" in node:
            regex = self._constant(re.compile(node["pattern"]))
            lines += [f"{indent}if {regex}.search({var}) is None:\n", f"{indent}    return False\n"]
        return lines

    def _bounds(self, node: Mapping[str, Any], var: str, indent: str) -> list[str]:
        # The same comparisons jsonschema makes, so NaN passes both ways alike.
        tests = []
        if node.get("minimum") is not None:
            tests.append(f"{var} < {self._constant(node['minimum'])}")
        if node.get("maximum") is not None:
            tests.append(f"{var} > {self._constant(node['maximum'])}")
        if not tests:
            return []
        inner = indent + "    "
        return [
            f"{indent}if {_TYPE_EXPRESSIONS['number'].format(var)}:\n",
            f"{inner}if {' or '.join(tests)}:\n",
            f"{inner}    return False\n",
        ]


def _guarded(guard: str, lines: list[str], known: bool) -> list[str]:
    """``lines`` (written one level in) under ``if guard:``, or one level out when the type is already checked.

    Keywords such as ``properties`` or ``pattern`` apply only to values of their type.
    """
    if not lines:
        return []
    if known:
        return [line[4:] for line in lines]
    return [f"{lines[0][: len(lines[0]) - len(lines[0].lstrip()) - 4]}if {guard}:\n", *lines]


def _is_leaf(node: Any) -> bool:
    """A subschema small enough to inline where it is referenced: no references, no subschemas, no ``$id``."""
    return isinstance(node, Mapping) and not (set(node) & _NESTING)


#: The keywords that make a subschema no leaf (``_is_leaf``).
_NESTING = frozenset(
    {"$id", "$ref", "properties", "patternProperties", "additionalProperties", "items", "anyOf", "propertyNames"}
)

#: Each JSON Schema type as an expression on a variable, with ``jsonschema``'s rules: a bool is no
#: integer but 3.0 is, a tuple is no array, only a dict is an object. An exact-type test first is
#: only a shortcut for the common case.
_TYPE_EXPRESSIONS = {
    "string": "isinstance({0}, str)",
    "integer": "(type({0}) is int or _is_integer({0}))",
    "number": "(type({0}) is int or type({0}) is float or _is_number({0}))",
    "null": "{0} is None",
    "boolean": "isinstance({0}, bool)",
    "object": "isinstance({0}, dict)",
    "array": "isinstance({0}, list)",
}


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
    base = schema.get("$id", "") if isinstance(schema, Mapping) else ""
    return _Generator().predicate(schema, registry.resolver(base_uri=base))


# The semantic checks, as one boolean pass over a document whose structure is valid.


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
        raise ValueError("the fast validation backend needs jsonschema-rs: pip install 'stancekit[fast]'")
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

"""The fast validation pass says yes only to documents the full jsonschema + semantic path accepts."""

import copy
import functools
import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from stancekit import _fastvalid, iter_errors
from stancekit.schemas import registry, schema, validator
from stancekit.testing import documents

try:
    import jsonschema_rs  # noqa: F401
except ImportError:
    FAST_BACKENDS = ("python",)
else:
    FAST_BACKENDS = ("python", "fast")

#: Replacement values that break the schema, the semantics or JSON itself.
REPLACEMENTS = (
    None,
    True,
    0,
    -1,
    3,
    10**5000,
    1.5,
    3.0,
    float("nan"),
    float("inf"),
    Decimal("0.5"),
    "",
    "x",
    "CHN",
    "a\ud800b",
    "😀",
    "support",
    [],
    {},
    (),
    ("x",),
    {"start": 0, "end": 0, "text": ""},
    {1: "key that is not a string"},
    object(),
    functools.reduce(lambda inner, _: [inner], range(120), "deep"),
)


def _nodes(value, path=()):
    """Every (path, value) in a JSON-like tree, the root included."""
    yield path, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _nodes(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _nodes(child, (*path, index))


def _parent(data, path):
    for part in path[:-1]:
        data = data[part]
    return data


@st.composite
def mutated(draw):
    """A document's wire form with one random change somewhere in it: most are invalid, some are not."""
    data = draw(documents()).to_dict()
    nodes = list(_nodes(data))
    path, value = draw(st.sampled_from(nodes[1:]))
    container = _parent(data, path)
    key = path[-1]
    kind = draw(st.sampled_from(("replace", "delete", "add_key", "edit_string", "duplicate", "reverse", "tuple")))
    if kind == "replace":
        container[key] = copy.copy(draw(st.sampled_from(REPLACEMENTS)))
    elif kind == "delete":
        del container[key]
    elif kind == "add_key" and isinstance(value, dict):
        value[draw(st.sampled_from(("extra", "id", "text", "fragments", "title")))] = draw(
            st.sampled_from(REPLACEMENTS)
        )
    elif kind == "edit_string" and isinstance(value, str):
        container[key] = value + draw(st.sampled_from(("!", "\n", "\udc00", "é")))
    elif kind == "edit_string" and isinstance(value, int) and not isinstance(value, bool):
        container[key] = value + draw(st.integers(-3, 3))
    elif kind == "duplicate" and isinstance(value, list) and value:
        value.append(copy.deepcopy(value[0]))
    elif kind == "reverse" and isinstance(value, list):
        value.reverse()
    elif kind == "tuple" and isinstance(value, list):
        container[key] = tuple(value)
    return data


def _full_path_errors(data):
    _fastvalid.set_backend("jsonschema")
    try:
        return list(iter_errors(data))
    finally:
        _fastvalid.set_backend(None)


@pytest.fixture(autouse=True)
def _default_backend():
    yield
    _fastvalid.set_backend(None)


@pytest.mark.parametrize("name", ["document", "span", "rulepack"])
def test_the_packaged_schemas_compile(name):
    """A keyword the compiler lacks would send every document (or rule pack) down the slow path.

    For rule packs that means importing jsonschema on every run, most of the
    start-up of the annotator.
    """
    _fastvalid.compile_schema(schema(name), registry())


def _default_packs():
    from stancekit.annotate.rules import default_pack_paths

    return [json.loads(Path(path).read_text(encoding="utf-8")) for path in default_pack_paths()]


@st.composite
def mutated_packs(draw):
    """A default rule pack with one random change somewhere in it."""
    data = copy.deepcopy(draw(st.sampled_from(_default_packs())))
    path, value = draw(st.sampled_from(list(_nodes(data))[1:]))
    container = _parent(data, path)
    kind = draw(st.sampled_from(("replace", "delete", "add_key")))
    if kind == "replace":
        container[path[-1]] = copy.copy(draw(st.sampled_from(REPLACEMENTS[:-2])))
    elif kind == "delete":
        del container[path[-1]]
    elif isinstance(value, dict):
        value[draw(st.sampled_from(("extra", "x-note", "id", "verbs")))] = draw(st.sampled_from(REPLACEMENTS[:-2]))
    return data


def test_the_default_rule_packs_pass_the_compiled_schema():
    predicate = _fastvalid.compile_schema(schema("rulepack"), registry())
    for pack in _default_packs():
        assert predicate(pack)


@given(mutated_packs())
def test_compiled_rulepack_schema_agrees_with_jsonschema(data):
    predicate = _fastvalid.compile_schema(schema("rulepack"), registry())
    try:
        expected = validator("rulepack").is_valid(data)
    except ValueError:  # as above
        assume(False)
    assert predicate(data) == expected


def test_additional_properties_given_as_a_schema_are_checked():
    predicate = _fastvalid.compile_schema(
        {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": {"type": "integer"}},
        registry(),
    )
    assert predicate({"a": "x", "b": 1}) and not predicate({"a": "x", "b": "1"}) and not predicate({"a": 1})


@given(mutated())
def test_compiled_schema_agrees_with_jsonschema(data):
    predicate = _fastvalid.compile_schema(schema("document"), registry())
    try:
        expected = validator("document").is_valid(data)
    except ValueError:  # jsonschema cannot print a huge integer in a message: no verdict to compare with
        assume(False)
    assert predicate(data) == expected


def _has_integral_float(data):
    return any(isinstance(value, float) and value.is_integer() for _, value in _nodes(data))


@pytest.mark.parametrize("backend", FAST_BACKENDS)
@given(data=mutated())
def test_fast_pass_accepts_only_what_the_full_path_accepts(backend, data):
    """Never more lenient; the Python backend gives the same verdict, except that it refuses offsets like 3.0.

    (jsonschema counts 3.0 as an integer, and the full path then skips the
    offset checks of that span; the fast pass leaves such a document to it.)
    jsonschema-rs may also be stricter, e.g. about a pattern's ``$`` before a
    final newline.
    """
    valid = _full_path_errors(data) == []
    _fastvalid.set_backend(backend)
    accepted = _fastvalid.accepts(data)
    assert valid or not accepted
    if backend == "python" and not _has_integral_float(data):
        assert accepted == valid


@pytest.mark.parametrize("backend", FAST_BACKENDS)
@given(document=documents())
def test_fast_pass_accepts_every_valid_document(backend, document):
    _fastvalid.set_backend(backend)
    assert _fastvalid.accepts(document.to_dict())


@given(mutated())
def test_iter_errors_reports_the_same_with_and_without_the_fast_pass(data):
    expected = [(error.path, error.message) for error in _full_path_errors(data)]
    for backend in FAST_BACKENDS:
        _fastvalid.set_backend(backend)
        assert [(error.path, error.message) for error in iter_errors(data)] == expected


def test_a_schema_with_an_unknown_keyword_is_not_compiled():
    with pytest.raises(_fastvalid.UnsupportedSchema):
        _fastvalid.compile_schema({"type": "object", "dependentRequired": {"a": ["b"]}}, registry())


def test_compiled_types_follow_jsonschema():
    checks = {
        "integer": [(1, True), (True, False), (1.0, True), (1.5, False)],
        "array": [([], True), ((), False)],
        "object": [({}, True), ([], False)],
        "number": [(1, True), (0.5, True), (False, False)],
    }
    for type_name, cases in checks.items():
        predicate = _fastvalid.compile_schema({"type": type_name}, registry())
        for value, expected in cases:
            assert predicate(value) is expected
            assert jsonschema.Draft202012Validator({"type": type_name}).is_valid(value) is expected


def test_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="expected one of"):
        _fastvalid.set_backend("turbo")


# -- the same verdict read off the objects: ``document_ok``


def _objects(data):
    """The model objects of a wire form, built without the constructor's checks (None when they cannot be built)."""
    from stancekit.model import _VALIDATED, Document

    token = _VALIDATED.set(True)
    try:
        return Document._from_wire(data)
    except (KeyError, TypeError, AttributeError, ValueError, IndexError, OverflowError):
        return None  # OverflowError: a confidence of hundreds of digits, which float() cannot hold
    finally:
        _VALIDATED.reset(token)


def _attrs_nodes(value):
    """Every model object inside a document (the document included), with the names of its fields."""
    import attrs

    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from _attrs_nodes(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _attrs_nodes(item)


def _full_path_accepts(document):
    try:
        data = document.to_dict()
    except (AttributeError, TypeError):
        return False  # the constructor fails too: it builds the wire form first
    return _full_path_errors(data) == []


@given(data=mutated())
def test_document_ok_accepts_only_what_the_full_path_accepts(data):
    document = _objects(data)
    assume(document is not None)
    if _fastvalid.document_ok(document):
        assert _full_path_accepts(document)


def test_document_ok_accepts_only_what_the_full_path_accepts_after_any_change_to_an_object():
    """Every field of every object of an annotated document set, in turn, to each odd value (a list for a
    tuple, 3.0, a bool, another id, text off by a character, ...)."""
    import attrs

    import stancekit

    document = stancekit.annotate(
        "Mayor Ana Lopes said on Monday that she backs the new tram line. "
        "The Transport Workers Union, an ally of Unite, criticised the plan. "
        "“The line is late,” Lopes said, “and it costs too much.”"
    )
    document = attrs.evolve(document, meta={"title": "Trams", "pages": [1, 2]})
    assert document.stances and any(statement.content.fragments for statement in document.statements)
    checked = 0
    for target in _attrs_nodes(document):
        for field in attrs.fields(type(target)):
            original = getattr(target, field.name)
            odd = [*REPLACEMENTS, [], ["x"], ("a", "b"), "e1", "s1", "m1", ("Acme",), {"title": 5}]
            if isinstance(original, str):
                odd += [original + "!", original[:-1], original.upper()]
            elif isinstance(original, int) and not isinstance(original, bool):
                odd += [original - 1, original + 1, float(original), True]
            elif isinstance(original, tuple) and original:
                odd += [original[:1], original[1:], original + original[:1], list(original), original[::-1]]
            for replacement in odd:
                object.__setattr__(target, field.name, replacement)
                try:
                    if _fastvalid.document_ok(document):
                        checked += 1
                        assert _full_path_accepts(document), (type(target).__name__, field.name, replacement)
                finally:
                    object.__setattr__(target, field.name, original)
    assert checked  # some changes keep a document valid ("direct" for "indirect", another alias, ...)
    assert _fastvalid.document_ok(document)


@given(document=documents())
def test_document_ok_accepts_every_valid_document(document):
    assert _fastvalid.document_ok(document)


def test_document_ok_accepts_what_the_annotator_builds():
    import stancekit

    document = stancekit.annotate(
        "Mayor Ana Lopes said on Monday that she backs the new tram line. "
        "The Transport Workers Union, an ally of Unite, criticised the plan. She said it was late."
    )
    assert document.stances and document.statements
    assert _fastvalid.document_ok(document)


def test_document_ok_leaves_a_problem_to_the_full_path():
    from stancekit.errors import ValidationError
    from stancekit.model import Document, Entity, Mention, Span

    text = "Acme fell."
    with pytest.raises(ValidationError, match=r"\$\.mentions\[0\]\.span\.text"):
        Document(
            id="d",
            text=text,
            entities=[Entity("e1", "Acme", "organization")],
            mentions=[Mention("m1", "e1", Span(0, 4, "Acme."))],
        )
    with pytest.raises(ValidationError, match="mentions"):
        Document(id="d", text=text, mentions=[Mention("m1", "e9", Span.of(text, 0, 4))])


def test_the_jsonschema_backend_turns_document_ok_off():
    import stancekit

    document = stancekit.annotate("Acme said it backs the plan.")
    _fastvalid.set_backend("jsonschema")
    assert not _fastvalid.document_ok(document)

"""Validation: the schemas, the semantic checks and the errors they give."""

import copy
import json
import os
import shutil
import subprocess
import sys

import jsonschema
import pytest
import referencing.exceptions
from hypothesis import given
from hypothesis import strategies as st

from stancekit import Document, ValidationError, iter_errors, validate
from stancekit.schemas import SCHEMA_NAMES, registry, schema, validator
from stancekit.testing import documents

from .conftest import ROOT


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_schemas_are_valid_draft_2020_12(name):
    jsonschema.Draft202012Validator.check_schema(schema(name))
    assert schema(name)["$id"].endswith(f"/1/{name}.schema.json")


def test_embedded_span_schema_matches_its_file():
    embedded = schema("document")["$defs"]["span"]
    standalone = {key: value for key, value in schema("span").items() if key != "$schema"}
    assert embedded == standalone


@given(documents())
def test_every_generated_document_validates(document):
    assert list(iter_errors(document)) == []
    validate(document.to_dict())


@given(documents().filter(lambda d: d.mentions), st.integers(1, 50))
def test_offset_shifted_past_the_text_is_caught(document, shift):
    data = document.to_dict()
    data["mentions"][0]["span"]["end"] = len(data["text"]) + shift
    paths = [error.path for error in iter_errors(data)]
    assert "$.mentions[0].span.end" in paths


@given(documents().filter(lambda d: d.stances))
def test_removed_holder_entity_is_caught(document):
    data = document.to_dict()
    holder = data["stances"][0]["holder"]
    data["entities"] = [entity for entity in data["entities"] if entity["id"] != holder]
    for entity in data["entities"]:
        if entity["affiliation"] == holder:
            entity["affiliation"] = None
    paths = {error.path for error in iter_errors(data)}
    assert "$.stances[0].holder" in paths


@given(documents().filter(lambda d: any(s.content.text for s in d.statements)))
def test_span_text_that_no_longer_matches_is_caught(document):
    data = document.to_dict()
    index = next(i for i, s in enumerate(data["statements"]) if s["content"]["text"])
    data["statements"][index]["content"]["text"] += "!"
    paths = {error.path for error in iter_errors(data)}
    assert f"$.statements[{index}].content.text" in paths


def test_errors_come_sorted_by_path():
    data = {"id": "d", "text": "abc", "sentences": [{"start": 0, "end": 9 + i, "text": "x"} for i in range(12)]}
    paths = [error.path for error in iter_errors(data)]
    assert paths == [f"$.sentences[{i}].end" for i in range(12)]


def test_validate_raises_a_schema_problem_with_its_path():
    with pytest.raises(ValidationError) as raised:
        validate({"id": "d", "text": "abc", "stances": [{"id": "s"}]})
    assert raised.value.path == "$.stances[0]"
    assert "'holder' is missing" in raised.value.message


def test_not_an_object_is_reported_at_the_root():
    (error,) = iter_errors(["not", "a", "document"])
    assert error.path == "$"


def test_a_remote_ref_is_refused_not_fetched():
    hostile = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "https://example.invalid/x.json"}
    checker = jsonschema.Draft202012Validator(hostile, registry=registry())
    with pytest.raises(referencing.exceptions.Unresolvable):
        checker.is_valid({})


def test_reused_validator_is_cached():
    assert validator("document") is validator("document")


def test_check_jsonschema_accepts_our_output_and_rejects_forbidden(tmp_path):
    # Beside the interpreter too: a virtual environment's tools are there, whether or not it is on PATH.
    tool = shutil.which("check-jsonschema") or shutil.which("check-jsonschema", path=os.path.dirname(sys.executable))
    if tool is None:
        pytest.skip("check-jsonschema is not installed (it comes with the dev extra)")
    from tests.test_model import china_blames_nato

    good = tmp_path / "good.json"
    good.write_text(json.dumps(china_blames_nato().to_dict()), encoding="utf-8")
    bad_data = copy.deepcopy(china_blames_nato().to_dict())
    bad_data["stances"][0]["polarity"] = "maybe"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(bad_data), encoding="utf-8")
    schema_file = str(ROOT / "schemas" / "document.schema.json")
    assert subprocess.run([tool, "--schemafile", schema_file, str(good)], capture_output=True).returncode == 0
    result = subprocess.run([tool, "--schemafile", schema_file, str(bad)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "polarity" in result.stdout
    # The rule pack schema stands alone too (its act pattern is a copy, not a $ref to the document schema).
    pack_schema = str(ROOT / "schemas" / "rulepack.schema.json")
    stances_pack = str(ROOT / "stancekit" / "annotate" / "data" / "stances.json")
    result = subprocess.run([tool, "--schemafile", pack_schema, stances_pack], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_has_one_version():
    import importlib.metadata

    import stancekit

    try:
        installed = importlib.metadata.version("stancekit")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("stancekit is not installed")
    assert installed == stancekit.__version__
    assert sys.version_info >= (3, 10)


def _offsets(value, path="$"):
    """The JSON path, container and key of every span offset in a document's wire form (``meta`` left out)."""
    if isinstance(value, dict):
        if isinstance(value.get("text"), str) and "start" in value and "end" in value and path != "$":
            yield from ((f"{path}.{key}", value, key) for key in ("start", "end"))
        for key, item in value.items():
            if path != "$" or key != "meta":
                yield from _offsets(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _offsets(item, f"{path}[{index}]")


@given(documents().filter(lambda d: any(_offsets(d.to_dict()))), st.data())
def test_any_offset_written_as_a_float_is_reported(document, data):
    """JSON Schema counts 3.0 as an integer; the semantic checks still name it, and nothing builds a Document of it."""
    wire = document.to_dict()
    path, span, key = data.draw(st.sampled_from(list(_offsets(wire))))
    span[key] = float(span[key])
    expected = f"{span[key]!r} is not an integer offset; expected a whole number written without a fraction"
    assert (path, expected) in {(error.path, error.message) for error in iter_errors(wire)}
    with pytest.raises(ValidationError) as raised:
        validate(wire)
    assert (raised.value.path, raised.value.message) == (path, expected)
    with pytest.raises(ValidationError):
        Document.from_dict(wire)


def test_a_float_offset_is_named_with_its_path():
    data = {"id": "d", "text": "China backs it.", "sentences": [{"start": 0, "end": 15.0, "text": "China backs it."}]}
    assert [str(error) for error in iter_errors(data)] == [
        "$.sentences[0].end: 15.0 is not an integer offset; expected a whole number written without a fraction"
    ]


def test_a_float_offset_inside_a_fragment_is_named_with_its_path():
    span = {
        "start": 0,
        "end": 14,
        "text": "China it.",
        "fragments": [{"start": 0.0, "end": 5, "text": "China"}, {"start": 11, "end": 14, "text": "it."}],
    }
    data = {"id": "d", "text": "China backs it.", "sentences": [span]}
    assert [error.path for error in iter_errors(data)] == ["$.sentences[0].fragments[0].start"]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (0, -3, ["$.statements[0].content.end: -3 is less than the minimum of 0; expected 0 or more"]),
        (
            -2,
            -3,
            [
                "$.statements[0].content.end: -3 is less than the minimum of 0; expected 0 or more",
                "$.statements[0].content.start: -2 is less than the minimum of 0; expected 0 or more",
            ],
        ),
        (5, 2, ["$.statements[0].content: start 5 is after end 2; expected start <= end"]),
    ],
)
def test_a_negative_end_is_reported_once_not_also_as_after_the_start(start, end, expected):
    """ "start 0 is after end -3" only repeats the negative offset: the order is told only of real offsets."""
    data = {
        "id": "d",
        "text": "The minister said no.",
        "statements": [{"id": "s1", "content": {"start": start, "end": end, "text": ""}, "mode": "direct"}],
    }
    assert [str(error) for error in iter_errors(data)] == expected


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_every_schema_stands_alone(name):
    """Each file's every $ref resolves within the file, so any validator checks with it alone (docs/validation.md).

    This is why the rule pack schema copies the stance act pattern rather than referring to the document
    schema: a $ref across files would send other validators to fetch the $id's address.
    """
    from urllib.parse import urljoin

    import referencing
    import referencing.exceptions
    from referencing.jsonschema import DRAFT202012

    contents = schema(name)
    alone = referencing.Registry().with_resource(contents["$id"], DRAFT202012.create_resource(contents)).crawl()
    resolver = alone.resolver(base_uri=contents["$id"])
    stack = [(contents["$id"], contents)]
    refs = 0
    while stack:
        base, node = stack.pop()
        if isinstance(node, dict):
            base = urljoin(base, node.get("$id", ""))
            if isinstance(node.get("$ref"), str):
                refs += 1
                try:
                    resolver.lookup(urljoin(base, node["$ref"]))
                except referencing.exceptions.Unresolvable as error:
                    pytest.fail(f"{name}.schema.json: $ref {node['$ref']!r} leaves the file ({error})")
            stack.extend((base, value) for value in node.values())
        elif isinstance(node, list):
            stack.extend((base, value) for value in node)
    assert refs or name == "span"

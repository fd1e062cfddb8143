"""W3C Web Annotation: the MUST assertions of the W3C test suite, round trips, code-point positions, errors."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from stancekit.errors import FormatError, InputError, UsageError
from stancekit.formats import get, guess, w3c
from stancekit.model import Document, Entity, Mention, Provenance, Span, Stance, Statement, Target
from stancekit.testing import documents

from .conftest import SHARED
from .test_model import china_blames_nato

SUITE = Path("conformance") / "w3c-web-annotation-tests"


def emoji_document() -> Document:
    """Astral characters before and inside the spans, a discontinuous quote, and a stance with no span at all."""
    text = "😀🇨🇳 China blames NATO 🙂 expansion. “We oppose it,” she said, “firmly.”"
    china = text.index("China")
    quote_start = text.index("We")
    second = text.index("firmly")
    return Document(
        id="doc 😀/1",
        text=text,
        meta={"title": "China blames NATO", "lang": "en"},
        sentences=[Span.of(text, 0, text.index(".") + 1)],
        entities=[
            Entity("e1", "China", "country", ["Beijing"], "CHN", "CHN"),
            Entity("e2", "Mao Ning", "person", role="spokeswoman", affiliation="e1"),
        ],
        mentions=[Mention("m1", "e1", Span.of(text, china, china + 5))],
        statements=[
            Statement(
                id="s1",
                content=Span.join(text, [(quote_start, quote_start + 12), (second, second + 7)]),
                speaker="e2",
                source=Span.of(text, text.index("she"), text.index("she") + 3),
                cue=Span.of(text, text.index("said"), text.index("said") + 4),
                mode="direct",
                provenance=Provenance("stancekit.rules 0.1.0", "statement.say", "2025-05-29T12:00:00Z"),
            )
        ],
        stances=[
            Stance(
                id="st1",
                holder="e1",
                target=Target("NATO 🙂 expansion", Span.of(text, text.index("NATO"), text.index(".")), None),
                polarity="oppose",
                type="blame",
                cue=Span.of(text, text.index("blames"), text.index("blames") + 6),
                confidence=0.75,
                provenance=Provenance("annotator-7", created="yesterday"),
            ),
            Stance("st2", "e2", Target("the expansion"), "oppose", "oppose", negated=True, statement="s1"),
        ],
    )


# --- the W3C test suite's MUST assertions -----------------------------------------------------------


def _must_validators(suite: Path) -> list[tuple[str, Any]]:
    """One jsonschema validator per assertion listed in annotationMusts.test, refs resolved from local files."""
    jsonschema = pytest.importorskip("jsonschema")
    referencing = pytest.importorskip("referencing")
    from referencing.jsonschema import DRAFT4

    resources = []
    for path in sorted((suite / "definitions").glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((contents["id"], referencing.Resource.from_contents(contents, default_specification=DRAFT4)))
    registry = referencing.Registry().with_resources(resources)

    checker = jsonschema.Draft4Validator.FORMAT_CHECKER
    missing = {"uri", "date-time"} - set(checker.checkers)
    if missing:
        pytest.fail(f"format checking for {sorted(missing)} is off; install jsonschema[format-nongpl]")
    listing = json.loads((suite / "annotations" / "annotationMusts.test").read_text(encoding="utf-8"))
    validators = []
    for name in listing["assertions"]:
        schema = json.loads((suite / name).read_text(encoding="utf-8"))
        assert schema["assertionType"] == "must" and schema["expectedResult"] == "valid", name
        validators.append((name, jsonschema.Draft4Validator(schema, registry=registry, format_checker=checker)))
    return validators


@pytest.fixture(scope="module")
def must_validators() -> list[tuple[str, Any]]:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return _must_validators(SHARED / SUITE)


def failed_musts(validators: list[tuple[str, Any]], annotation: dict[str, Any]) -> list[str]:
    return [f"{name}: {error.message}" for name, validator in validators for error in validator.iter_errors(annotation)]


def test_the_suite_lists_every_must_assertion(must_validators):
    """The harness really runs the whole list, not a handful."""
    assert len(must_validators) == 54


def test_the_harness_fails_annotations_that_break_a_must(must_validators):
    """A test that cannot fail proves nothing: broken annotations are caught, formats included."""
    good = w3c.to_annotations(emoji_document())[0]
    assert failed_musts(must_validators, good) == []
    for key, value in [("created", "yesterday"), ("id", "not an iri"), ("@context", "http://example.org/ctx")]:
        broken = copy.deepcopy(good)
        broken[key] = value
        assert failed_musts(must_validators, broken), key
    for key in ("target", "type"):
        broken = copy.deepcopy(good)
        del broken[key]
        assert failed_musts(must_validators, broken), key
    broken = copy.deepcopy(good)
    broken["bodyValue"] = "both body and bodyValue"
    assert failed_musts(must_validators, broken)


@pytest.mark.parametrize("make", [china_blames_nato, emoji_document])
def test_every_exported_annotation_passes_every_must(must_validators, make):
    exported = w3c.to_annotations(make())
    assert exported
    for annotation in exported:
        assert failed_musts(must_validators, annotation) == [], annotation["id"]


@settings(max_examples=25)
@given(documents())
def test_every_generated_annotation_passes_every_must(must_validators, document):
    for annotation in w3c.to_annotations(document, base="https://example.org/corpus/"):
        assert failed_musts(must_validators, annotation) == [], annotation["id"]


# --- round trips ---------------------------------------------------------------------------------------


@given(documents())
def test_round_trip_keeps_everything(document):
    assert w3c.loads(w3c.dumps(document)) == document


@pytest.mark.parametrize("make", [china_blames_nato, emoji_document])
def test_round_trip_of_examples(make, tmp_path):
    document = make()
    path = tmp_path / "doc.jsonld"
    w3c.dump(document, path)
    assert w3c.load(path) == document
    assert w3c.load_all(path) == [document]


def test_the_shipped_example_round_trips():
    from stancekit.formats import json as json_format

    root = Path(__file__).resolve().parent.parent
    document = json_format.load(root / "examples" / "data" / "china-blames-nato.json")
    assert w3c.loads(w3c.dumps(document)) == document


def test_several_documents_make_an_array_of_collections():
    documents_ = [china_blames_nato(), emoji_document()]
    text = w3c.dumps(documents_)
    assert [item["type"] for item in json.loads(text)] == ["AnnotationCollection"] * 2
    assert w3c.loads_all(text) == documents_
    with pytest.raises(FormatError, match="2 collections; expected one"):
        w3c.loads(text)


def test_the_annotated_reference_article_round_trips_and_passes_every_must(shared, must_validators):
    annotate = pytest.importorskip("stancekit.annotate")
    if not hasattr(annotate, "annotate"):
        pytest.skip("stancekit.annotate.annotate is not there yet")
    text = (shared / "corpus" / "seed-article.txt").read_text(encoding="utf-8")
    document = annotate.annotate(text)
    assert document.statements and document.stances
    back = w3c.loads(w3c.dumps(document))
    assert back.statements == document.statements
    assert back.stances == document.stances
    assert back == document
    for annotation in w3c.to_annotations(document):
        assert failed_musts(must_validators, annotation) == [], annotation["id"]


# --- what the file says ------------------------------------------------------------------------------


def test_positions_are_code_points_and_quotes_match():
    """TextPositionSelector counts code points, as the W3C model requires; emoji count one each."""
    document = emoji_document()
    stance = next(item for item in w3c.to_annotations(document) if item["identifier"] == "st1")
    target = next(item for item in stance["target"] if item["role"] == "target")
    quote, position = target["selector"]
    assert position == {"type": "TextPositionSelector", "start": 17, "end": 33}  # UTF-16 would say 21..38
    assert document.text[17:33] == quote["exact"] == "NATO 🙂 expansion"
    assert quote["prefix"].endswith("China blames ") and quote["suffix"].startswith(". “We")
    assert len(quote["prefix"]) <= w3c.QUOTE_CONTEXT and len(quote["suffix"]) <= w3c.QUOTE_CONTEXT


def test_each_annotation_stands_alone_with_both_contexts():
    collection = w3c.to_collection(emoji_document())
    items = collection["first"]["items"]
    assert [item["type"][1] for item in items] == ["Mention", "Statement", "Stance", "Stance"]
    assert collection["total"] == len(items) == 4
    for item in items:
        assert item["@context"] == [w3c.ANNO_CONTEXT, w3c.CONTEXT]
    assert collection["document"]["text"] == emoji_document().text


def test_iris_are_percent_encoded_under_the_base():
    collection = w3c.to_collection(emoji_document(), base="https://example.org/corpus/")
    assert collection["document"]["id"] == "https://example.org/corpus/doc%20%F0%9F%98%80%2F1"
    assert collection["id"].endswith("/annotations")
    assert collection["first"]["items"][-1]["id"].endswith("doc%20%F0%9F%98%80%2F1/stances/st2")
    with pytest.raises(UsageError, match="not an IRI prefix"):
        w3c.to_collection(emoji_document(), base="my corpus/")


def test_discontinuous_spans_give_one_target_per_fragment():
    statement = next(item for item in w3c.to_annotations(emoji_document()) if item["identifier"] == "s1")
    roles = [target["role"] for target in statement["target"]]
    assert roles == ["content", "content", "source", "cue"]
    assert statement["creator"] == {"name": "stancekit.rules 0.1.0"}
    assert statement["created"] == "2025-05-29T12:00:00Z"


def test_a_created_that_is_no_date_time_stays_in_the_provenance_only():
    stance = next(item for item in w3c.to_annotations(emoji_document()) if item["identifier"] == "st1")
    assert "created" not in stance
    assert stance["provenance"]["created"] == "yesterday"


def test_a_stance_without_spans_targets_the_whole_document():
    stance = next(item for item in w3c.to_annotations(emoji_document()) if item["identifier"] == "st2")
    assert stance["target"] == "urn:stancekit:doc%20%F0%9F%98%80%2F1"


def test_an_empty_document_has_no_page():
    document = Document(id="empty", text="Nothing here.")
    collection = w3c.to_collection(document)
    assert collection["total"] == 0 and "first" not in collection
    assert w3c.loads(w3c.dumps(document)) == document


def test_the_registry_finds_the_format():
    assert get("w3c") is w3c
    assert guess("out.jsonld") == "w3c"
    assert guess("out.w3c.json") == "w3c"
    assert guess("out.json") == "json"


# --- reading what other tools wrote, and errors ---------------------------------------------------------


def _collection() -> dict[str, Any]:
    return json.loads(w3c.dumps(emoji_document()))


def test_a_target_with_only_a_quote_is_found_by_its_quote():
    data = _collection()
    for item in data["first"]["items"]:
        if isinstance(item["target"], list):
            for target in item["target"]:
                target["selector"] = [target["selector"][0]]
    assert w3c.loads(json.dumps(data)) == emoji_document()


def test_a_quote_that_does_not_match_its_position_is_an_error_naming_the_path():
    data = _collection()
    data["first"]["items"][0]["target"][0]["selector"][0]["exact"] = "Chino"
    with pytest.raises(FormatError) as caught:
        w3c.loads(json.dumps(data), location="doc.jsonld")
    assert str(caught.value).startswith("doc.jsonld: $.first.items[0].target[0].selector[0].exact: 'Chino' differs")


def test_a_position_past_the_end_is_an_error():
    data = _collection()
    data["first"]["items"][0]["target"][0]["selector"][1]["end"] = 999
    with pytest.raises(FormatError, match=r"\$\.first\.items\[0\]\.target\[0\]\.selector\[1\]: positions 4\.\.999"):
        w3c.loads(json.dumps(data), location="doc.jsonld")


def test_an_ambiguous_quote_without_position_is_an_error():
    data = _collection()
    target = data["first"]["items"][0]["target"][0]
    target["selector"] = [{"type": "TextQuoteSelector", "exact": "e"}]
    with pytest.raises(FormatError, match=r"the quote 'e' occurs .* times; expected exactly one place"):
        w3c.loads(json.dumps(data), location="doc.jsonld")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda data: data["first"]["items"][3].__setitem__("polarity", "hate"), r"items\[3\]\.polarity: 'hate'"),
        (lambda data: data["first"]["items"][3].__setitem__("negated", "yes"), r"items\[3\]\.negated: the string"),
        (lambda data: data["first"]["items"][2].pop("holder"), r"items\[2\]: no 'holder'"),
        (lambda data: data["first"]["items"][1]["target"][0].__setitem__("role", "x"), r"target\[0\]\.role: 'x'"),
        (lambda data: data["first"]["items"][0].__setitem__("type", "Annotation"), r"items\[0\]\.type: expected"),
        (lambda data: data["first"]["items"][0].__setitem__("entity", "nobody"), r"\$\.document: the document"),
        (lambda data: data["document"].pop("text"), r"\$\.document: no 'text'"),
        (lambda data: data["document"]["entities"][0].__setitem__("type", "x"), r"entities\[0\]\.type"),
        (lambda data: data.__setitem__("first", "urn:page"), r"\$\.first: a page given by IRI"),
    ],
)
def test_malformed_collections_raise_format_errors_naming_file_and_path(change, message):
    data = _collection()
    change(data)
    with pytest.raises(FormatError, match=message) as caught:
        w3c.loads(json.dumps(data), location="doc.jsonld")
    assert str(caught.value).startswith("doc.jsonld: ")


def test_a_lone_annotation_is_refused_with_a_reason():
    annotation = w3c.to_annotations(emoji_document())[0]
    with pytest.raises(FormatError, match=r"doc\.jsonld: \$: a lone Annotation; expected an AnnotationCollection"):
        w3c.loads(json.dumps(annotation), location="doc.jsonld")


def test_a_file_that_is_not_json_is_an_input_error(tmp_path):
    path = tmp_path / "bad.jsonld"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonld: not valid JSON"):
        w3c.load(path)


def test_the_examples_in_docs_formats_are_what_the_writers_write():
    """The w3c, labelstudio and cas examples in docs/formats.md, checked against the documented example document."""
    import re

    from stancekit.formats import labelstudio

    from .test_convert import documented_example

    document = documented_example()
    docs = (Path(__file__).resolve().parent.parent / "docs" / "formats.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```json\n(.*?)```", docs, flags=re.S)

    shown = json.loads(next(block for block in blocks if '"urn:stancekit:example/stances/st2"' in block))
    written = next(item for item in w3c.to_annotations(document) if item["identifier"] == "st2")
    assert shown["@context"][0] == written["@context"][0] == w3c.ANNO_CONTEXT
    assert {**shown, "@context": None} == {**written, "@context": None}

    shown = json.loads(next(block for block in blocks if '"model_version"' in block))
    (task,) = labelstudio.to_tasks([document])
    prediction = task["predictions"][0]
    assert (shown["model_version"], shown["score"]) == (prediction["model_version"], prediction["score"])
    assert shown["result"][-1] == "..."
    assert all(item in prediction["result"] for item in shown["result"][:-1])

    cas = pytest.importorskip("stancekit.formats.cas")
    pytest.importorskip("cassis")
    lines = re.findall(r"^<custom:Stancekit.*/>$", docs, flags=re.M)
    assert len(lines) == 3
    xmi = cas.dumps(document)
    assert all(line in xmi for line in lines)

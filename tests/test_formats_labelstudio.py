"""Label Studio: export as predictions, read corrections back, code-point offsets, the labelling config."""

from __future__ import annotations

import copy
import importlib.util
import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

from stancekit.errors import FormatError
from stancekit.formats import get, guess, labelstudio
from stancekit.model import STANCE_TYPES, Document, Entity, Mention, Provenance, Span, Stance, Statement, Target
from stancekit.testing import documents

from .test_model import china_blames_nato

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "data" / "china-blames-nato.corrected.ls.json"


def emoji_document() -> Document:
    """Astral characters before every span, a discontinuous quote, CRLF, and a stance with no target span."""
    text = "😀🇨🇳 China blames NATO 🙂 expansion.\r\n“We oppose it,” she said, “firmly.”"

    def at(part: str) -> Span:
        return Span.of(text, text.index(part), text.index(part) + len(part))

    rules = Provenance("stancekit.rules 0.1.0", "stance.verb")
    return Document(
        id="emoji",
        text=text,
        entities=[Entity("e1", "China", "country", ["Beijing"], "CHN"), Entity("e2", "she", "person")],
        mentions=[Mention("m1", "e1", at("China")), Mention("m2", "e2", at("she"))],
        statements=[
            Statement(
                "s1",
                Span.join(text, [(at("We").start, at("it,").end), (at("firmly.").start, at("firmly.").end)]),
                "e2",
                at("she"),
                at("said"),
                "direct",
                Provenance("stancekit.rules 0.1.0", "statement.say"),
            )
        ],
        stances=[
            Stance(
                "st1",
                "e1",
                Target("NATO 🙂 expansion", at("NATO 🙂 expansion")),
                "oppose",
                "blame",
                at("blames"),
                confidence=0.8,
                provenance=rules,
            ),
            Stance(
                "st2",
                "e2",
                Target("it", at("it")),
                "oppose",
                "oppose",
                at("oppose"),
                statement="s1",
                confidence=0.5,
                provenance=rules,
            ),
            Stance("st3", "e1", Target("the West"), "oppose", "criticize", negated=True, provenance=rules),
            Stance("st4", "e1", Target("expansion plans", at("expansion"), "e2"), "support", "user_act", negated=True),
        ],
    )


def tasks_of(document: Document) -> list[dict[str, Any]]:
    return json.loads(labelstudio.dumps(document))


def with_annotation(task: dict[str, Any], result: list[Any], **fields: Any) -> dict[str, Any]:
    annotation = {"id": 1, "completed_by": 3, "result": result, "was_cancelled": False}
    annotation.update(fields)
    task.setdefault("annotations", []).append(annotation)
    return task


def read(tasks: list[dict[str, Any]], **options: Any) -> Document:
    return labelstudio.loads(json.dumps(tasks), location="tasks.json", **options)


def without(result: list[Any], region_id: str) -> list[Any]:
    """The result without one region, its fields, its fragments and the relations that touch them."""

    def touches(value: Any) -> bool:
        return isinstance(value, str) and (value == region_id or value.startswith((f"{region_id}.", f"{region_id}-")))

    return [item for item in result if not any(touches(item.get(key)) for key in ("id", "from_id", "to_id"))]


def new_stance_regions(text: str, target: tuple[int, int], cue: tuple[int, int]) -> list[dict[str, Any]]:
    """What a person adds in Label Studio for a new stance: two regions, three fields, a relation."""

    def region(region_id: str, label: str, start: int, end: int) -> dict[str, Any]:
        value = {"start": start, "end": end, "text": text[start:end], "labels": [label]}
        return {"id": region_id, "from_name": "label", "to_name": "text", "type": "labels", "value": value}

    def field(name: str, kind: str, value: str) -> dict[str, Any]:
        key = "text" if kind == "textarea" else "choices"
        return {"id": "Hn0x2b", "from_name": name, "to_name": "text", "type": kind, "value": {key: [value]}}

    return [
        region("Hn0x2b", "Target", *target),
        field("holder", "textarea", "e2"),
        field("polarity", "choices", "support"),
        field("act", "choices", "praise"),
        region("Qa81zz", "Cue", *cue),
        {"type": "relation", "from_id": "Hn0x2b", "to_id": "Qa81zz", "direction": "left", "labels": []},
    ]


# --- round trips --------------------------------------------------------------------------------------


@given(documents())
def test_an_export_reads_back_unchanged(document):
    assert labelstudio.loads(labelstudio.dumps(document)) == document


def visible(document: Document) -> Any:
    """What a person sees and edits in Label Studio: every field but ids, confidence and provenance."""
    statements = {statement.id: index for index, statement in enumerate(document.statements)}
    return (
        [(mention.entity, mention.span) for mention in document.mentions],
        [(s.speaker, s.source, s.cue, s.content, s.mode) for s in document.statements],
        [
            (s.holder, s.target, s.polarity, s.type, s.cue, s.negated, statements.get(s.statement or ""))
            for s in document.stances
            if s.target.span is not None
        ],
    )


@settings(max_examples=40)
@given(documents())
def test_regions_alone_carry_every_visible_field(document):
    """Read with data.stancekit stripped of its records, the regions rebuild the same records."""
    tasks = tasks_of(document)
    reference = tasks[0]["data"]["stancekit"]
    reference.update(mentions=[], statements=[], stances=[])
    back = read(tasks)
    assert visible(back) == visible(document)
    assert back.entities == document.entities


def test_a_target_worded_differently_or_as_nothing_round_trips():
    document = emoji_document()
    for wording in ("", " ", "the expansion of NATO"):
        changed = attrs.evolve(
            document,
            stances=[attrs.evolve(document.stances[0], target=attrs.evolve(document.stances[0].target, text=wording))],
        )
        assert labelstudio.loads(labelstudio.dumps(changed)) == changed


def test_the_examples_round_trip(tmp_path):
    for document in (china_blames_nato(), emoji_document()):
        path = tmp_path / "tasks.ls.json"
        labelstudio.dump(document, path)
        assert labelstudio.load(path) == document
    labelstudio.dump([china_blames_nato(), emoji_document()], path)
    assert labelstudio.load_all(path) == [china_blames_nato(), emoji_document()]
    with pytest.raises(FormatError, match="2 tasks; expected one"):
        labelstudio.load(path)


def test_the_annotated_reference_article_round_trips(shared):
    annotate = pytest.importorskip("stancekit.annotate")
    if not hasattr(annotate, "annotate"):
        pytest.skip("stancekit.annotate.annotate is not there yet")
    document = annotate.annotate((shared / "corpus" / "seed-article.txt").read_text(encoding="utf-8"))
    back = labelstudio.loads(labelstudio.dumps(document))
    assert (back.statements, back.stances) == (document.statements, document.stances)


# --- what the tasks say -------------------------------------------------------------------------------


def test_tasks_hold_text_predictions_model_version_and_score():
    (task,) = tasks_of(emoji_document())
    assert task["data"]["text"] == emoji_document().text
    assert task["data"]["stancekit"] == emoji_document().to_dict()
    (prediction,) = task["predictions"]
    assert prediction["model_version"] == "stancekit.rules 0.1.0"
    assert prediction["score"] == pytest.approx((0.8 + 0.5 + 1.0 + 1.0) / 4)
    labels = [item["value"]["labels"][0] for item in prediction["result"] if item["type"] == "labels"]
    assert labels == [
        "Mention",
        "Mention",
        "Content",
        "Content",
        "Source",
        "Cue",
        "Target",
        "Cue",
        "Target",
        "Cue",
        "Target",
    ]


def test_offsets_are_code_points_even_after_emoji():
    document = emoji_document()
    (task,) = tasks_of(document)
    regions = [item for item in task["predictions"][0]["result"] if item["type"] == "labels"]
    target = next(item for item in regions if item["id"] == "st0")["value"]
    assert (target["start"], target["end"]) == (17, 33)  # UTF-16 units would be 21..38
    for region in regions:
        value = region["value"]
        assert document.text[value["start"] : value["end"]] == value["text"]


def test_offsets_in_utf16_units_from_old_label_studio_are_converted():
    document = emoji_document()
    tasks = tasks_of(document)
    for item in tasks[0]["predictions"][0]["result"]:
        value = item.get("value", {})
        if item["type"] == "labels":
            prefix = document.text[: value["start"]]
            value["start"] = len(prefix.encode("utf-16-le")) // 2
            value["end"] = value["start"] + len(value["text"].encode("utf-16-le")) // 2
    assert read(tasks) == document


def test_a_region_whose_text_matches_nowhere_is_an_error_naming_the_path():
    tasks = tasks_of(emoji_document())
    tasks[0]["predictions"][0]["result"][0]["value"]["text"] = "Chino"
    with pytest.raises(FormatError) as caught:
        read(tasks)
    message = str(caught.value)
    assert message.startswith("tasks.json: $[0].predictions[0].result[0].value: text 'Chino' is not the task text")
    assert "code points or UTF-16 units" in message


def test_the_stance_without_target_span_has_no_region():
    (task,) = tasks_of(emoji_document())
    ids = {item.get("id") for item in task["predictions"][0]["result"]}
    assert "st2" not in ids and {"st0", "st1", "st3"} <= ids


# --- the correction loop -------------------------------------------------------------------------------


def test_a_correction_removing_one_stance_and_adding_one_comes_back_as_exactly_that_change():
    document = emoji_document()
    (task,) = tasks_of(document)
    result = copy.deepcopy(task["predictions"][0]["result"])
    text = document.text
    result = without(result, "st1")  # st2 ("it"), the second stance with a span
    result += new_stance_regions(
        text, (text.index("NATO"), text.index(".")), (text.index("blames"), text.index(" NATO"))
    )
    with_annotation(task, result, completed_by={"id": 9, "email": "ada@example.org"}, updated_at="2025-06-02T10:00Z")
    back = read([task])
    added = Stance(
        "st5",
        "e2",
        Target("NATO 🙂 expansion", Span.of(text, text.index("NATO"), text.index("."))),
        "support",
        "praise",
        Span.of(text, text.index("blames"), text.index(" NATO")),
        provenance=Provenance("ada@example.org", created="2025-06-02T10:00Z"),
    )
    kept = [stance for stance in document.stances if stance.id != "st2"]
    assert back == attrs.evolve(document, stances=[*kept, added])


def test_the_shipped_corrected_sample_differs_from_the_rules_by_one_stance_each_way():
    (task,) = json.loads(SAMPLE.read_text(encoding="utf-8"))
    rules = Document.from_dict(task["data"]["stancekit"])
    corrected = labelstudio.load(SAMPLE)
    removed = [stance for stance in rules.stances if stance not in corrected.stances]
    added = [stance for stance in corrected.stances if stance not in rules.stances]
    assert [stance.id for stance in removed] == ["st2"]
    assert [(s.id, s.holder, s.polarity, s.type, s.target.text, s.statement) for s in added] == [
        ("st3", "e1", "oppose", "oppose", "NATO expansion", "s1")
    ]
    assert added[0].provenance == Provenance("annotator@example.org", created="2025-06-02T10:21:30.000000Z")
    assert attrs.evolve(corrected, stances=rules.stances) == rules
    assert "Moscow" not in SAMPLE.read_text(encoding="utf-8")  # no third-party article text


def test_a_changed_field_keeps_the_record_id_and_credits_the_person():
    document = emoji_document()
    (task,) = tasks_of(document)
    result = copy.deepcopy(task["predictions"][0]["result"])
    for item in result:
        if item.get("id") == "st0" and item.get("from_name") == "polarity":
            item["value"]["choices"] = ["support"]
    back = read([with_annotation(task, result, completed_by=4, created_at="2025-06-01T08:00:00Z")])
    expected = attrs.evolve(
        document.stances[0],
        polarity="support",
        confidence=1.0,
        provenance=Provenance("label-studio user 4", created="2025-06-01T08:00:00Z"),
    )
    assert back.stances == (expected, *document.stances[1:])
    assert back.statements == document.statements


def test_the_latest_completed_annotation_wins_and_cancelled_ones_are_skipped():
    document = emoji_document()
    (task,) = tasks_of(document)
    everything = task["predictions"][0]["result"]
    with_annotation(task, without(everything, "st0"), id=1, completed_by=1, updated_at="2025-06-01T10:00:00Z")
    with_annotation(task, without(everything, "st1"), id=2, completed_by=2, updated_at="2025-06-03T10:00:00+00:00")
    with_annotation(task, [], id=3, completed_by=3, updated_at="2025-06-09T10:00:00Z", was_cancelled=True)
    back = read([task])
    assert [stance.id for stance in back.stances] == ["st1", "st3", "st4"]


def test_annotator_picks_the_annotation_by_id_email_or_name():
    document = emoji_document()
    (task,) = tasks_of(document)
    everything = task["predictions"][0]["result"]
    person = {"id": 5, "email": "ada@example.org", "first_name": "Ada", "last_name": "L"}
    with_annotation(task, without(everything, "st0"), id=1, completed_by=person, updated_at="2025-06-01T10:00:00Z")
    with_annotation(task, everything, id=2, completed_by=6, updated_at="2025-06-05T10:00:00Z")
    assert read([task]) == document
    for name in ("5", "ada@example.org", "Ada L"):
        assert [stance.id for stance in read([task], annotator=name).stances] == ["st2", "st3", "st4"]
    with pytest.raises(FormatError, match=r"no completed annotation by 'bob'; annotators here: 5, 6, Ada L, ada@ex"):
        read([task], annotator="bob")


def test_predictions_are_read_when_no_one_annotated():
    (task,) = tasks_of(emoji_document())
    task["annotations"] = [{"id": 1, "completed_by": 1, "result": [], "was_cancelled": True}]
    assert read([task]) == emoji_document()


def test_a_task_without_stancekit_data_reads_from_its_regions_alone():
    document = emoji_document()
    (task,) = tasks_of(document)
    del task["data"]["stancekit"]
    task["id"] = 42
    back = read([task])
    assert back.id == "task-42"
    assert [(entity.id, entity.type) for entity in back.entities] == [("e1", "other"), ("e2", "other")]
    assert visible(back) == visible(document)
    assert [stance.id for stance in back.stances] == ["st1", "st2", "st3"]


# --- mistakes a person can make, and malformed files ----------------------------------------------------


def _broken(change) -> list[dict[str, Any]]:
    (task,) = tasks_of(emoji_document())
    result = copy.deepcopy(task["predictions"][0]["result"])
    change(result)
    return [with_annotation(task, result)]


def _drop_field(name: str, region_id: str):
    def change(result):
        result[:] = [item for item in result if not (item.get("id") == region_id and item.get("from_name") == name)]

    return change


def _drop_relation_from(region_id: str):
    def change(result):
        result[:] = [item for item in result if item.get("from_id") != region_id]

    return change


def _relate(from_id: str, to_id: str):
    return lambda result: result.append({"type": "relation", "from_id": from_id, "to_id": to_id, "labels": []})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_drop_field("holder", "st0"), r"region 'st0' \(Target\) has no 'holder'; expected the entity id"),
        (_drop_field("polarity", "st0"), r"region 'st0' \(Target\) has no 'polarity'; expected one of support"),
        (_drop_field("entity", "m0"), r"region 'm0' \(Mention\) has no 'entity'"),
        (_relate("m0", "st0"), r"a relation between a Mention and a Target region; expected Source or Cue"),
        (_relate("st0-cue", "st1"), r"region 'st1' has 2 Cue regions; expected one cue"),
        (_relate("st0", "nowhere"), r"names region 'nowhere', which is not in the result"),
        (
            lambda result: next(item for item in result if item.get("to_id") == "s0").update(from_id="m1"),
            r"a relation between a Mention and a Content region",
        ),
        (
            _drop_relation_from("s0-source"),
            r"the Source region 's0-source' is related to nothing; expected a relation to its Content",
        ),
        (
            lambda result: result[0]["value"].update(labels=["Person"]),
            r"result\[0\]\.value\.labels: .*expected one label",
        ),
        (lambda result: result[0]["value"].update(start="0"), r"result\[0\]\.value\.start: the string '0'"),
        (lambda result: result[1]["value"].update(text=["e1", "e2"]), r"2 values for 'entity'; expected one"),
        (
            lambda result: next(i for i in result if i.get("from_name") == "mode")["value"].update(choices=["loud"]),
            r"mode 'loud'; expected one of direct, indirect, mixed",
        ),
        (
            lambda result: result.append(
                {"id": "zz", "from_name": "holder", "type": "textarea", "value": {"text": ["e1"]}}
            ),
            r"the 'holder' field belongs to region 'zz', which is not in the result",
        ),
        (
            lambda result: next(i for i in result if i.get("from_name") == "holder").update(id="m0"),
            r"a 'holder' field on a Mention region; expected it on Target regions",
        ),
    ],
)
def test_mistakes_in_a_correction_raise_format_errors_naming_file_and_path(change, message):
    with pytest.raises(FormatError, match=message) as caught:
        read(_broken(change))
    assert str(caught.value).startswith("tasks.json: $[0].annotations[0].result")


@pytest.mark.parametrize(
    ("tasks", "message"),
    [
        ({"text": "no task"}, r"\$: no 'data' object; expected a Label Studio task"),
        ("a string", r"\$: the string 'a string'; expected an array of Label Studio tasks"),
        ([{"data": {"text": 5}}], r"\$\[0\]\.data\.text: the number 5; expected the document text"),
        ([{"data": {"text": "x", "stancekit": {"id": "d"}}}], r"\$\[0\]\.data\.stancekit: .*'text'"),
        ([{"data": {"text": "x"}, "annotations": [{"result": "none"}]}], r"annotations\[0\]\.result: the string"),
    ],
)
def test_malformed_exports_raise_format_errors(tasks, message):
    with pytest.raises(FormatError, match=message):
        labelstudio.loads(json.dumps(tasks), location="tasks.json")


def test_changed_text_is_refused():
    (task,) = tasks_of(emoji_document())
    task["data"]["text"] += " more"
    with pytest.raises(FormatError, match=r"\$\[0\]\.data\.text: differs from data\.stancekit\.text"):
        read([task])


# --- the labelling configuration -----------------------------------------------------------------------


def test_the_config_names_every_label_field_and_relation_the_tasks_use():
    root = ElementTree.fromstring(labelstudio.labelling_config())
    labels = root.find("Labels")
    assert labels is not None and labels.get("name") == labelstudio.FROM_NAME
    assert [label.get("value") for label in labels] == list(labelstudio.LABELS)
    assert [relation.get("value") for relation in root.iter("Relation")] == list(labelstudio.RELATIONS)
    controls = {element.get("name"): element.tag for element in root.iter() if element.get("perRegion") == "true"}
    assert controls == {
        name: kind.replace("textarea", "TextArea").replace("choices", "Choices")
        for name, (kind, _) in labelstudio.FIELDS.items()
    }
    (text,) = root.iter("Text")
    assert text.get("name") == labelstudio.TO_NAME and text.get("value") == "$text"


#: Label Studio's SDK is in no extra, not even dev: with its dependencies it is some 45 packages (numpy, OpenCV,
#: NLTK, pydantic, black, Faker, ...), for one test of a format that is plain JSON. The skip says how to run it.
_NO_SDK = (
    "Label Studio's SDK is not installed (no extra brings it: it pulls in some 45 packages); to run this test: "
    "pip install label-studio-sdk, then pytest tests/test_formats_labelstudio.py -k label_studio_accepts"
)


@pytest.mark.skipif(importlib.util.find_spec("label_studio_sdk") is None, reason=_NO_SDK)
@settings(max_examples=20)
@given(documents())
def test_label_studio_accepts_the_config_and_every_prediction(document):
    """Checked with Label Studio's own SDK when it is installed (it is not a dependency)."""
    sdk = pytest.importorskip("label_studio_sdk.label_interface", reason="needs label-studio-sdk 1.0 or later")
    interface = sdk.LabelInterface(labelstudio.labelling_config(stance.type for stance in document.stances))
    for task in tasks_of(document):
        assert interface.validate_prediction(task["predictions"][0], return_errors=True) == []


def test_the_registry_finds_the_format():
    assert get("labelstudio") is labelstudio
    assert guess("corrected.ls.json") == "labelstudio"


# --- the command line -----------------------------------------------------------------------------------


def run_cli(*argv: str) -> tuple[int, str, str]:
    import io

    from stancekit.cli import build_parser, run

    out, err = io.StringIO(), io.StringIO()
    code = run(build_parser().parse_args(list(argv)), out, err)
    return code, out.getvalue(), err.getvalue()


def test_labelstudio_config_prints_the_configuration(tmp_path):
    assert run_cli("labelstudio-config") == (0, labelstudio.labelling_config(), "")
    assert run_cli("labelstudio-config", "-o", str(tmp_path / "config.xml"))[0] == 0
    assert (tmp_path / "config.xml").read_text(encoding="utf-8") == labelstudio.labelling_config()


def test_labelstudio_config_replaces_an_existing_file_only_with_force(tmp_path):
    """As every other command's output: exit 2 and one line naming the file, which stays as it was."""
    config = tmp_path / "config.xml"
    config.write_text("<View>my own edits</View>", encoding="utf-8")
    code, out, err = run_cli("labelstudio-config", "-o", str(config))
    assert (code, out) == (2, "")
    assert err == f"stancekit: error: {config}: exists; give --force to replace it, or choose another output\n"
    assert config.read_text(encoding="utf-8") == "<View>my own edits</View>"
    assert run_cli("labelstudio-config", "-o", str(config), "--force") == (0, "", "")
    assert config.read_text(encoding="utf-8") == labelstudio.labelling_config()


def test_labelstudio_config_offers_the_acts_of_the_documents_given(tmp_path):
    """A rule pack's own act must be a choice, or Label Studio refuses the predictions that use it."""
    labelstudio.dump(emoji_document(), tmp_path / "tasks.ls.json")
    code, out, _ = run_cli("labelstudio-config", str(tmp_path / "tasks.ls.json"), "--act", "scold")
    assert code == 0
    acts = [choice.get("value") for choice in ElementTree.fromstring(out).find(".//Choices[@name='act']")]
    assert acts[-2:] == ["user_act", "scold"] and acts[:-2] == list(STANCE_TYPES)
    assert "user_act" not in labelstudio.labelling_config()
    code, _, err = run_cli("labelstudio-config", str(tmp_path / "missing.json"))
    assert code == 1 and "missing.json: no such file" in err


def test_convert_brings_a_correction_home_with_annotator(tmp_path):
    from stancekit.formats import json as json_format

    code, out, err = run_cli("convert", str(SAMPLE), str(tmp_path / "corrected.json"), "--annotator", "7")
    assert (code, err) == (0, "")
    assert out.endswith("(json): 1 document, 1 statement, 2 stances\n")
    assert json_format.load(tmp_path / "corrected.json") == labelstudio.load(SAMPLE, annotator="7")

    code, _, err = run_cli("convert", str(SAMPLE), str(tmp_path / "other.json"), "--annotator", "bob")
    assert code == 1 and "no completed annotation by 'bob'; annotators here: 7, Ada Reviewer" in err
    code, _, err = run_cli("convert", str(tmp_path / "corrected.json"), str(tmp_path / "x.json"), "--annotator", "7")
    assert code == 2 and "--annotator applies to labelstudio input only" in err


def test_a_document_goes_to_label_studio_and_back_by_the_command_line(tmp_path):
    from stancekit.formats import json as json_format

    json_format.dump(emoji_document(), tmp_path / "doc.json")
    assert run_cli("convert", str(tmp_path / "doc.json"), str(tmp_path / "tasks.ls.json"))[0] == 0
    assert run_cli("convert", str(tmp_path / "tasks.ls.json"), str(tmp_path / "back.json"))[0] == 0
    assert json_format.load(tmp_path / "back.json") == emoji_document()


def test_labelstudio_config_reads_a_folder_and_says_what_it_can_read(tmp_path):
    """FILE may be a folder, as for validate and eval; a file of no known ending is told the endings and --from."""
    folder = tmp_path / "tasks"
    folder.mkdir()
    labelstudio.dump(emoji_document(), folder / "tasks.ls.json")
    code, out, _ = run_cli("labelstudio-config", str(folder))
    assert code == 0 and '<Choice value="user_act"/>' in out
    odd = tmp_path / "tasks.export"
    odd.write_bytes((folder / "tasks.ls.json").read_bytes())
    code, out, err = run_cli("labelstudio-config", str(odd))
    assert (code, out) == (2, "")
    assert err == (
        f"stancekit: error: {odd}: cannot tell the format from the extension; expected a file ending .ann, .json, "
        ".jsonl, .jsonld, .ls.json, .ndjson, .w3c.json, .xmi, or name it with --from\n"
    )
    code, out, _ = run_cli("labelstudio-config", str(odd), "--from", "labelstudio")
    assert code == 0 and '<Choice value="user_act"/>' in out

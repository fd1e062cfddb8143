"""The writers of every format take what users hand them: one Document or many, and a clear TypeError otherwise."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import stancekit
from stancekit.cli import main
from stancekit.errors import UsageError
from stancekit.formats import brat, csv, dyads, jsonl, labelstudio, w3c
from stancekit.formats import json as json_format
from stancekit.testing import documents

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "data" / "china-blames-nato.json"


@settings(max_examples=25, deadline=None)
@given(documents())
def test_jsonl_dumps_of_one_document_is_its_line(document):
    """``jsonl.dumps(document)`` writes its one line, as ``jsonl.dumps([document])`` does, and reads back."""
    assert jsonl.dumps(document) == jsonl.dumps([document])
    assert jsonl.loads(jsonl.dumps(document)) == [document]


def test_jsonl_dump_of_one_document_writes_one_line(tmp_path):
    document = stancekit.load(EXAMPLE)
    jsonl.dump(document, tmp_path / "one.jsonl")
    assert list(jsonl.load(tmp_path / "one.jsonl")) == [document]


@pytest.mark.parametrize(
    ("write", "name"),
    [
        (jsonl.dumps, "jsonl.dumps"),
        (json_format.dumps, "json.dumps"),
        (csv.dumps, "csv"),
        (dyads.dumps, "dyads"),
        (labelstudio.dumps, "labelstudio.dumps"),
        (w3c.dumps, "w3c.dumps"),
    ],
)
def test_a_dict_for_a_document_is_a_type_error_naming_the_writer_and_the_fix(write, name):
    data = stancekit.load(EXAMPLE).to_dict()
    with pytest.raises(TypeError, match=rf"^{name}: item 0 is a dict \(Document\.from_dict\(data\) makes one"):
        write([data])
    with pytest.raises(TypeError, match=rf"^{name}: expected a stancekit\.Document or an iterable of them, not dict"):
        write(data)


def test_a_bad_item_leaves_no_file(tmp_path):
    """The writer streams, and stops at the bad item with nothing written."""
    document = stancekit.load(EXAMPLE)
    with pytest.raises(TypeError, match=r"^jsonl\.dump: item 1 is a str; expected a stancekit\.Document$"):
        jsonl.dump([document, "doc.json"], tmp_path / "out.jsonl")
    assert list(tmp_path.iterdir()) == []


# -- file names for document ids in brat and cas folders -------------------------------------------------------------

WINDOWS_DEVICES = ["CON", "prn", "Aux", "NUL", "com1", "COM9", "lpt1", "LPT¹", "nul.2024", "con .draft"]


@pytest.mark.parametrize("document_id", WINDOWS_DEVICES)
def test_a_windows_device_name_as_an_id_gets_a_safe_file_name(document_id):
    """``CON.ann`` is the console on Windows, whatever the extension: the stem starts with ``_`` instead."""
    assert brat.file_stem(document_id) == "_" + document_id


@pytest.mark.parametrize("document_id", ["CONSOLE", "icon", "nullify", "com10", "COM", "lpt", "a.con", "conference"])
def test_names_that_only_look_like_devices_are_kept(document_id):
    assert brat.file_stem(document_id) == document_id


def test_a_brat_folder_of_device_names_reads_back(tmp_path):
    document = stancekit.load(EXAMPLE)
    corpus = [attrs.evolve(document, id=name) for name in ("CON", "aux", "report")]
    brat.dump_all(corpus, tmp_path / "brat")
    assert sorted(path.name for path in (tmp_path / "brat").glob("*.ann")) == ["_CON.ann", "_aux.ann", "report.ann"]
    assert [back.text for back in brat.load_all(tmp_path / "brat")] == [document.text] * 3


long_ids = st.text(st.characters(codec="utf-8"), min_size=1, max_size=400)


@settings(max_examples=200)
@given(long_ids)
def test_every_file_stem_fits_a_file_system_and_is_stable(document_id):
    stem = brat.file_stem(document_id)
    assert 0 < len(stem.encode("utf-8", "surrogatepass")) <= brat.LONGEST_STEM
    assert stem == brat.file_stem(document_id)
    if len(document_id.encode("utf-8", "surrogatepass")) <= brat.LONGEST_STEM - 1 and document_id.isalnum():
        assert stem in (document_id, "_" + document_id)  # a short plain id is its own name


@settings(max_examples=200)
@given(long_ids, long_ids)
def test_two_long_ids_never_share_a_file_name(first, second):
    """An id too long for a name is shortened with a hash of the whole id: two different ids stay two names."""
    long_first = "x" * 200 + first
    long_second = "x" * 200 + second
    assert (brat.file_stem(long_first) == brat.file_stem(long_second)) == (long_first == long_second)


def test_a_long_id_keeps_its_beginning_and_a_hash(tmp_path):
    document = stancekit.load(EXAMPLE)
    ids = ["Ülkü-" + "report on the harbour strike " * 20 + suffix for suffix in ("day 1", "day 2")]
    brat.dump_all([attrs.evolve(document, id=name) for name in ids], tmp_path / "brat")
    names = sorted(path.name for path in (tmp_path / "brat").glob("*.ann"))
    assert len(names) == 2 and all(name.startswith("Ülkü-report on the harbour strike") for name in names)
    assert all(re.fullmatch(r".*-[0-9a-f]{16}\.ann", name) for name in names)


def test_the_command_writes_a_folder_for_ids_too_long_for_file_names(tmp_path):
    document = stancekit.load(EXAMPLE)
    stancekit.dump_all([attrs.evolve(document, id="z" * 1000 + str(n)) for n in range(3)], tmp_path / "c.jsonl")
    assert main(["convert", str(tmp_path / "c.jsonl"), str(tmp_path / "out") + "/"]) == 0
    assert len(list((tmp_path / "out").glob("*.ann"))) == 3


@pytest.mark.parametrize(
    ("first", "second", "forms"),
    [
        (
            unicodedata.normalize("NFC", "Café Noël"),
            unicodedata.normalize("NFD", "Café Noël"),
            "the first is NFC, the second NFD",
        ),
        (
            unicodedata.normalize("NFD", "서울 보도"),
            unicodedata.normalize("NFC", "서울 보도"),
            "the first is NFD, the second NFC",
        ),
        (
            "\u2126-readout",
            "\u03a9-readout",
            "the first is neither NFC nor NFD, the second NFC",
        ),  # the ohm sign and the Greek omega
    ],
)
def test_ids_differing_only_in_unicode_normalisation_are_refused_for_a_folder(tmp_path, first, second, forms, capsys):
    """'café' in one code point or two is one file name on macOS: refused before any file is written."""
    assert first != second and unicodedata.normalize("NFC", first) == unicodedata.normalize("NFC", second)
    document = stancekit.load(EXAMPLE)
    corpus = [attrs.evolve(document, id=name) for name in (first, second)]
    with pytest.raises(UsageError, match=rf"differ only in Unicode normalisation \({forms}\)"):
        brat.dump_all(corpus, tmp_path / "brat")
    assert not (tmp_path / "brat").exists()
    stancekit.dump_all(corpus, tmp_path / "c.jsonl")
    assert main(["convert", str(tmp_path / "c.jsonl"), str(tmp_path / "cas"), "--to", "cas"]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "normalise them to NFC" in err
    assert not (tmp_path / "cas").exists()


# -- Label Studio: entity ids of white space alone ---------------------------------------------------------------------


def _with_blank_entity_id(blank: str) -> stancekit.Document:
    document = stancekit.annotate("Ines Okoro said the ferry was late. Ines Okoro criticised the port.", id="ferry")
    data = document.to_dict()
    [entity] = data["entities"]
    old = entity["id"]
    entity["id"] = blank
    for record in data["mentions"]:
        record["entity"] = blank if record["entity"] == old else record["entity"]
    for record in data["statements"]:
        record["speaker"] = blank if record["speaker"] == old else record["speaker"]
    for record in data["stances"]:
        record["holder"] = blank if record["holder"] == old else record["holder"]
    return stancekit.Document.from_dict(data)


@pytest.mark.parametrize("blank", [" ", "\t", "  \u3000"])
def test_an_entity_id_of_white_space_survives_a_person_s_correction(blank):
    """A corrected task is rebuilt from its regions: the blank id in the fields names the entity, not 'unset'."""
    document = _with_blank_entity_id(blank)
    tasks = json.loads(labelstudio.dumps(document))
    result = tasks[0]["predictions"][0]["result"]
    for item in result:
        if item.get("from_name") == "mode":
            item["value"]["choices"] = ["direct"]  # the person's change, so that the statement is rebuilt
    tasks[0]["annotations"] = [{"id": 1, "result": result, "completed_by": {"id": 7, "email": "ed@example.org"}}]
    [back] = labelstudio.loads_all(json.dumps(tasks))
    assert [statement.speaker for statement in back.statements] == [blank] * len(document.statements)
    assert [stance.holder for stance in back.stances] == [blank] * len(document.stances)
    assert [mention.entity for mention in back.mentions] == [blank] * len(document.mentions)
    assert back.entities == document.entities


def test_a_blank_speaker_that_names_no_entity_is_still_unset():
    document = stancekit.annotate("Ines Okoro said the ferry was late.", id="ferry")
    tasks = json.loads(labelstudio.dumps(document))
    result = tasks[0]["predictions"][0]["result"]
    for item in result:
        if item.get("from_name") == "speaker":
            item["value"]["text"] = ["   "]
    tasks[0]["annotations"] = [{"id": 1, "result": result, "completed_by": {"id": 7}}]
    [back] = labelstudio.loads_all(json.dumps(tasks))
    assert [statement.speaker for statement in back.statements] == [None]


# -- schema errors in JSON's words -----------------------------------------------------------------------------------

PYTHON_WORDS = re.compile(r"\b(None|True|False|str|dict|list|int|float|bool|NoneType)\b|is not of type|\{\}|\[\]")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"id": 3, "text": "abc"}, "$.id: the number 3; expected a string"),
        ({"id": "d", "text": None}, "$.text: null; expected a string"),
        ({"id": "d", "text": "abc", "stances": {}}, "$.stances: an object with 0 keys; expected an array"),
        ({"id": "d", "text": "abc", "meta": []}, "$.meta: an array of 0 items; expected an object"),
        ({"id": "d", "text": "abc", "meta": {"date": 2024}}, "$.meta.date: the number 2024; expected a string or null"),
        ({"id": "", "text": "abc"}, "$.id: the empty string; expected a non-empty string"),
        (
            {"id": "d", "text": "abc", "entities": [{"id": "e1", "name": "Kai", "type": "persn"}]},
            '$.entities[0].type: the string \'persn\'; expected one of "person", "organization", "country", '
            '"government", "group", "other"',
        ),
        (
            {"id": "d", "text": "abc", "entities": [{"id": "e1", "name": "Kai", "type": "person", "aliases": False}]},
            "$.entities[0].aliases: the boolean false; expected an array",
        ),
    ],
)
def test_schema_errors_speak_json_not_python(data, expected):
    messages = [str(error) for error in stancekit.iter_errors(data)]
    assert expected in messages
    assert not any(PYTHON_WORDS.search(message.split(": ", 1)[1]) for message in messages), messages


#: The document's own string as an error message quotes it, up to the "; expected" that follows it.
QUOTED_STRING = re.compile(r"the string '.*'(?=; expected)", re.DOTALL)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["id", "text", "meta", "entities", "stances"]),
    st.from_type(type(None))
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.dictionaries(st.text(), st.none())
    | st.lists(st.none())
    | st.text(),
)
@example("meta", "\x1f[]")  # escaped in the message, so a plain replace of the value left "[]"
def test_no_wrong_typed_field_is_described_in_python(field, value):
    data = {"id": "d", "text": "abc", field: value}
    for error in stancekit.iter_errors(data):
        # A string the message quotes is the document's own words ("the string '[]'", control characters
        # escaped: "the string '\\x1f[]'"), not Python's.
        words = QUOTED_STRING.sub("the string", error.message) if isinstance(value, str) else error.message
        assert not PYTHON_WORDS.search(words), error.message


# -- the front door's load and dump: stancekit's own formats, by the file's name -----------------------------------


def test_dump_to_a_jsonl_path_writes_json_lines_that_load_all_reads(tmp_path):
    """``stancekit.dump(document, "x.jsonl")`` wrote indented JSON, which no JSON Lines reader takes."""
    document = stancekit.load(EXAMPLE)
    stancekit.dump(document, tmp_path / "one.jsonl")
    assert (tmp_path / "one.jsonl").read_text(encoding="utf-8").count("\n") == 1
    assert list(stancekit.load_all(tmp_path / "one.jsonl")) == [document]
    assert stancekit.load(tmp_path / "one.jsonl") == document


def test_load_of_a_corpus_says_to_use_load_all(tmp_path):
    document = stancekit.load(EXAMPLE)
    stancekit.dump_all([document, attrs.evolve(document, id="other")], tmp_path / "two.jsonl")
    with pytest.raises(UsageError, match=r"two\.jsonl: holds several documents; expected one \(stancekit\.load_all"):
        stancekit.load(tmp_path / "two.jsonl")


@pytest.mark.parametrize(
    ("name", "call"),
    [
        ("out.csv", lambda document, path: stancekit.dump_all([document], path)),
        ("out.ann", lambda document, path: stancekit.dump(document, path)),
        ("out.ls.json", lambda document, path: stancekit.dump(document, path)),
        ("out.xmi", lambda document, path: stancekit.dump_all([document], path)),
        ("out.jsonld", lambda document, path: stancekit.load(path)),
        ("out.ls.json", lambda document, path: stancekit.load_all(path)),
    ],
)
def test_a_path_named_as_another_format_is_refused_with_the_function_to_use(tmp_path, name, call):
    """JSON written into ``out.csv``, or a Label Studio export read as a document, helps nobody: say where to go."""
    path = tmp_path / name
    with pytest.raises(UsageError, match=r"named as a \w+ file, .* expected stancekit\.formats\.\w+\.(dump|load)"):
        call(stancekit.load(EXAMPLE), path)
    assert not path.exists()


def test_a_path_with_no_known_ending_is_json_as_before(tmp_path):
    document = stancekit.load(EXAMPLE)
    stancekit.dump(document, tmp_path / "annotated.out")
    assert stancekit.load(tmp_path / "annotated.out") == document


def test_a_broken_xmi_file_says_what_was_expected(tmp_path):
    pytest.importorskip("cassis")
    path = tmp_path / "doc.xmi"
    path.write_text("<xmi", encoding="utf-8")
    with pytest.raises(stancekit.FormatError, match=r"doc\.xmi: not UIMA CAS XMI \(.*\); expected an INCEpTION CAS"):
        stancekit.formats.get("cas").load(path)

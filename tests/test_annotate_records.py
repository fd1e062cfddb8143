"""One check of a corpus record, whichever way it comes in: the same verdict, id and message everywhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import stancekit
from stancekit.batch import annotate_many, annotate_partition
from stancekit.cli import main

TEXT = "China said on Tuesday that it opposes the new tariffs."

UNUSABLE = "is not a usable id; expected a non-empty string or an integer"

#: A record no way in annotates, and the reason each gives (after the line's location).
BAD = [
    (TEXT, '$: a string, not a record; expected an object with the article as "text"'),
    (True, '$: a boolean, not a record; expected an object with the article as "text"'),
    ([TEXT], '$: an array, not a record; expected an object with the article as "text"'),
    ({"id": "a"}, "$.text: is missing; expected the article as a string"),
    ({"id": "a", "text": 42}, "$.text: a number; expected the article as a string"),
    ({"id": True, "text": TEXT}, f"$.id: the boolean true {UNUSABLE}"),
    ({"id": 3.0, "text": TEXT}, f"$.id: the number 3.0 {UNUSABLE}"),
    ({"id": "", "text": TEXT}, f"$.id: the string '' {UNUSABLE}"),
    ({"id": ["a"], "text": TEXT}, f"$.id: an array {UNUSABLE}"),
    ({"id": True}, "$.text: is missing; expected the article as a string"),  # the text is reported first
    ({"text": TEXT, "date": 20250529}, "$.meta.date: the number 20250529; expected a string or null"),
]

#: A record every way in annotates, and the id its document gets (``corpus-1`` is the default of line 1).
GOOD = [
    ({"id": "a/b c", "text": TEXT}, "a/b c"),
    ({"id": 7, "text": TEXT}, "7"),
    ({"id": -12, "text": TEXT}, "-12"),
    ({"id": None, "text": TEXT}, "corpus-1"),
    ({"text": TEXT}, "corpus-1"),
]


def _corpus(tmp_path: Path, record: object) -> Path:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return corpus


@pytest.mark.parametrize(("record", "reason"), BAD)
def test_a_bad_record_gets_the_same_reason_with_and_without_an_output_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], record: object, reason: str
) -> None:
    corpus = _corpus(tmp_path, record)
    assert main(["annotate", str(corpus)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == f"stancekit: error: {corpus}:1: {reason}\n"

    output, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert main(["annotate", str(corpus), "-o", str(output), "--errors", str(errors), "--quiet"]) == 1
    assert output.read_text(encoding="utf-8") == ""
    (error,) = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert error["line"] == 1 and error["reason"] == reason


@pytest.mark.parametrize(("record", "reason"), [case for case in BAD if isinstance(case[0], dict)])
def test_a_bad_record_gets_the_same_reason_from_python(record: dict[str, object], reason: str) -> None:
    with pytest.raises(stancekit.InputError) as caught:
        list(annotate_many([record]))
    assert str(caught.value) == f"item 0: {reason}"
    (error,) = annotate_partition([record], errors="return")
    assert isinstance(error, stancekit.batch.RecordError) and error.reason == reason


@pytest.mark.parametrize(("record", "identifier"), GOOD)
def test_a_good_record_gets_the_same_id_with_and_without_an_output_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], record: dict[str, object], identifier: str
) -> None:
    corpus = _corpus(tmp_path, record)
    assert main(["annotate", str(corpus), "--format", "jsonl"]) == 0
    (printed,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    output = tmp_path / "out.jsonl"
    assert main(["annotate", str(corpus), "-o", str(output), "--quiet"]) == 0
    (written,) = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert printed["id"] == written["id"] == identifier
    assert printed == written


def test_an_integer_id_from_python_is_written_as_its_digits() -> None:
    (document,) = annotate_many([{"id": 7, "text": TEXT}])
    assert document.id == "7"


def test_meta_named_like_the_annotators_parameters_is_kept_on_both_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A "self" key in a record once ended the one-document path in a TypeError; it is meta like any other."""
    corpus = _corpus(tmp_path, {"id": "k", "text": TEXT, "self": "x"})
    assert main(["annotate", str(corpus)]) == 0
    printed = json.loads(capsys.readouterr().out)
    output = tmp_path / "out.jsonl"
    assert main(["annotate", str(corpus), "-o", str(output), "--quiet"]) == 0
    assert printed["meta"] == json.loads(output.read_text(encoding="utf-8"))["meta"] == {"self": "x"}

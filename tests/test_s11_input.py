"""Input a user gets wrong: one clear line naming the file and what was expected, a non-zero exit, nothing lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import stancekit
from stancekit.errors import InputError

from .test_reliability_s5 import run_cli as run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "data" / "china-blames-nato.json"
ARTICLE = "Die Grünen kritisierten den Plan. Zoë Brandt sagte nein.\n"


def refused(*argv: str | Path, code: int = 1, stdin: str | None = None) -> str:
    got, out, err = run(*argv, stdin=stdin)
    assert got == code, (got, out, err)
    assert out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    return err


def reported(*argv: str | Path) -> str:
    """The one problem ``stancekit validate`` reports on standard output, exiting 1."""
    code, out, err = run(*argv)
    assert code == 1 and err == "" and len(out.splitlines()) == 1, (code, out, err)
    return out


# -- an article holding NUL bytes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            ARTICLE.encode("utf-16-le"),
            "NUL bytes, the first at offset 1 (it looks like little-endian UTF-16 without a byte-order mark: "
            "save it again as UTF-8); expected UTF-8 text\n",
        ),
        (
            ARTICLE.encode("utf-16-be"),
            "NUL bytes, the first at offset 0 (it looks like big-endian UTF-16 without a byte-order mark: "
            "save it again as UTF-8); expected UTF-8 text\n",
        ),
        (
            b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00\x01\x00\x00\x00",
            "NUL bytes, the first at offset 7 (it looks like a binary file, not text); expected UTF-8 text\n",
        ),
        (
            b"The minister said no.\x00\n",
            "a NUL byte at offset 21; expected UTF-8 text without NUL bytes\n",
        ),
        (
            b"Oui\x00 et\x00 non, dit la ministre.\n",
            "2 NUL bytes, the first at offset 3; expected UTF-8 text without NUL bytes\n",
        ),
        (b"a\x00", "a NUL byte at offset 1 (it looks like a binary file, not text); expected UTF-8 text\n"),
    ],
    ids=["utf16-le", "utf16-be", "binary", "one-nul", "two-nuls-odd", "tiny"],
)
def test_an_article_with_nul_bytes_is_refused(tmp_path: Path, data: bytes, expected: str) -> None:
    """UTF-16 without a byte-order mark, or binary, named .txt: refused, not annotated as nonsense.

    UTF-16 is named only for its pattern (most bytes on one side NUL, four at least), never for a stray NUL
    at an odd offset in text, nor for a file too short to show one.
    """
    article = tmp_path / "article.txt"
    article.write_bytes(data)
    output = tmp_path / "out.json"
    err = refused("annotate", article, "-o", output)
    assert err.startswith(f"stancekit: error: {article}: ") and err.endswith(expected), err
    assert not output.exists()


def test_a_folder_file_with_nul_bytes_is_one_bad_record(tmp_path: Path) -> None:
    """In a folder, the UTF-16 file is reported by name and the others are annotated."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text("Greenpeace criticised the plan.\n", encoding="utf-8")
    (folder / "wide.txt").write_bytes(ARTICLE.encode("utf-16-le"))
    output = tmp_path / "out.jsonl"
    code, _, err = run("annotate", folder, "-o", output)
    assert code == 1
    assert f"{folder}/wide.txt: " in err and "it looks like little-endian UTF-16" in err
    assert [json.loads(line)["id"] for line in output.read_text(encoding="utf-8").splitlines()] == ["good"]


def test_standard_input_with_a_nul_is_refused() -> None:
    err = refused("annotate", "-", stdin="The minister\x00 said no.")
    assert err == ("stancekit: error: <stdin>: a NUL byte at offset 12; expected UTF-8 text without NUL bytes\n")


def test_utf16_with_its_byte_order_mark_is_refused_by_name(tmp_path: Path) -> None:
    """The mark names the encoding, and the message does too, before any word of NUL bytes."""
    article = tmp_path / "article.txt"
    article.write_bytes(ARTICLE.encode("utf-16"))
    err = refused("annotate", article)
    assert "the file starts with a UTF-16 byte-order mark: it is UTF-16; save it again as UTF-8" in err
    assert "NUL" not in err


def test_a_nul_in_a_document_text_is_still_text(tmp_path: Path) -> None:
    """Trap: an escaped NUL in a JSON document is text like any other; only raw bytes in an article are refused."""
    assert stancekit.annotate("The minister\x00 said no.").text == "The minister\x00 said no."


# -- JSON cut off mid-write -----------------------------------------------------------------------------------------

TRUNCATED = "the file may be truncated, cut off while it was written); expected complete JSON"


@pytest.mark.parametrize(
    "cut",
    [
        '{"id": "a", "text": ',  # Expecting value, at the end
        '{"id": "a", "text": "The minister sa',  # Unterminated string, which starts before the end
        '{"id": "a", "text": "x", "meta": {"ok": tr',  # a literal cut short
        '{"id": "a", "text": "x", "meta": {"n": 1.',  # a number cut short
        '{"id": "a", "text": "x", "meta": {"n": 1}',  # the last brace missing
        '[{"id": "a", "text": "x"},\n  {"id": "b"',
    ],
)
def test_json_cut_off_says_it_may_be_truncated(tmp_path: Path, cut: str) -> None:
    path = tmp_path / "cut.json"
    path.write_text(cut, encoding="utf-8")
    err = reported("validate", path)
    assert err.startswith(f"{path}: not valid JSON at ") and err.endswith(TRUNCATED + "\n"), err
    with pytest.raises(InputError, match="may be truncated"):
        stancekit.load(path)


def test_a_cut_corpus_line_says_it_may_be_truncated(tmp_path: Path) -> None:
    corpus = tmp_path / "cut.jsonl"
    corpus.write_text('{"id": "a", "text": "Greenpeace said no."}\n{"id": "b", "te', encoding="utf-8")
    err = reported("validate", corpus)
    assert err == (
        f"{corpus}:2: not valid JSON at column 13: Unterminated string starting there "
        f"(the text ends before the JSON does: {TRUNCATED}\n"
    )


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        ('{"id": "a", "text": "x",}', "Expecting property name enclosed in double quotes"),
        ('{"id": "a" "text": "x"}', "Expecting ',' delimiter"),
        ('{"id": "a", "text": x}', "Expecting value"),
        ('{"id": "a", "text": "x"}\n{"id": "b"}', "Extra data"),
    ],
)
def test_json_broken_before_its_end_says_nothing_of_truncation(tmp_path: Path, broken: str, expected: str) -> None:
    """Trap: a slip in the middle of a complete file is no truncation."""
    path = tmp_path / "broken.json"
    path.write_text(broken, encoding="utf-8")
    err = reported("validate", path)
    assert expected in err and "truncated" not in err


# -- a negative offset, reported once ------------------------------------------------------------------------------


def _example_with(**edits: int) -> dict[str, object]:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    for key, value in edits.items():
        data["mentions"][0]["span"][key] = value
    return data


def test_a_negative_start_is_reported_once(tmp_path: Path) -> None:
    path = tmp_path / "neg.json"
    path.write_text(json.dumps(_example_with(start=-1)), encoding="utf-8")
    code, out, _ = run("validate", path)
    assert code == 1
    assert out == f"{path}: $.mentions[0].span.start: -1 is less than the minimum of 0; expected 0 or more\n"
    assert [error.path for error in stancekit.iter_errors(_example_with(start=-1))] == ["$.mentions[0].span.start"]


def test_distinct_problems_of_a_negative_span_are_all_kept() -> None:
    """Trap: each negative offset is named at its path; their order is no problem of its own (-1 "after" -3)."""
    messages = [f"{error.path}: {error.message}" for error in stancekit.iter_errors(_example_with(start=-1, end=-3))]
    assert messages == [
        "$.mentions[0].span.end: -3 is less than the minimum of 0; expected 0 or more",
        "$.mentions[0].span.start: -1 is less than the minimum of 0; expected 0 or more",
    ]


def test_a_negative_start_is_still_refused_when_loaded() -> None:
    with pytest.raises(stancekit.ValidationError, match="less than the minimum of 0") as caught:
        stancekit.Document.from_dict(_example_with(start=-1))
    assert caught.value.path == "$.mentions[0].span.start"


# -- output folders (brat, CAS XMI): one run at a time, the name checked once --------------------------------------


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    documents = [stancekit.annotate(f"Greenpeace criticised plan {n}. The EU welcomed it.", id=f"d{n}") for n in (1, 2)]
    stancekit.dump_all(documents, path)
    return path


@pytest.mark.parametrize("to", ["brat", "cas"])
def test_a_folder_another_run_is_writing_is_refused(tmp_path: Path, corpus: Path, to: str) -> None:
    """A second run into a brat or CAS folder is refused, as for OUT.jsonl, and writes nothing there."""
    if to == "cas":
        pytest.importorskip("cassis")
    from stancekit._files import output_lock

    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "d1.ann").write_text("kept\n", encoding="utf-8")
    with output_lock(folder):
        err = refused("convert", corpus, folder, "--to", to, "--force", code=2)
    assert err == (
        f"stancekit: error: {folder}: another run is writing it (process {os.getpid()}); "
        "wait for that run to end, or choose another output\n"
    )
    assert sorted(path.name for path in folder.iterdir()) == ["d1.ann"]
    assert (folder / "d1.ann").read_text(encoding="utf-8") == "kept\n"
    code, _, err = run("convert", corpus, folder, "--to", to, "--force")  # once that run ends, it goes through
    assert (code, err.count("error")) == (0, 0), err
    assert not (tmp_path / "out.lock").exists()


def test_a_refused_run_leaves_the_folder_the_other_run_writes(tmp_path: Path, corpus: Path) -> None:
    """Trap: the refused run must not remove the folder, even if it made it, under the run that holds it."""
    from stancekit._files import output_lock

    folder = tmp_path / "new"
    with output_lock(folder):
        refused("convert", corpus, folder, "--to", "brat", code=2)
        assert folder.is_dir()


def test_two_runs_into_one_brat_folder_never_mix_their_files(tmp_path: Path) -> None:
    """Real runs at once, of different texts under the same ids: every .ann stands beside its own .txt."""
    inputs = []
    for run_number in range(4):
        path = tmp_path / f"c{run_number}.jsonl"
        texts = [f"Run {run_number}{'!' * run_number}: Greenpeace criticised plan {n}." for n in range(8)]
        stancekit.dump_all([stancekit.annotate(text, id=f"d{n}") for n, text in enumerate(texts)], path)
        inputs.append(path)
    folder = tmp_path / "out"
    commands = [
        [sys.executable, "-m", "stancekit", "convert", str(path), str(folder), "--to", "brat", "--force"]
        for path in inputs
    ]
    runs = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True) for command in commands]
    results = [(process.wait(), process.stderr.read() if process.stderr else "") for process in runs]
    for code, err in results:
        assert code == 0 or (code == 2 and "another run is writing it" in err), err
    assert any(code == 0 for code, _ in results)
    code, out, err = run("validate", folder)
    assert code == 0, out + err
    assert not (tmp_path / "out.lock").exists()


def test_a_folder_whose_parent_cannot_be_written_holds_its_own_lock(tmp_path: Path, monkeypatch) -> None:
    from stancekit import _files

    folder = tmp_path / "mounted"
    folder.mkdir()
    assert _files.lock_path(folder) == tmp_path / "mounted.lock"
    monkeypatch.setattr(_files.os, "access", lambda path, mode: False)
    assert _files.lock_path(folder) == folder / ".lock"
    _files.write_folder(folder, [("a.txt", "text")], purpose="the test")
    assert sorted(path.name for path in folder.iterdir()) == ["a.txt"]


def test_the_folder_name_is_checked_once(tmp_path: Path, monkeypatch) -> None:
    from stancekit import _files

    checked: list[Path] = []
    real = _files.check_name
    monkeypatch.setattr(_files, "check_name", lambda path: checked.append(Path(path)) or real(path))
    folder = tmp_path / "out"
    _files.write_folder(folder, [("a.txt", "text")], purpose="the test")
    assert checked.count(folder) == 1


def test_a_folder_name_too_long_is_refused_before_anything_is_made(tmp_path: Path, corpus: Path) -> None:
    folder = tmp_path / ("ñ" * 200)
    err = refused("convert", corpus, folder, "--to", "brat")
    assert "longer than the file system allows" in err and not os.path.exists(folder)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["corpus.jsonl"]


# -- a stance act: one pattern, the schema's ------------------------------------------------------------------------


def test_the_act_pattern_is_the_schemas_everywhere() -> None:
    from stancekit.schemas import _act_pattern, schema

    document = schema("document")["$defs"]["stance"]["properties"]["type"]["pattern"]
    cue = schema("rulepack")["$defs"]["stance_cue"]["properties"]["type"]["pattern"]
    assert _act_pattern().pattern == document == cue


def test_labelstudio_config_takes_its_acts_from_the_schema(monkeypatch, tmp_path: Path) -> None:
    """Were the schema to allow an act with a hyphen, --act would take one: there is no second copy to update."""
    import re

    from stancekit import schemas

    monkeypatch.setattr(schemas, "_act_pattern", lambda: re.compile(r"^[a-z][a-z0-9_-]*$"))
    code, out, err = run("labelstudio-config", "--act", "call-off")
    assert (code, err) == (0, "") and '<Choice value="call-off"/>' in out


@pytest.mark.parametrize("act", ["Lament", "call-for", "lament\n", ""])
def test_a_cue_of_no_act_a_document_can_hold_is_refused(act: str) -> None:
    """A cue type the schema would refuse on the stance it makes is refused in the pack, a final line break too."""
    from stancekit.annotate.stance_rules import compile_stance_rules
    from stancekit.errors import RulePackError

    cue = {"id": "stance.x.verb", "pattern": "lament", "pos": "verb", "polarity": "oppose", "type": act}
    with pytest.raises(RulePackError, match=r"\.cues\[0\]\.type: .*expected a lower_case act name"):
        compile_stance_rules([{"stance_cues": {"cues": [cue]}}], ["pack.json"])

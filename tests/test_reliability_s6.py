"""What a demanding user still met with files and formats, pinned: closed pipes, duplicate JSON keys, round trips."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit
import stancekit.formats
from stancekit import InputError, RulePackError, _files
from stancekit.annotate.rules import compile_rules
from stancekit.cli import CLOSED_PIPE, main, run
from stancekit.errors import _one_line

ROOT = Path(__file__).resolve().parent.parent
NATO = ROOT / "examples" / "data" / "china-blames-nato.json"
ARTICLE = "China blames NATO expansion. Russia welcomed the plan."


def run_cli(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(part) for part in argv])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


# -- a reader that stops early: `stancekit ... | head -1` ------------------------------------


def _into_closed_pipe(*argv: str | Path, cwd: Path) -> tuple[int, str]:
    """Run the command with its standard output a pipe whose reader has already gone; (exit code, stderr)."""
    reader, writer = os.pipe()
    os.close(reader)  # every write into the pipe now fails with EPIPE
    try:
        environment = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-m", "stancekit", *map(str, argv)],
            stdout=writer,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=environment,
            timeout=120,
        )
    finally:
        os.close(writer)
    return done.returncode, done.stderr.decode("utf-8")


@pytest.mark.parametrize(
    "argv",
    [
        ["annotate", "article.txt"],
        ["annotate", "article.txt", "--format", "table"],
        ["annotate", "article.txt", "-o", "/dev/stdout"],
        ["annotate", "corpus.jsonl"],
        ["validate", str(NATO)],
        ["validate", str(NATO), "--format", "json"],
        ["convert", str(NATO), "/dev/stdout", "--to", "jsonl"],
        ["eval", str(NATO), str(NATO)],
        ["eval", str(NATO), str(NATO), "--format", "json"],
        ["render", str(NATO)],
        ["labelstudio-config"],
    ],
    ids=lambda argv: " ".join(Path(part).name if os.sep in part else part for part in argv),
)
def test_a_closed_pipe_ends_every_command_silently_with_141(tmp_path: Path, argv: list[str]) -> None:
    """The reader has what it wanted: no traceback, no message, exit 141 (128 + SIGPIPE), as docs/cli.md says."""
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "corpus.jsonl").write_text(
        "".join(json.dumps({"id": f"d{index}", "text": ARTICLE}) + "\n" for index in range(3)), encoding="utf-8"
    )
    code, stderr = _into_closed_pipe(*argv, cwd=tmp_path)
    assert (code, stderr) == (CLOSED_PIPE, "")


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_run_returns_141_when_standard_output_is_a_closed_pipe() -> None:
    """``run`` itself, for programs that call it with their own streams: 141 and nothing on stderr."""
    from stancekit._commands import validate

    args = argparse.Namespace(module=validate, debug=False, files=[str(NATO)], format="text", text=None)
    errors = io.StringIO()
    assert run(args, _ClosedPipe(), errors) == CLOSED_PIPE
    assert errors.getvalue() == ""


def test_a_closed_pipe_is_141_even_with_debug(tmp_path: Path) -> None:
    """--debug shows tracebacks of errors; a reader that stopped early is none."""
    code, stderr = _into_closed_pipe("--debug", "validate", NATO, cwd=tmp_path)
    assert (code, stderr) == (CLOSED_PIPE, "")


def test_an_unwritable_output_is_still_an_error(tmp_path: Path) -> None:
    """Only a closed pipe is quiet: a folder that does not exist is one line and exit 1, as before."""
    code, _, err = run_cli("convert", NATO, tmp_path / "missing" / "out.jsonl")
    assert code == 1
    assert err.startswith("stancekit: error: ") and err.count("\n") == 1


# -- a key twice in one JSON object ----------------------------------------------------------

REPEATED = "is repeated in this object; expected each key once"


def _json_values() -> st.SearchStrategy[Any]:
    """JSON values: objects (no key twice, as dicts), arrays and scalars, a few levels deep."""
    scalars = st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(max_size=8)
    return st.recursive(
        scalars,
        lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4),
        max_leaves=20,
    )


def _objects(value: Any, path: str = "$") -> list[tuple[str, dict[str, Any]]]:
    """Every object in ``value`` with its JSON path, as stancekit's messages write paths."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(value, dict):
        found.append((path, value))
        for key, item in value.items():
            found.extend(_objects(item, f"{path}.{key}"))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_objects(item, f"{path}[{index}]"))
    return found


def _dumps_repeating(value: Any, target: str, key: str, extra: Any, path: str = "$") -> str:
    """``value`` as JSON, with ``key`` written once more (with ``extra``) at the end of the object at ``target``."""
    if isinstance(value, dict):
        pairs = [
            f"{json.dumps(name)}: {_dumps_repeating(item, target, key, extra, f'{path}.{name}')}"
            for name, item in value.items()
        ]
        if path == target:
            if key not in value:
                pairs.append(f"{json.dumps(key)}: {json.dumps(extra)}")
            pairs.append(f"{json.dumps(key)}: {json.dumps(extra)}")
        return "{" + ", ".join(pairs) + "}"
    if isinstance(value, list):
        return (
            "["
            + ", ".join(
                _dumps_repeating(item, target, key, extra, f"{path}[{index}]") for index, item in enumerate(value)
            )
            + "]"
        )
    return json.dumps(value)


@given(_json_values())
@settings(max_examples=100)
def test_json_without_a_repeated_key_reads_as_json_loads_reads_it(value: Any) -> None:
    """The check for repeated keys changes nothing for other JSON: same values, same key order."""
    text = json.dumps(value)
    parsed = _files.parse_json(text, "x.json")
    assert parsed == json.loads(text)
    assert json.dumps(parsed) == text


@given(_json_values(), st.data())
@settings(max_examples=100)
def test_a_repeated_key_anywhere_is_refused_naming_the_object_and_the_key(value: Any, data: st.DataObject) -> None:
    """Whatever the object and the key, one line names the file, the object's JSON path and the key."""
    objects = _objects(value)
    if not objects:
        value = {"wrapped": value}
        objects = _objects(value)
    path, target = data.draw(st.sampled_from(objects))
    key = data.draw(st.sampled_from(sorted(target)) if target else st.text(max_size=6))
    text = _dumps_repeating(value, path, key, data.draw(_json_values()))
    with pytest.raises(_files.RepeatedKeyError) as caught:
        _files.parse_json(text, "x.jsonl:7")
    assert caught.value.path == path
    assert caught.value.reason.startswith(f"the key {key!r} is repeated in this object; expected each key once")
    assert str(caught.value) == _one_line(f"x.jsonl:7: {path}: {caught.value.reason}")
    assert isinstance(caught.value, InputError)


def test_a_repeated_key_before_broken_json_is_still_named() -> None:
    """When the text breaks after the repeated key, the key is named without a path rather than the error lost."""
    with pytest.raises(_files.RepeatedKeyError, match=r"^x\.json: the key 'a' is repeated") as caught:
        _files.parse_json('[{"a": 1, "a": 2}, {"b": ', "x.json")
    assert caught.value.path == ""


def test_a_very_long_repeated_key_is_shortened() -> None:
    key = "k" * 5000
    with pytest.raises(_files.RepeatedKeyError) as caught:
        _files.parse_json(json.dumps({key: 1})[:-1] + f', "{key}": 2}}', "x.json")
    assert len(str(caught.value)) < 300 and "kkk…'" in str(caught.value)


@pytest.fixture
def repeated(tmp_path: Path) -> dict[str, Path]:
    """One file of each JSON kind a command reads, each with a key twice in one object."""
    document = json.loads(NATO.read_text(encoding="utf-8"))
    text = json.dumps(document, indent=2, ensure_ascii=False)
    # The first entity's id given twice: the second would silently win.
    twice = text.replace('"id": "e1",', '"id": "e1", "id": "e9",', 1)
    assert twice != text
    files = {"json": tmp_path / "doc.json", "jsonl": tmp_path / "docs.jsonl"}
    files["json"].write_text(twice, encoding="utf-8")
    good = json.dumps({**document, "id": "good"}, ensure_ascii=False)
    files["jsonl"].write_text(good + "\n" + "".join(twice.split("\n")) + "\n", encoding="utf-8")
    files["corpus"] = tmp_path / "corpus.jsonl"
    files["corpus"].write_text(
        json.dumps({"id": "a", "text": ARTICLE}) + "\n" + '{"id": "b", "text": "x", "text": "China blames NATO."}\n',
        encoding="utf-8",
    )
    files["pack"] = tmp_path / "pack.json"
    files["pack"].write_text('{"name": "mine", "titles": [], "name": "yours"}', encoding="utf-8")
    return files


def test_validate_names_the_line_the_path_and_the_key(repeated: dict[str, Path]) -> None:
    code, out, _ = run_cli("validate", repeated["jsonl"], repeated["json"])
    assert code == 1
    assert out.splitlines() == [
        f"{repeated['jsonl']}:2: $.entities[0]: the key 'id' {REPEATED} (other JSON readers would keep the last "
        "value and lose the others)",
        f"{repeated['json']}: $.entities[0]: the key 'id' {REPEATED} (other JSON readers would keep the last "
        "value and lose the others)",
    ]


def test_validate_json_report_puts_the_path_in_its_field(repeated: dict[str, Path]) -> None:
    code, out, _ = run_cli("validate", repeated["jsonl"], "--format", "json")
    assert code == 1
    [problem] = json.loads(out)["files"][0]["errors"]
    assert (problem["line"], problem["path"]) == (2, "$.entities[0]")
    assert problem["message"].startswith(f"the key 'id' {REPEATED}")


@pytest.mark.parametrize("kind", ["json", "jsonl"])
def test_convert_and_eval_refuse_a_repeated_key_in_one_line(
    repeated: dict[str, Path], tmp_path: Path, kind: str
) -> None:
    where = f"{repeated[kind]}:2" if kind == "jsonl" else str(repeated[kind])
    expected = f"stancekit: error: {where}: $.entities[0]: the key 'id' {REPEATED}"
    for argv in (["convert", repeated[kind], tmp_path / "out.jsonld"], ["eval", NATO, repeated[kind]]):
        code, _, err = run_cli(*argv)
        assert code == 1 and err.count("\n") == 1 and err.startswith(expected), argv
    assert not (tmp_path / "out.jsonld").exists()


def test_annotate_refuses_the_corpus_record_and_annotates_the_others(repeated: dict[str, Path]) -> None:
    code, out, err = run_cli("annotate", repeated["corpus"])
    assert code == 1
    assert err.startswith(f"stancekit: error: {repeated['corpus']}:2: $: the key 'text' {REPEATED}")
    assert err.count("\n") == 1
    assert json.loads(out)["id"] == "a"  # the one document annotated, as JSON


def test_a_corpus_run_lists_the_record_in_its_errors_file(repeated: dict[str, Path], tmp_path: Path) -> None:
    errors = tmp_path / "errors.jsonl"
    code, _, _ = run_cli("annotate", repeated["corpus"], "-o", tmp_path / "out.jsonl", "--errors", errors, "-q")
    assert code == 1
    [record] = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert record["line"] == 2 and record["reason"].startswith(f"$: the key 'text' {REPEATED}")


def test_a_rule_pack_with_a_repeated_key_is_refused(repeated: dict[str, Path]) -> None:
    with pytest.raises(RulePackError, match=rf"^{re.escape(str(repeated['pack']))}: \$: the key 'name' {REPEATED}"):
        compile_rules([repeated["pack"]])
    code, _, err = run_cli(
        "annotate", "--rules", repeated["pack"], NATO.with_name("menafn-2025-05-29-china-moscow-kiev.txt")
    )
    assert code == 1 and err.startswith(f"stancekit: error: {repeated['pack']}: $: the key 'name'")


@pytest.mark.parametrize("name", ["doc.jsonld", "doc.ls.json"])
def test_w3c_and_label_studio_files_with_a_repeated_key_are_refused(tmp_path: Path, name: str) -> None:
    written = tmp_path / name
    assert run_cli("convert", NATO, written)[0] == 0
    text = written.read_text(encoding="utf-8")
    written.write_text(text.replace('"id": ', '"id": "first", "id": ', 1), encoding="utf-8")
    code, _, err = run_cli("convert", written, tmp_path / "back.json")
    assert code == 1 and err.count("\n") == 1
    assert f"the key 'id' {REPEATED}" in err and err.startswith(f"stancekit: error: {written}: $")


def test_a_cas_meta_with_a_repeated_key_is_refused(tmp_path: Path) -> None:
    pytest.importorskip("cassis")
    written = tmp_path / "doc.xmi"
    document = stancekit.load(NATO)
    stancekit.formats.get("cas").dump(attrs.evolve(document, meta={"source": "x"}), written)
    text = written.read_text(encoding="utf-8")
    assert text.count("&quot;source&quot;: &quot;x&quot;") == 1
    written.write_text(
        text.replace("&quot;source&quot;: &quot;x&quot;", "&quot;source&quot;: &quot;x&quot;, &quot;source&quot;: 1"),
        encoding="utf-8",
    )
    with pytest.raises(stancekit.FormatError, match=rf"StancekitDocument meta: \$: the key 'source' {REPEATED}"):
        stancekit.formats.get("cas").load(written)


# -- a brat corpus moved between tools (the PolNeAR tryout) ----------------------------------

POLNEAR_TEXT = "Trump said the debate was rigged. Clinton leads."
POLNEAR_ANN = (
    "T1\tSource 0 5\tTrump\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 11 32\tthe debate was rigged\n"
    "T4\tAttribution 6 10\tsaid\n"
    "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
)


@pytest.fixture
def polnear_like(tmp_path: Path) -> tuple[Path, Path]:
    """A PolNeAR-shaped corpus: ARTICLE_ANNOTATOR.ann in one folder, ARTICLE.txt in another."""
    attributions, texts = tmp_path / "attributions", tmp_path / "text"
    attributions.mkdir()
    texts.mkdir()
    (texts / "article.txt").write_text(POLNEAR_TEXT, encoding="utf-8")
    (attributions / "article_ab12.ann").write_text(POLNEAR_ANN, encoding="utf-8")
    return attributions, texts


def test_validate_finds_brat_texts_with_text_as_convert_and_eval_do(polnear_like: tuple[Path, Path]) -> None:
    """The reader's message says 'give it with --text'; validate now takes it, as convert and eval do."""
    attributions, texts = polnear_like
    code, out, _ = run_cli("validate", attributions)
    assert code == 1 and "give it with --text" in out
    code, out, err = run_cli("validate", attributions, "--text", texts)
    assert (code, out, err) == (0, f"{attributions / 'article_ab12.ann'}: ok (1 document)\n", "")


def test_a_corpus_into_one_cas_file_names_the_files_and_what_is_expected(tmp_path: Path) -> None:
    pytest.importorskip("cassis")
    corpus = tmp_path / "corpus.jsonl"
    document = json.loads(NATO.read_text(encoding="utf-8"))
    corpus.write_text("".join(json.dumps({**document, "id": f"d{index}"}) + "\n" for index in range(3)))
    code, _, err = run_cli("convert", corpus, tmp_path / "out.xmi")
    assert code == 2
    assert err == (
        f"stancekit: error: {tmp_path / 'out.xmi'}: CAS XMI holds one document per file and {corpus} holds 3; "
        "expected a folder as OUTPUT for one .xmi per document (INCEpTION imports one per document), "
        "or an INPUT of one document\n"
    )
    assert not (tmp_path / "out.xmi").exists() and not (tmp_path / "TypeSystem.xml").exists()


def test_an_unknown_option_points_to_its_commands_help() -> None:
    code, _, err = run_cli("validate", NATO, "--txt", "texts")
    assert (code, err) == (
        2,
        "stancekit validate: error: unrecognized arguments: --txt texts; see 'stancekit validate --help'\n",
    )
    code, _, err = run_cli("--bogus", "validate", NATO)
    assert (code, err) == (2, "stancekit: error: unrecognized arguments: --bogus; see 'stancekit --help'\n")


def test_eval_with_no_pair_suggests_annotate(tmp_path: Path, polnear_like: tuple[Path, Path]) -> None:
    """Annotating the .txt files names documents after them, not after PolNeAR's ARTICLE_ANNOTATOR.ann."""
    attributions, texts = polnear_like
    predicted = tmp_path / "predicted.jsonl"
    assert run_cli("annotate", texts, "-o", predicted)[0] == 0
    code, _, err = run_cli("eval", attributions, predicted, "--text", texts)
    assert code == 1 and err.count("\n") == 1
    assert err.rstrip().endswith("give --annotate instead of PRED")
    code, out, err = run_cli("eval", attributions, "--text", texts, "--annotate", "--layers", "statements")
    assert (code, err) == (0, "") and "1 on both sides" in out


def test_annotate_refuses_a_folder_without_articles(polnear_like: tuple[Path, Path], tmp_path: Path) -> None:
    """A brat folder given to annotate wrote nothing and exited 0; now one line says what the folder holds."""
    attributions, _ = polnear_like
    expected = (
        f"stancekit: error: {attributions}: no .txt article under this folder (it holds .ann files); "
        "expected a folder of .txt articles\n"
    )
    assert run_cli("annotate", attributions) == (1, "", expected)
    code, _, err = run_cli("annotate", attributions, "-o", tmp_path / "out.jsonl")
    assert (code, err) == (1, expected) and not (tmp_path / "out.jsonl").exists()


def test_render_finds_a_brat_text_with_text(polnear_like: tuple[Path, Path], tmp_path: Path) -> None:
    """The reader's error says 'give it with --text'; render now takes it."""
    attributions, texts = polnear_like
    ann = attributions / "article_ab12.ann"
    assert run_cli("render", ann)[0] == 1
    code, _, err = run_cli("render", ann, "--text", texts, "-o", tmp_path / "page.html")
    assert (code, err) == (0, "")
    assert "the debate was rigged" in (tmp_path / "page.html").read_text(encoding="utf-8")


def test_a_stance_table_of_a_corpus_without_stances_says_why_it_is_empty(tmp_path: Path) -> None:
    """PolNeAR has statements only: its stance table is a header alone, and the summary says what gives rows."""
    document = stancekit.annotate('Mao Ning said: "We oppose the plan." Russia welcomed it.', id="talks")
    assert document.statements
    statements_only = tmp_path / "doc.json"
    stancekit.dump(attrs.evolve(document, stances=()), statements_only)
    code, out, _ = run_cli("convert", statements_only, tmp_path / "table.csv")
    assert code == 0 and out.rstrip().endswith("--table statements gives one row per statement")
    assert len((tmp_path / "table.csv").read_text(encoding="utf-8").splitlines()) == 1
    code, out, _ = run_cli("convert", statements_only, tmp_path / "rows.csv", "--table", "statements")
    assert code == 0 and out.rstrip().endswith(" 0 stances")


def test_labelstudio_config_reads_brat_files_with_text(polnear_like: tuple[Path, Path]) -> None:
    """Its FILEs are read by any reader; a brat file whose text is elsewhere needs --text, as elsewhere."""
    attributions, texts = polnear_like
    ann = attributions / "article_ab12.ann"
    assert run_cli("labelstudio-config", ann)[0] == 1
    code, out, err = run_cli("labelstudio-config", ann, "--text", texts)
    assert (code, err) == (0, "") and out.startswith("<View>")


# -- a corpus of stancekit documents, annotated afresh ----------------------------------------------------------------


def test_a_document_record_keeps_its_meta_and_loses_its_old_annotations() -> None:
    """Re-annotating a corpus that ``annotate`` or ``convert`` wrote: the record's layers are not its meta."""
    old = stancekit.annotate("Ana Ruiz said the port would reopen.", id="d1", source="Harbour Post")
    record = old.to_dict()
    [new] = stancekit.annotate_many([record])
    assert new.id == "d1"
    assert new.meta == {"source": "Harbour Post"}
    assert len(new.statements) == 1


def test_a_document_record_with_extra_keys_keeps_them_beside_its_meta() -> None:
    record = {"version": "1.0", "id": "d2", "text": "Ana Ruiz said no.", "meta": {"source": "A"}, "desk": "metro"}
    [new] = stancekit.annotate_many([record])
    assert new.meta == {"source": "A", "desk": "metro"}


def test_a_plain_record_s_meta_object_is_its_meta_not_meta_meta() -> None:
    """Without a layer too, a record's "meta" object is the document's meta, its other keys beside it."""
    [new] = stancekit.annotate_many([{"id": "d3", "text": "Ana Ruiz said no.", "meta": {"source": "A"}, "desk": "m"}])
    assert new.meta == {"source": "A", "desk": "m"}


def test_a_document_record_whose_meta_is_no_object_is_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text(
        json.dumps({"version": "1.0", "id": "bad", "text": "x", "meta": "notes", "stances": []}) + "\n",
        encoding="utf-8",
    )
    code, _out, err = run_cli("annotate", corpus)
    assert code == 1
    assert err.strip().splitlines() == [f"stancekit: error: {corpus}:1: $.meta: a string; expected an object"]

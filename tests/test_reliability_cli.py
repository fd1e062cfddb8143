"""Every command, fed hostile files, prints one line and exits 1 (invalid input) or 2 (usage), never a traceback."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from stancekit import StancekitError
from stancekit.cli import COMMANDS, main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "data" / "china-blames-nato.json"
GOOD_LINE = EXAMPLE.read_bytes().replace(b"\n", b"")

#: The inputs a new user might feed by mistake: name -> (file name, bytes, companion files).
HOSTILE_INPUTS: dict[str, tuple[str, bytes, dict[str, bytes]]] = {
    "empty": ("empty.json", b"", {}),
    "binary-garbage": ("garbage.json", bytes(range(256)) * 8 + b"\x00\xff" * 100, {}),
    "bom-then-broken": ("bom.json", b"\xef\xbb\xbf" + EXAMPLE.read_bytes()[:-20], {}),
    "200000-brackets": ("deep.json", b"[" * 200_000, {}),
    "nan": ("nan.json", GOOD_LINE.replace(b'"confidence": 1.0', b'"confidence": NaN'), {}),
    "5000-digit-offset": ("huge.json", GOOD_LINE.replace(b'"end": 5', b'"end": ' + b"9" * 5000), {}),
    "broken-ann": (
        "broken.ann",
        b"T1\tPerson 0 5\tChina\nT2\tOrganization 13 zz\tNATO\n#1 broken note without a target\nR1\tBlames Arg1:T1\n",
        {"broken.txt": b"China blames NATO expansion.\n"},
    ),
    "jsonl-broken-line": (
        "corpus.jsonl",
        GOOD_LINE + b"\n{broken\n" + GOOD_LINE.replace(b'"id": "doc"', b'"id": "doc2"', 1) + b"\n",
        {},
    ),
}


def _argv(command: str, source: Path, output: Path) -> list[str]:
    """How a user runs each command on one input file."""
    return {
        "validate": ["validate", str(source)],
        "convert": ["convert", str(source), str(output)],
        "render": ["render", str(source), "--output", str(output.with_suffix(".html"))],
        "eval": ["eval", str(source), str(source)],
    }.get(command, [command, str(source)])


#: The commands the issue names first, then every other command that reads a file.
COMMANDS_UNDER_TEST = ["validate", "convert", *sorted(set(COMMANDS) - {"validate", "convert", "annotate"})]


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
    return code, out.getvalue(), err.getvalue()


def _write_input(folder: Path, name: str) -> Path:
    file_name, data, companions = HOSTILE_INPUTS[name]
    for companion, content in companions.items():
        (folder / companion).write_bytes(content)
    source = folder / file_name
    source.write_bytes(data)
    return source


def _one_error_line(code: int, out: str, err: str, source: Path) -> str:
    """The single line a failing command printed, checked for form."""
    assert code in (1, 2), (code, out, err)
    assert "Traceback" not in out + err
    lines = [line for line in (out + err).splitlines() if line.strip()]
    assert len(lines) == 1, lines
    line = lines[0]
    assert source.name in line, line
    assert len(line) < 400, line
    return line


@pytest.mark.parametrize("name", sorted(HOSTILE_INPUTS))
@pytest.mark.parametrize("command", COMMANDS_UNDER_TEST)
def test_hostile_input_gets_one_line_and_exit_1(tmp_path: Path, command: str, name: str) -> None:
    """Each command on each hostile input: exit 1, exactly one line naming the file, nothing written."""
    if command not in COMMANDS:
        pytest.skip(f"stancekit {command} is not there yet")
    source = _write_input(tmp_path, name)
    output = tmp_path / "out" / "result.json"
    output.parent.mkdir()
    code, out, err = run_cli(*_argv(command, source, output))
    line = _one_error_line(code, out, err, source)
    assert code == 1, line
    assert list(output.parent.iterdir()) == []
    if command == "validate":
        assert line.startswith(str(source)), line
    else:
        assert line.startswith("stancekit: error: "), line


@pytest.mark.parametrize(
    "argv",
    [
        ["validate"],
        ["no-such-command"],
        ["validate", "--no-such-option", "x.json"],
        ["render"],
        ["convert"],
        ["convert", "{source}", "{output}", "--to", "no-such-format"],
        ["convert", "{source}", "{output}", "--from", "no-such-format"],
        ["convert", "{source}", "{source}"],
        ["convert", "{source}", "out.unknown-extension"],
        ["render", "{source}", "--from", "no-such-format"],
    ],
    ids=lambda argv: " ".join(argv),
)
def test_usage_errors_exit_2_without_a_traceback(tmp_path: Path, argv: list[str]) -> None:
    """Using a command wrongly exits 2 with a short message and no traceback."""
    if argv[0] in ("render", "convert") and argv[0] not in COMMANDS:
        pytest.skip(f"stancekit {argv[0]} is not there yet")
    source = tmp_path / "in.json"
    source.write_bytes(EXAMPLE.read_bytes())
    argv = [part.format(source=source, output=tmp_path / "out.json") for part in argv]
    code, out, err = run_cli(*argv)
    assert code == 2, (code, out, err)
    assert "Traceback" not in out + err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("stancekit") and "error: " in err, err


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    """``--debug`` lets the StancekitError through, so its traceback is shown."""
    source = _write_input(tmp_path, "nan")
    command = next(name for name in ("convert", "render", "eval") if name in COMMANDS)
    with pytest.raises(StancekitError, match="NaN"):
        main(["--debug", *_argv(command, source, tmp_path / "out.json")])


@pytest.mark.parametrize("name", ["200000-brackets", "binary-garbage", "jsonl-broken-line"])
def test_the_installed_command_prints_one_line(tmp_path: Path, name: str) -> None:
    """The real ``stancekit`` process: one line, exit 1, for validate and convert alike."""
    source = _write_input(tmp_path, name)
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    for command in ("validate", "convert"):
        if command not in COMMANDS:
            continue
        output = tmp_path / "out" / "result.json"
        output.parent.mkdir(exist_ok=True)
        done = subprocess.run(
            [sys.executable, "-m", "stancekit", *_argv(command, source, output)],
            capture_output=True,
            text=True,
            timeout=120,
            env=environment,
            cwd=tmp_path,
            check=False,
        )
        _one_error_line(done.returncode, done.stdout, done.stderr, source)
        assert done.returncode == 1


def test_validate_reads_every_readable_format_by_its_extension(tmp_path: Path) -> None:
    """``stancekit validate`` checks brat, W3C, Label Studio and CAS files through their readers, not as JSON."""
    from stancekit.formats import FORMATS, get
    from stancekit.formats import json as json_format

    document = json_format.load(EXAMPLE)
    names = []
    for name in ("brat", "w3c", "labelstudio", "cas"):
        if name not in FORMATS:
            continue
        module = get(name)
        path = tmp_path / f"doc{module.EXTENSIONS[0]}"
        module.dump(document, path)
        names.append(str(path))
    code, out, err = run_cli("validate", *names)
    assert code == 0, out + err
    assert out.splitlines() == [f"{name}: ok (1 document)" for name in names]
    _write_input(tmp_path, "broken-ann")
    code, out, _ = run_cli("validate", str(tmp_path / "broken.ann"))
    assert code == 1
    assert out.startswith(f"{tmp_path / 'broken.ann'}:2: T2: ")


# -- "-" is standard output, never a file named "-" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "starts"),
    [
        (["annotate", "NEWS.txt", "-o", "-"], "{"),
        (["annotate", "NEWS.txt", "-o", "-", "--format", "jsonl"], '{"version"'),
        (["render", str(EXAMPLE), "-o", "-"], "<!DOCTYPE html>"),
        (["labelstudio-config", "-o", "-"], "<View>"),
    ],
)
def test_dash_as_output_is_standard_output(tmp_path, monkeypatch, argv, starts):
    """-o - wrote a file named "-" in the current folder (which the next -o - then refused as existing)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "NEWS.txt").write_text("Rosa Pell said the bridge was unsafe.\n", encoding="utf-8")
    for _ in range(2):
        code, out, err = run_cli(*argv)
        assert (code, err) == (0, "") and out.startswith(starts)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["NEWS.txt"]


def test_dash_as_the_errors_file_reports_on_standard_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus.jsonl").write_text('{"id": "a", "text": "Rosa Pell said no."}\n[1]\n', encoding="utf-8")
    code, _, err = run_cli("annotate", "corpus.jsonl", "-o", "out.jsonl", "--errors", "-", "--quiet")
    assert code == 1 and err.startswith("stancekit: error: corpus.jsonl:2: $: an array")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["corpus.jsonl", "out.jsonl"]


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (
            ["eval", "-", "-"],
            2,
            "standard input (-) can be read only once; name it once",
        ),
        (
            ["validate", "-", "-"],
            2,
            "standard input (-) can be read only once; name it once",
        ),
        (
            ["render", "-", "--from", "brat"],
            2,
            "-: brat annotations need their .txt file beside them; expected an .ann file, not standard input",
        ),
        (
            ["convert", "-", "out.jsonl", "--text", "texts"],
            2,
            "--text applies to brat input only, and standard input is not read as brat; expected no --text",
        ),
    ],
)
def test_dash_where_a_command_takes_only_files_says_so(tmp_path, monkeypatch, argv, code, message):
    """convert wrote a file named "-" (and then read it back as INPUT "-"); the readers said only "-: no such file"."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text("China blames NATO.", encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(EXAMPLE.read_bytes()), encoding="utf-8"))
    assert run_cli(*argv) == (code, "", f"stancekit: error: {message}\n")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["x.txt"]


_RULES_DASH = (
    "--rules -: standard input is read only as a command's input, not as a rule pack; "
    "expected --rules PACK.json (./- names a file called -)"
)
_TEXT_DASH = (
    "--text -: standard input is read only as a command's input, not as a brat text; "
    "expected --text ARTICLE.txt, or a folder of texts (./- names a file called -)"
)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["annotate", "x.txt", "--rules", "-"], _RULES_DASH),
        (["annotate", "-", "--rules", "-"], _RULES_DASH),
        (["annotate", "x.txt", "--rules", "pack.json", "--rules", "-", "-o", "out.jsonl"], _RULES_DASH),
        (["eval", "gold.json", "--annotate", "--rules", "-"], _RULES_DASH),
        (["eval", "x.ann", "x.ann", "--text", "-"], _TEXT_DASH),
        (["eval", "x.ann", "-", "--text", "-"], _TEXT_DASH),
        (["eval", "x.ann", "--annotate", "--text", "-"], _TEXT_DASH),
        (["validate", "x.ann", "--text", "-"], _TEXT_DASH),
        (["convert", "x.ann", "out.json", "--text", "-"], _TEXT_DASH),
        (["convert", "-", "out.json", "--text", "-"], _TEXT_DASH),
        (["render", "x.ann", "--text", "-"], _TEXT_DASH),
        (["labelstudio-config", "x.ann", "--text", "-"], _TEXT_DASH),
    ],
)
def test_dash_as_a_rule_pack_or_a_brat_text_is_refused_before_anything_is_read(tmp_path, monkeypatch, argv, message):
    """--rules - and --text - looked for a file named "-": "-: no such file" (exit 1), and with such a file in the
    folder it was read without a word, where standard input was meant. Standard input is a command's input only
    (a rule pack or a text is a file a resumed run reads again, and the input may be standard input already): one
    line, exit 2, standard input left unread and nothing written, whether a file "-" is there or not."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text("China blames NATO.", encoding="utf-8")
    (tmp_path / "x.ann").write_text("T1\tPerson 0 5\tChina\n", encoding="utf-8")
    (tmp_path / "gold.json").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "pack.json").write_text('{"name": "mine"}', encoding="utf-8")
    before = sorted(path.name for path in tmp_path.iterdir())
    for dash_file in (None, "China blames NATO."):
        if dash_file is not None:
            (tmp_path / "-").write_text(dash_file, encoding="utf-8")
        stdin = io.TextIOWrapper(io.BytesIO(EXAMPLE.read_bytes()), encoding="utf-8")
        monkeypatch.setattr("sys.stdin", stdin)
        assert run_cli(*argv) == (2, "", f"stancekit: error: {message}\n")
        assert stdin.read() == EXAMPLE.read_text(encoding="utf-8")
        assert sorted(path.name for path in tmp_path.iterdir()) == sorted([*before, *(["-"] if dash_file else [])])


def test_dot_slash_dash_still_names_a_file_called_dash(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.ann").write_text("T1\tPerson 0 5\tChina\n", encoding="utf-8")
    (tmp_path / "-").write_text("China blames NATO.", encoding="utf-8")
    code, _, err = run_cli("convert", "x.ann", "out.json", "--text", "./-")
    assert (code, err) == (0, "") and json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["text"] == (
        "China blames NATO."
    )


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.parametrize("lines", [False, True], ids=["json", "jsonl"])
def test_every_command_that_reads_documents_reads_dash_as_standard_input(tmp_path, monkeypatch, lines):
    """Only annotate read -: `stancekit annotate a.txt | stancekit render -` said "-: no such file". Now validate,
    convert, eval, render and labelstudio-config read JSON or JSON Lines there, as they read the same file."""
    from stancekit import load_all
    from stancekit.formats import w3c

    monkeypatch.chdir(tmp_path)
    documents = list(load_all(EXAMPLE))
    if lines:
        documents = [*documents, attrs.evolve(documents[0], id="second")]
        data = "".join(json.dumps(document.to_dict()) + "\n" for document in documents).encode("utf-8")
        stored = tmp_path / "in.jsonl"
    else:
        data = EXAMPLE.read_bytes()
        stored = tmp_path / "in.json"
    stored.write_bytes(data)
    for argv in (
        ["validate", "{}"],
        ["render", "{}", "--id", documents[-1].id],
        ["eval", str(EXAMPLE), "{}", "--format", "json"],
        ["labelstudio-config", "{}"],
    ):
        from_file = run_cli(*[str(stored) if part == "{}" else part for part in argv])
        _stdin(monkeypatch, data)
        from_stdin = run_cli(*["-" if part == "{}" else part for part in argv])
        assert from_stdin == (from_file[0], from_file[1].replace(str(stored), "<stdin>"), from_file[2]), argv
        assert from_stdin[0] == 0, from_stdin
    _stdin(monkeypatch, data)
    assert run_cli("convert", "-", "out.w3c.json") == (
        0,
        f"<stdin> ({'jsonl' if lines else 'json'}) -> out.w3c.json (w3c): "
        + ("2 documents, 0 statements, 2 stances\n" if lines else "1 document, 0 statements, 1 stance\n"),
        "",
    )
    assert [document.id for document in w3c.load_all(tmp_path / "out.w3c.json")] == [doc.id for doc in documents]


def test_validate_reads_json_lines_on_standard_input_line_by_line(monkeypatch):
    """A bad line is reported with its number and the others are still checked, as in a .jsonl file."""
    _stdin(monkeypatch, b'{"id": "a", "text": "x"}\n\xff\n{"id": "b", "text": "y", "stances": 3}\n')
    code, out, err = run_cli("validate", "-")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "<stdin>:2: byte 0xff at offset 0 is not UTF-8 (the text reads as Windows-1252 or Latin-1: save it again as "
        "UTF-8); expected UTF-8 text",
        "<stdin>:3: $.stances: the number 3; expected an array",
    ]


@pytest.mark.parametrize(
    "argv",
    [
        ["annotate", "NEWS.txt", "-o", "new/"],
        ["annotate", "corpus.jsonl", "-o", "new/"],
        ["annotate", "corpus.jsonl", "-o", "out.jsonl", "--errors", "new/"],
        ["render", str(EXAMPLE), "-o", "new/"],
        ["labelstudio-config", "-o", "new/"],
    ],
)
def test_an_output_name_ending_in_a_slash_is_refused_not_written_as_a_file(tmp_path, monkeypatch, argv):
    """-o new/ (a folder, to the user) wrote a file named "new": the slash was dropped on the way."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "NEWS.txt").write_text("Rosa Pell said the bridge was unsafe.\n", encoding="utf-8")
    (tmp_path / "corpus.jsonl").write_text('{"id": "a", "text": "Rosa Pell said no."}\n', encoding="utf-8")
    assert run_cli(*argv) == (
        2,
        "",
        "stancekit: error: new/: ends in /, so it names a folder; expected a file name to write\n",
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["NEWS.txt", "corpus.jsonl"]


@pytest.mark.parametrize(
    ("argv", "shown"),
    [
        (["render", ""], "DOC"),
        (["eval", "", "gold.json"], "GOLD"),
        (["eval", "gold.json", ""], "PRED"),
        (["validate", "gold.json", ""], "FILE"),
        (["labelstudio-config", ""], "FILE"),
        (["convert", "x.ann", "out.json", "--text", ""], "--text"),
        (["convert", "gold.json", ""], "OUTPUT"),
        (["annotate", ""], "INPUT"),
        (["annotate", "x.txt", "--rules", ""], "--rules"),
        (["annotate", "x.txt", "-o", ""], "--output"),
    ],
)
def test_an_empty_file_name_is_refused_not_read_as_the_current_folder(tmp_path, monkeypatch, argv, shown):
    """`stancekit render "$DOC"` with DOC unset: Path("") is the current folder, so render and eval read every
    annotation file there (render said another file was broken), and --text '' looked there for the texts."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text("China blames NATO.", encoding="utf-8")
    (tmp_path / "x.ann").write_text("T1\tPerson 0 5\tChina\n", encoding="utf-8")
    (tmp_path / "gold.json").write_bytes(EXAMPLE.read_bytes())
    before = sorted(path.name for path in tmp_path.iterdir())
    assert run_cli(*argv) == (
        2,
        "",
        f"stancekit: error: {shown} is '', which names no file (an unset shell variable gives it); "
        "expected a file or folder name\n",
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == before


@pytest.mark.skipif(sys.platform == "win32", reason="needs symbolic links")
@pytest.mark.parametrize("argv", [["annotate", "x.txt"], ["eval", "gold.json", "--annotate"]])
def test_a_rule_pack_that_is_a_loop_of_links_is_named_in_one_line(tmp_path, monkeypatch, argv):
    """--rules LOOP (a link to itself) ended in a traceback, RuntimeError: Symlink loop, from resolving the path."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text("China blames NATO.", encoding="utf-8")
    (tmp_path / "gold.json").write_bytes(EXAMPLE.read_bytes())
    os.symlink("loop", tmp_path / "loop")
    code, out, err = run_cli(*argv, "--rules", "loop")
    assert (code, out) == (1, "")
    assert err.startswith("stancekit: error: loop: cannot be read (") and len(err.splitlines()) == 1

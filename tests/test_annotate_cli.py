"""``stancekit annotate``: inputs, formats, explanations, output files and errors."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from stancekit.cli import main

ARTICLE = (
    "Talks resume\n\nChinese Foreign Ministry spokeswoman Mao Ning stated on Tuesday that China welcomes the talks. "
    "“We hope for peace,” she said.\n"
)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_one_article_gives_one_json_document(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["annotate", str(article)], capsys)
    assert code == 0 and err == ""
    document = json.loads(out)
    assert document["id"] == "talks"
    assert [s["content"]["text"] for s in document["statements"]] == ["China welcomes the talks", "We hope for peace"]


def test_a_corpus_gives_json_lines_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [{"id": "b", "text": "Officials said it works.", "source": "wire"}, {"id": "a", "text": ""}]
    corpus.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    code, out, _ = run(["annotate", str(corpus)], capsys)
    documents = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [d["id"] for d in documents] == ["b", "a"]
    assert documents[0]["meta"] == {"source": "wire"}


def test_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Putin confirmed that Moscow is ready."))
    code, out, _ = run(["annotate", "-", "--format", "jsonl"], capsys)
    (line,) = out.splitlines()
    assert code == 0 and json.loads(line)["statements"][0]["content"]["text"] == "Moscow is ready"


def test_tables_show_speakers_and_statements(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["annotate", str(article), "--format", "table"], capsys)
    assert code == 0
    assert "Speakers and entities" in out and "Statements (2)" in out
    speaker_line = next(line for line in out.splitlines() if line.startswith("Mao Ning"))
    assert "person" in speaker_line and "spokeswoman" in speaker_line and "yes" in speaker_line


def test_explain_names_rules_and_words(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["annotate", str(article), "--explain"], capsys)
    assert code == 0 and json.loads(out)["id"] == "talks"  # the JSON stays clean
    assert "statement.cue.state" in err and "'stated'" in err and "entity.title" in err and "coref.pronoun" in err


def test_output_file_is_written_and_never_an_input(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_path = tmp_path / "out.json"
    code, out, _ = run(["annotate", str(article), "-o", str(out_path)], capsys)
    assert code == 0 and out == "" and json.loads(out_path.read_text(encoding="utf-8"))["id"] == "talks"
    code, _, err = run(["annotate", str(article), "-o", str(article)], capsys)
    assert code == 2 and "is also an input" in err
    assert article.read_text(encoding="utf-8") == ARTICLE


@pytest.mark.parametrize("corpus", [False, True], ids=["article", "corpus"])
def test_an_existing_output_is_replaced_only_with_force(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], corpus: bool
) -> None:
    """Without --force: exit 2, one line naming the file and --force, nothing written; with it, the new output."""
    source = article
    if corpus:
        source = tmp_path / "talks.jsonl"
        source.write_text(json.dumps({"id": "talks", "text": ARTICLE}) + "\n", encoding="utf-8")
    out_path = tmp_path / ("out.jsonl" if corpus else "out.json")
    out_path.write_text("precious", encoding="utf-8")
    code, out, err = run(["annotate", str(source), "-o", str(out_path), "--quiet" if corpus else "--explain"], capsys)
    assert (code, out) == (2, "")
    assert err == f"stancekit: error: {out_path}: exists; give --force to replace it, or choose another output\n"
    assert out_path.read_text(encoding="utf-8") == "precious"
    code, out, _ = run(["annotate", str(source), "-o", str(out_path), "--force"], capsys)
    assert code == 0 and out == ""
    written = out_path.read_text(encoding="utf-8")
    document = json.loads(written.splitlines()[0] if corpus else written)  # a corpus run writes JSON Lines
    assert document["id"] == "talks"


def test_user_rules(article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = tmp_path / "pack.json"
    pack.write_text(
        json.dumps({"entities": [{"key": "talks", "name": "The Talks", "type": "other", "aliases": ["Talks"]}]}),
        encoding="utf-8",
    )
    code, out, _ = run(["annotate", str(article), "--rules", str(pack)], capsys)
    assert code == 0 and "The Talks" in {entity["name"] for entity in json.loads(out)["entities"]}
    pack.write_text('{"entities": [{"key": 1}]}', encoding="utf-8")
    code, _, err = run(["annotate", str(article), "--rules", str(pack)], capsys)
    assert code == 1 and "$.entities[0]" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"id": "x"}\n', "$.text: is missing"),
        (b"not json\n", "not valid JSON"),
        (b'{"text": "\xff"}\n', "not UTF-8"),
    ],
)
def test_bad_corpus_lines_fail_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    corpus = tmp_path / "bad.jsonl"
    corpus.write_bytes(content)
    code, out, err = run(["annotate", str(corpus)], capsys)
    assert code == 1 and out == ""
    assert message in err and "bad.jsonl:1" in err and len(err.strip().splitlines()) == 1


def test_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["annotate", str(tmp_path / "nope.txt")], capsys)
    assert code == 1 and "no such file" in err


def test_a_json_file_is_refused_not_annotated_as_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A .json input is a slip (a document, not an article): usage error, nothing written."""
    document = tmp_path / "doc.json"
    document.write_text('{"id": "a", "text": "China backs the plan."}', encoding="utf-8")
    code, out, err = run(["annotate", str(document)], capsys)
    assert code == 2 and out == ""
    assert "is a .json file (a document); expected a .txt article or a .jsonl corpus" in err


@pytest.mark.parametrize(
    ("name", "holds"),
    [
        ("talks.ann", "brat annotations; its article is the .txt beside it"),
        ("talks.jsonld", "W3C annotations"),
        ("talks.w3c.json", "a document"),
        ("talks.ls.json", "a document"),
        ("TALKS.XMI", "a CAS XMI document"),
    ],
)
def test_an_annotation_file_of_any_format_is_refused_as_an_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, holds: str
) -> None:
    """A .json file was refused, but brat's .ann (given for the article beside it), W3C's .jsonld and CAS's .xmi
    were annotated as articles without a word: the annotation lines, offsets and XML read as news text."""
    annotations = tmp_path / name
    annotations.write_text("T1\tPerson 0 5\tChina\n", encoding="utf-8")
    code, out, err = run(["annotate", str(annotations)], capsys)
    assert (code, out) == (2, "")
    ending = name[name.rindex(".") :].lower()
    assert err == (
        f"stancekit: error: {annotations}: is a {ending} file ({holds}); "
        'expected a .txt article or a .jsonl corpus (one {"id", "text"} per line)\n'
    )


@pytest.mark.parametrize(
    "content", ["", "\n\n  \n", "\ufeff", "\ufeff\n\n"], ids=["empty", "blank-lines", "bom", "bom-blank-lines"]
)
@pytest.mark.parametrize("output", [None, "out.jsonl"], ids=["stdout", "corpus-run"])
def test_a_corpus_without_a_record_is_refused_as_an_empty_folder_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, output: str | None
) -> None:
    """An empty .jsonl printed nothing and exited 0 (with -o, an empty OUT.jsonl and "0 documents"), where a folder
    without an article is refused: a corpus that failed to export would pass down a pipeline unnoticed."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(content, encoding="utf-8")
    argv = ["annotate", str(corpus)] + (["-o", str(tmp_path / output)] if output else [])
    code, out, err = run(argv, capsys)
    assert (code, out) == (1, "")
    assert err == (
        f"stancekit: error: {corpus}: holds no records (no line that is not blank); "
        'expected one {"id", "text"} per line\n'
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["corpus.jsonl"]


@pytest.mark.parametrize(
    ("last", "code", "message"), [("doc.json", 2, "is a .json file"), ("gone.txt", 1, "no such file")]
)
def test_a_bad_last_input_is_refused_before_the_stream_starts(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, code: int, message: str
) -> None:
    """Several inputs stream to standard output as JSON Lines; a bad last one stops the run before any line."""
    if last.endswith(".json"):
        (tmp_path / last).write_text('{"id": "a", "text": "China backs the plan."}', encoding="utf-8")
    got, out, err = run(["annotate", str(article), str(article), str(tmp_path / last)], capsys)
    assert (got, out) == (code, "")
    assert f"{tmp_path / last}: {message}" in err and len(err.splitlines()) == 1


def test_the_commands_corpus_endings_are_the_jsonl_formats() -> None:
    """The command spells the endings out (so that --help imports no format); they must not drift apart."""
    from stancekit._commands._batch import CORPUS_EXTENSIONS
    from stancekit.formats import jsonl

    assert CORPUS_EXTENSIONS == jsonl.EXTENSIONS


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            b"Caf\xe9 owners said no.\n",
            "stancekit: error: <stdin>: byte 0xe9 at offset 3 is not UTF-8 (the text reads as Windows-1252 or "
            "Latin-1: save it again as UTF-8); expected UTF-8 text\n",
        ),
        (
            b'{"text": "Caf\xe9 owners said no."}\n{"text": "The minister said no."}\n',
            "stancekit: error: <stdin>:1: byte 0xe9 at offset 13 is not UTF-8 (the text reads as Windows-1252 or "
            "Latin-1: save it again as UTF-8); expected UTF-8 text\n",
        ),
    ],
    ids=["text", "json-lines"],
)
def test_standard_input_that_is_not_utf8_is_named_by_its_byte(data: bytes, expected: str) -> None:
    """Not a traceback (JSON Lines) nor "a lone surrogate in $.text" (a text): the byte, as for a file."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    environment = {**os.environ, "PYTHONPATH": str(root), "PYTHONIOENCODING": "", "LC_ALL": "C.UTF-8"}
    process = subprocess.run(
        [sys.executable, "-m", "stancekit", "annotate", "-"], input=data, capture_output=True, env=environment
    )
    assert process.stderr.decode("utf-8") == expected
    assert process.returncode == 1
    if b"\n{" in data:  # the other record is annotated all the same
        assert json.loads(process.stdout)["id"] == "stdin-2"


def test_a_corpus_on_standard_output_is_written_as_it_is_annotated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each line is out before the next record is annotated (after the first two, which tell JSON from JSON Lines)."""
    from stancekit._commands import annotate as command

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": str(n), "text": "Officials said it works."}) + "\n" for n in range(5)))
    out = io.StringIO()
    written_before: list[int] = []
    real = command.annotate_record

    def annotate_record(record: dict[str, object], rules: list[str]) -> object:
        written_before.append(out.getvalue().count("\n"))
        return real(record, rules)

    monkeypatch.setattr(command, "annotate_record", annotate_record)
    monkeypatch.setattr("sys.stdout", out)
    assert main(["annotate", str(corpus)]) == 0
    assert written_before == [0, 0, 2, 3, 4]
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["0", "1", "2", "3", "4"]


def test_one_record_of_a_corpus_is_still_one_json_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "only", "text": "Officials said it works."}) + "\n{broken\n", encoding="utf-8")
    code, out, err = run(["annotate", str(corpus)], capsys)
    assert code == 1 and "corpus.jsonl:2" in err
    assert json.loads(out)["id"] == "only"


# -- an article with nothing to annotate -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "what"), [("", "is empty"), (" \n\t\n\u00a0", "holds only whitespace")])
def test_an_empty_article_gives_its_empty_document_and_one_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, what: str
) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(["annotate", str(path)], capsys)
    assert code == 0
    assert err == (
        f"stancekit: warning: {path}: the article {what}, so its document has no annotations; "
        "expected the text of an article\n"
    )
    document = json.loads(out)
    assert (document["id"], document["text"], document["statements"], document["stances"]) == ("blank", text, [], [])


def test_a_folder_of_articles_leaves_out_hidden_files_and_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Jupyter's .ipynb_checkpoints/a-checkpoint.txt was annotated as a document of its own, .git walked through."""
    folder = tmp_path / "articles"
    for hidden in (".ipynb_checkpoints", ".git"):
        (folder / hidden).mkdir(parents=True)
        (folder / hidden / "a-checkpoint.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / ".draft.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(["annotate", str(folder)], capsys)
    assert (code, err, json.loads(out)["id"]) == (0, "", "a")
    output = tmp_path / "out.jsonl"
    code, _, err = run(["annotate", str(folder), "-o", str(output), "-q"], capsys)
    assert (code, err) == (0, "")
    assert [json.loads(line)["id"] for line in output.read_text(encoding="utf-8").splitlines()] == ["a"]


def test_warnings_for_empty_articles_stop_at_ten_and_one_line_counts_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A corpus of 300 empty texts (an export that failed) printed 300 warnings, burying the other messages."""
    corpus = tmp_path / "corpus.jsonl"
    records = [{"id": f"e{index}", "text": "" if index % 2 else " "} for index in range(300)]
    records.insert(150, {"id": "full", "text": ARTICLE})
    corpus.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    what = ("holds only whitespace", "is empty")
    expected = [
        f"stancekit: warning: {corpus}:{number}: the article {what[(number - 1) % 2]}, so its document has no "
        "annotations; expected the text of an article"
        for number in range(1, 11)
    ] + [
        "stancekit: warning: and 290 more articles with nothing to annotate (300 in all), not named; "
        "each has its document, with no annotations"
    ]
    code, out, err = run(["annotate", str(corpus)], capsys)
    assert (code, err.splitlines()) == (0, expected)
    assert len(out.splitlines()) == 301
    output = tmp_path / "out.jsonl"
    code, _, err = run(["annotate", str(corpus), "-o", str(output), "-q"], capsys)
    assert (code, err.splitlines()) == (0, expected)
    assert len(output.read_text(encoding="utf-8").splitlines()) == 301


def test_an_empty_article_is_named_in_a_folder_on_standard_input_and_in_a_corpus_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every way an article comes in warns alike, naming where it came from; the others are annotated quietly."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "full.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "void.txt").write_text("   \n", encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": ARTICLE}) + "\n" + json.dumps({"id": "b", "text": ""}) + "\n")
    warning = "the article {}, so its document has no annotations; expected the text of an article"
    code, out, err = run(["annotate", str(folder)], capsys)
    assert (code, err) == (0, f"stancekit: warning: {folder}/void.txt: {warning.format('holds only whitespace')}\n")
    assert len(out.splitlines()) == 2
    for jobs in ("1", "2"):
        output = tmp_path / f"out{jobs}.jsonl"
        code, _, err = run(["annotate", str(corpus), "-o", str(output), "-q", "-j", jobs], capsys)
        assert (code, err) == (0, f"stancekit: warning: {corpus}:2: {warning.format('is empty')}\n")
        assert [json.loads(line)["text"] for line in output.read_text(encoding="utf-8").splitlines()] == [ARTICLE, ""]
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, err = run(["annotate", "-"], capsys)
    assert (code, err) == (0, f"stancekit: warning: <stdin>: {warning.format('is empty')}\n")
    assert json.loads(out)["text"] == ""


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes a file name of any bytes")
def test_an_article_whose_name_is_not_utf8_is_named_and_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Latin-1 name (café.txt saved by an old tool) said only "$.id: holds a lone surrogate (U+DCE9) at offset 3":
    neither the file nor that the id is its name."""
    named = tmp_path / os.fsdecode(b"caf\xe9.txt")
    named.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(["annotate", str(named)], capsys)
    assert (code, out) == (1, "")
    assert err == (
        f"stancekit: error: {tmp_path}/caf\\xe9.txt: the file name is not UTF-8 (byte 0xe9), "
        "and the document's id is the file's name; expected a UTF-8 name: rename the file\n"
    )


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes a file name of any bytes")
def test_a_folder_article_whose_name_is_not_utf8_is_one_bad_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In a folder it ended the run after the documents before it, with "$.id: holds a lone surrogate" and no file
    named; now it is one record reported, as a corpus run into a file reports it, and the others are written."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(ARTICLE, encoding="utf-8")
    (folder / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(["annotate", str(folder), "--format", "jsonl"], capsys)
    assert code == 1 and [json.loads(line)["id"] for line in out.splitlines()] == ["talks"]
    assert err == (
        f"stancekit: error: {folder}/caf\\xe9.txt: the file name is not UTF-8 (byte 0xe9), "
        "and the document's id is the file's name; expected a UTF-8 name: rename the file\n"
    )


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes a file name of any bytes")
@pytest.mark.parametrize("errors", [False, True], ids=["reported", "errors-file"])
def test_a_corpus_run_reports_an_article_whose_name_is_not_utf8_as_one_bad_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], errors: bool
) -> None:
    """A folder annotated into a file (a corpus run) said "$.id: holds a lone surrogate" of such a name, and with
    --errors ended in a traceback (UnicodeEncodeError writing the name to the errors file); a resumed run reads
    the record back and does not report it again."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(ARTICLE, encoding="utf-8")
    (folder / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    output, errors_file = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    argv = ["annotate", str(folder), "-o", str(output)] + (["--errors", str(errors_file)] if errors else [])
    code, _, err = run(argv, capsys)
    assert code == 1
    assert [json.loads(line)["id"] for line in output.read_text(encoding="utf-8").splitlines()] == ["talks"]
    reason = (
        "the file name is not UTF-8 (byte 0xe9), and the document's id is the file's name; "
        "expected a UTF-8 name: rename the file"
    )
    if not errors:
        assert f"stancekit: error: {folder}/caf\\xe9.txt: {reason}\n" in err
        return
    assert "Traceback" not in err
    records = [json.loads(line) for line in errors_file.read_text(encoding="utf-8").splitlines()]
    assert records == [{"file": "caf\\xe9.txt", "id": None, "reason": reason}]
    # Resumed, the bad record is known: it is neither tried nor written again.
    output.unlink()
    errors_file.rename(errors_file.with_name("errors.jsonl.partial"))
    output.with_name("out.jsonl.partial").write_text("", encoding="utf-8")
    run([*argv, "--resume"], capsys)
    assert [json.loads(line) for line in errors_file.read_text(encoding="utf-8").splitlines()] == records


@pytest.mark.parametrize("name", [".json", ".ann", ".JSONLD"])
def test_an_annotation_file_named_only_by_its_ending_is_refused_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """A file named ".json" was refused before the annotation endings were read with splitext, which takes the whole
    name of a dot file for its stem, no ending: it was annotated as an article."""
    annotations = tmp_path / name
    annotations.write_text('{"id": "a", "text": "China backs the plan."}', encoding="utf-8")
    code, out, err = run(["annotate", str(annotations)], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"stancekit: error: {annotations}: is a {name.lower()} file (")


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes a file name of any bytes")
def test_a_bad_line_of_a_corpus_whose_name_is_not_utf8_names_it_as_a_shell_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every message passes through one writer: the name was shown with Python's stand-in ("caf\\udce9.jsonl"), which
    a stream that is strict UTF-8 cannot even write."""
    corpus = tmp_path / os.fsdecode(b"caf\xe9.jsonl")
    corpus.write_text('{"id": "a", "text": "The minister said no."}\nnot json\n', encoding="utf-8")
    code, out, err = run(["annotate", str(corpus), "--quiet"], capsys)
    assert code == 1 and json.loads(out)["id"] == "a"
    assert err == f"stancekit: error: {tmp_path}/caf\\xe9.jsonl:2: not valid JSON at column 1: Expecting value\n"
    assert "\udce9" not in err


def test_the_message_writer_leaves_other_text_alone() -> None:
    from stancekit._files import ShownNames, shown_text

    assert shown_text("café ’quoted’ \U0001f600") == "café ’quoted’ \U0001f600"
    assert shown_text(os.fsdecode(b"a\xe9\xff.txt")) == "a\\xe9\\xff.txt"
    stream = io.StringIO()
    ShownNames(stream).write(os.fsdecode(b"caf\xe9") + " said\n")
    assert stream.getvalue() == "caf\\xe9 said\n"

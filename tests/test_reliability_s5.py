"""What a demanding new user met on the command line and in files, pinned: devices, links, extensions, BOMs, ids."""

from __future__ import annotations

import contextlib
import io
import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit
from stancekit import InputError, RulePackError, _files
from stancekit.annotate.rules import compile_rules
from stancekit.cli import main
from stancekit.formats import json as json_format

ARTICLE = "China blames NATO expansion. Russia welcomed the plan."
BOM = b"\xef\xbb\xbf"


def run_cli(*argv: str | Path, stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
        if stdin is not None:
            stack.enter_context(_stdin(stdin))
        try:
            code = main([str(part) for part in argv])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


@contextlib.contextmanager
def _stdin(text: str):  # type: ignore[no-untyped-def]
    import sys

    saved = sys.stdin
    sys.stdin = io.StringIO(text)
    try:
        yield
    finally:
        sys.stdin = saved


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _corpus(path: Path, *records: object) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


# -- 3: devices, pipes and symbolic links as outputs -----------------------------------------------------


def test_a_fifo_output_is_written_into_without_force(article: Path, tmp_path: Path) -> None:
    """``-o FIFO`` writes the document into the pipe: no --force asked, no temporary file, the pipe stays a pipe."""
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    # A daemon: should the command not open the pipe, the blocked reader must not keep pytest from ending.
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, _, err = run_cli("annotate", article, "-o", fifo)
    reader.join(timeout=30)
    assert (code, err) == (0, "")
    assert json.loads(received[0])["id"] == "talks"
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["pipe", "talks.txt"]


def _null_device(tmp_path: Path) -> Path:
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, AttributeError, OSError):
        pytest.skip("making a character device needs root")
    return device


@pytest.mark.parametrize("force", [False, True], ids=["plain", "force"])
def test_a_character_device_is_never_replaced(article: Path, tmp_path: Path, force: bool) -> None:
    """``-o DEVICE`` (a copy of /dev/null), with or without --force: written through, and still a device after."""
    device = _null_device(tmp_path)
    code, _, err = run_cli("annotate", article, "-o", device, *(["--force"] if force else []))
    assert (code, err) == (0, "")
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_a_corpus_run_into_a_device_keeps_the_device(tmp_path: Path) -> None:
    """A corpus run streams into a device as it goes: no partial file, no rename over it."""
    device = _null_device(tmp_path)
    corpus = _corpus(tmp_path / "c.jsonl", {"id": "a", "text": ARTICLE})
    code, _, err = run_cli("annotate", corpus, "-o", device, "--force", "--quiet")
    assert (code, err) == (0, "")
    assert stat.S_ISCHR(os.stat(device).st_mode)
    assert not list(tmp_path.glob("*.partial"))


def test_paths_under_dev_are_written_through() -> None:
    """``/dev/stdout`` may be a file the shell opened: it is written into, never replaced."""
    assert _files.writes_through("/dev/stdout") or not os.path.exists("/dev/stdout")
    assert not _files.writes_through(__file__)


@pytest.mark.parametrize("corpus", [False, True], ids=["article", "corpus"])
def test_a_symlinked_output_replaces_the_file_it_points_to(article: Path, tmp_path: Path, corpus: bool) -> None:
    """``-o link.json --force``: the link stays a link, and the file it names holds the new document."""
    real = tmp_path / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real.name)
    source = _corpus(tmp_path / "c.jsonl", {"id": "a", "text": ARTICLE}) if corpus else article
    code, _, err = run_cli("annotate", source, "-o", link, "--force", "--quiet" if corpus else "--format=jsonl")
    assert (code, err) == (0, "")
    assert link.is_symlink() and os.readlink(link) == real.name
    assert json.loads(real.read_text(encoding="utf-8").splitlines()[0])["text"] == ARTICLE


def test_atomic_writer_through_a_link_leaves_no_temporary_file(tmp_path: Path) -> None:
    real = tmp_path / "sub" / "real.txt"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    _files.atomic_write(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"
    assert sorted(path.name for path in real.parent.iterdir()) == ["real.txt"]


# -- 5: annotate chooses json or jsonl from -o's extension ----------------------------------------------


def test_several_documents_into_a_json_file_are_a_json_array_that_validates(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("China blames NATO.", encoding="utf-8")
    second.write_text("Russia welcomed the plan.", encoding="utf-8")
    out = tmp_path / "two.json"
    code, _, err = run_cli("annotate", first, second, "-o", out)
    assert (code, err) == (0, "")
    assert [document["id"] for document in json.loads(out.read_text(encoding="utf-8"))] == ["a", "b"]
    assert run_cli("validate", out)[0] == 0


def test_a_corpus_into_a_json_file_is_an_array_and_a_single_article_into_jsonl_is_one_line(
    article: Path, tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", {"id": "a", "text": ARTICLE}, {"id": "b", "text": ARTICLE})
    code, _, _ = run_cli("annotate", corpus, "-o", tmp_path / "out.json", "--quiet")
    assert code == 0 and isinstance(json.loads((tmp_path / "out.json").read_text(encoding="utf-8")), list)
    code, _, _ = run_cli("annotate", article, "-o", tmp_path / "one.jsonl")
    lines = (tmp_path / "one.jsonl").read_text(encoding="utf-8").splitlines()
    assert code == 0 and len(lines) == 1 and json.loads(lines[0])["id"] == "talks"


@pytest.mark.parametrize("name", ["out.ann", "out.csv", "out.ls.json", "out.txt"])
def test_an_output_annotate_cannot_write_is_one_line_pointing_to_convert(
    article: Path, tmp_path: Path, name: str
) -> None:
    code, out, err = run_cli("annotate", article, "-o", tmp_path / name)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and "expected -o OUT.json or OUT.jsonl" in err
    if name != "out.txt":
        assert "stancekit convert OUT.jsonl" in err
    assert not (tmp_path / name).exists()


def test_format_and_extension_that_disagree_are_refused(article: Path, tmp_path: Path) -> None:
    code, _, err = run_cli("annotate", article, "-o", tmp_path / "x.json", "--format", "jsonl")
    assert code == 2 and "--format asks for jsonl" in err
    code, _, _ = run_cli("annotate", article, "-o", tmp_path / "tables.txt", "--format", "table")
    assert code == 0 and (tmp_path / "tables.txt").read_text(encoding="utf-8").startswith("# talks")


def test_a_folder_with_format_json_is_a_json_array(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("China blames NATO.", encoding="utf-8")
    (folder / "b.txt").write_text("Russia welcomed the plan.", encoding="utf-8")
    code, out, err = run_cli("annotate", folder, "--format", "json")
    assert (code, err) == (0, "")
    assert [document["id"] for document in json.loads(out)] == ["a", "b"]


# -- 16: repeated document ids -----------------------------------------------------------------------------


def test_annotate_warns_once_per_repeated_id(tmp_path: Path) -> None:
    corpus = _corpus(
        tmp_path / "c.jsonl", {"id": "a", "text": ARTICLE}, {"id": "a", "text": ARTICLE}, {"id": "b", "text": "x"}
    )
    for extra in ([], ["-o", str(tmp_path / "out.jsonl"), "--quiet"]):
        code, _, err = run_cli("annotate", corpus, *extra)
        assert code == 1  # written, but validate refuses the output: a failure, as a bad record is
        assert err.splitlines() == [
            "stancekit: warning: id 'a' names 2 documents; expected one id per document "
            "(validate refuses the output, and eval pairs documents by id)"
        ]


def test_the_same_article_twice_is_a_repeated_id(article: Path) -> None:
    code, out, err = run_cli("annotate", article, article)
    assert code == 1 and len(out.splitlines()) == 2 and "id 'talks' names 2 documents" in err


# -- 17: corpus errors do not depend on how the corpus is given --------------------------------------------


BAD_CORPUS = [{"id": "a", "text": ARTICLE}, {"id": 5.5, "text": "x"}, {"id": "c", "text": ARTICLE}]


@pytest.mark.parametrize("how", ["one", "one-o", "two", "stdin", "stdin-o"])
def test_a_bad_record_is_reported_and_the_others_are_written(tmp_path: Path, how: str) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", *BAD_CORPUS)
    out = tmp_path / "out.jsonl"
    argv: list[str | Path] = ["annotate"]
    argv += {"one": [corpus], "one-o": [corpus], "two": [corpus, corpus], "stdin": ["-"], "stdin-o": ["-"]}[how]
    if how.endswith("-o") or how == "two":
        argv += ["-o", out, "--quiet"]
    stdin = corpus.read_text(encoding="utf-8") if how.startswith("stdin") else None
    code, printed, err = run_cli(*argv, stdin=stdin)
    written = out.read_text(encoding="utf-8") if out.exists() else printed
    ids = [json.loads(line)["id"] for line in written.splitlines()]
    assert code == 1
    assert ids == (["a", "c", "a", "c"] if how == "two" else ["a", "c"])
    place = "<stdin>" if how.startswith("stdin") else str(corpus)
    assert f"stancekit: error: {place}:2: $.id: the number 5.5 is not a usable id" in err


# -- 12: a UTF-8 byte-order mark is dropped ---------------------------------------------------------------


def test_an_article_with_a_bom_is_annotated_without_it(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(BOM + ARTICLE.encode("utf-8"))
    code, out, err = run_cli("annotate", str(path))
    assert (code, err) == (0, "")
    assert json.loads(out)["text"] == ARTICLE


@pytest.mark.parametrize("name", ["doc.json", "corpus.jsonl"])
def test_json_and_json_lines_with_a_bom_are_read(tmp_path: Path, name: str) -> None:
    document = stancekit.annotate(ARTICLE, id="x")
    body = json_format.dumps(document) if name.endswith(".json") else json.dumps(document.to_dict())
    path = tmp_path / name
    path.write_bytes(BOM + body.encode("utf-8"))
    assert list(stancekit.load_all(path)) == [document]
    code, out, _ = run_cli("validate", path)
    assert code == 0 and out.endswith("ok (1 document)\n")


def test_a_corpus_and_standard_input_with_a_bom_are_annotated(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(BOM + json.dumps({"id": "a", "text": ARTICLE}).encode("utf-8") + b"\n")
    code, out, err = run_cli("annotate", corpus)
    assert (code, err) == (0, "") and json.loads(out)["id"] == "a"
    code, out, err = run_cli("annotate", "-", stdin="\ufeff" + ARTICLE)
    assert (code, err) == (0, "") and json.loads(out)["text"] == ARTICLE


@given(text=st.text(max_size=40))
@settings(max_examples=50, deadline=None)
def test_decode_drops_exactly_one_leading_bom(text: str) -> None:
    """``decode(BOM + bytes)`` is the text of the bytes; a mark inside the text is kept; ``keep`` keeps it."""
    data = text.encode("utf-8")
    assert _files.decode(BOM + data, "x") == text
    assert _files.decode(BOM + BOM + data, "x") == "\ufeff" + text
    assert _files.decode(BOM + data, "x", byte_order_mark="keep") == "\ufeff" + text


# -- 15: JSON error positions in one-line and truncated input ----------------------------------------------


#: What a JSON error adds when the text ends before the JSON does.
TRUNCATED = (
    " (the text ends before the JSON does: the file may be truncated, cut off while it was written);"
    " expected complete JSON"
)


def test_a_truncated_one_line_file_names_the_end_of_the_line(tmp_path: Path) -> None:
    path = tmp_path / "invalid.json"
    path.write_text('{"id": "a", "text": \n', encoding="utf-8")
    _, out, _ = run_cli("validate", path)
    assert out == f"{path}: not valid JSON at column 20: Expecting value{TRUNCATED}\n"


def test_a_long_line_cut_short_names_its_column_and_the_unterminated_string(tmp_path: Path) -> None:
    line = json.dumps({"id": "x", "text": "a" * 2000})[:-1]
    path = tmp_path / "longbad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    _, out, _ = run_cli("validate", path)
    assert out == f"{path}:1: not valid JSON at column {len(line) + 1}: Expecting ',' delimiter{TRUNCATED}\n"
    path.write_text(line[:-10] + "\n", encoding="utf-8")
    _, out, _ = run_cli("validate", path)
    assert out == f"{path}:1: not valid JSON at column 21: Unterminated string starting there{TRUNCATED}\n"


@given(cut=st.integers(min_value=1, max_value=60))
@settings(max_examples=40, deadline=None)
def test_a_cut_json_line_is_placed_on_its_own_line(cut: int) -> None:
    """Wherever a one-line document is cut, its newline kept, the column is json's for the line without its end."""
    line = json.dumps({"id": "x", "text": "China blames NATO.", "meta": {"a": [1, 2]}})[:cut]
    with pytest.raises(json.JSONDecodeError) as parsed:
        json.loads(line.rstrip())  # trailing blanks mean nothing; an error at the end is placed before them
    with pytest.raises(InputError) as caught:
        _files.parse_json(line + "\n", "f.jsonl:1")
    message = str(caught.value)
    assert message.startswith(f"f.jsonl:1: not valid JSON at column {parsed.value.colno}: ")
    assert message.endswith(TRUNCATED)  # every cut of a whole value ends before it does


# -- 7: eval with no document on both sides ---------------------------------------------------------------


def _one_document(path: Path, identifier: str) -> Path:
    document = stancekit.annotate("China blames NATO.", id=identifier)
    stancekit.dump(document, path)
    return path


@pytest.mark.parametrize("report", ["text", "json"])
def test_eval_with_nothing_paired_warns_and_exits_1(tmp_path: Path, report: str) -> None:
    gold = _one_document(tmp_path / "gold.json", "china")
    predicted = _one_document(tmp_path / "pred.json", "doc")
    code, out, err = run_cli("eval", gold, predicted, "--format", report)
    assert code == 1 and out  # the report is printed all the same
    assert err.startswith("stancekit: warning: no document id is on both sides (gold 'china', predicted 'doc')")
    assert len(err.splitlines()) == 1


def test_eval_with_a_pair_exits_0_without_a_warning(tmp_path: Path) -> None:
    gold = _one_document(tmp_path / "gold.json", "china")
    assert run_cli("eval", gold, gold)[0::2] == (0, "")


def test_a_one_sided_documents_empty_layer_shows_no_score(tmp_path: Path) -> None:
    """A gold-only document without statements shows ``-`` for statements, not the 1.000 of 'both empty'."""
    gold = tmp_path / "gold.json"
    stancekit.dump(stancekit.Document(id="g", text="Nothing here."), gold)
    predicted = _one_document(tmp_path / "pred.json", "p")
    _, out, _ = run_cli("eval", gold, predicted, "--layers", "statements,stances")
    row = next(line for line in out.splitlines() if line.startswith("g ") and "gold only" in line)
    assert "1.000" not in row and row.split()[1:3] == ["-", "-"]


# -- 16, 19: validate: repeated ids in one file, folders --------------------------------------------------


@pytest.mark.parametrize("name", ["out.jsonl", "out.json"])
def test_validate_reports_a_repeated_id_in_one_file(tmp_path: Path, name: str) -> None:
    documents = [stancekit.Document(id="a", text="x"), stancekit.Document(id="a", text="y")]
    path = tmp_path / name
    stancekit.dump_all(documents, path)
    code, out, _ = run_cli("validate", path)
    where = f"{path}:2: $.id" if name.endswith("l") else f"{path}: $[1].id"
    assert code == 1 and out.startswith(f"{where}: 'a' is also the id of ")


def test_validate_accepts_a_brat_folder(tmp_path: Path) -> None:
    (tmp_path / "brat").mkdir()
    document = stancekit.annotate("China blames NATO.", id="x")
    assert run_cli("convert", _one_document(tmp_path / "x.json", "x"), tmp_path / "brat/")[0] == 0
    code, out, _ = run_cli("validate", tmp_path / "brat")
    assert (code, out) == (0, f"{tmp_path / 'brat' / 'x.ann'}: ok (1 document)\n")
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, _ = run_cli("validate", empty)
    assert code == 1 and out.startswith(f"{empty}: no annotation files in this folder")
    assert document.id == "x"


# -- 18: Python API edges ----------------------------------------------------------------------------------


def test_dump_of_a_dict_is_a_type_error_saying_what_is_expected(tmp_path: Path) -> None:
    document = stancekit.annotate("China blames NATO.", id="x")
    with pytest.raises(TypeError, match=r"expected a stancekit\.Document \(Document\.from_dict"):
        stancekit.dump(document.to_dict(), tmp_path / "x.json")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"item 1: expected a stancekit\.Document"):
        stancekit.dump_all([document, "y"], tmp_path / "x.jsonl")  # type: ignore[list-item]
    with pytest.raises(TypeError, match="dump writes one"):
        stancekit.dump_all(document, tmp_path / "x.jsonl")  # type: ignore[arg-type]
    assert sorted(path.name for path in tmp_path.iterdir()) == []


def test_a_misspelt_pack_key_is_named() -> None:
    with pytest.raises(RulePackError, match=r"\$: unknown key 'nme' \(did you mean 'name'\?\)"):
        compile_rules([{"nme": "mine"}])
    with pytest.raises(RulePackError, match=r"\$\.titles\[0\]: unknown key 'bogus'"):
        compile_rules([{"name": "mine", "titles": [{"text": "Dr", "bogus": 1}]}])


# -- 19: docs and help -------------------------------------------------------------------------------------


def test_help_names_folders_and_format_names() -> None:
    from stancekit import formats
    from stancekit._commands.convert import READABLE, WRITABLE

    assert sorted(READABLE) == sorted(name for name in formats.FORMATS if hasattr(formats.get(name), "load"))
    assert sorted(WRITABLE) == sorted(name for name in formats.FORMATS if hasattr(formats.get(name), "dump"))
    _, out, _ = run_cli("annotate", "--help")
    assert "folder" in out
    _, out, _ = run_cli("convert", "--help")
    assert "labelstudio" in out and "dyads" in out


def test_span_join_example_of_the_data_model_page() -> None:
    text = "“We oppose it,” she said, “firmly.”"
    assert stancekit.Span.join(text, [(1, 13), (27, 34)]).text == "We oppose it firmly."


def test_a_regular_file_under_dev_shm_is_replaced_not_appended_to() -> None:
    shm = Path("/dev/shm")
    if not shm.is_dir() or not os.access(shm, os.W_OK):
        pytest.skip("no writable /dev/shm here")
    from stancekit._files import writes_through

    path = shm / f"stancekit-test-{os.getpid()}.json"
    path.write_text("{}", encoding="utf-8")
    try:
        assert not writes_through(path)
    finally:
        path.unlink()

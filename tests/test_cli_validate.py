"""``stancekit validate``: exit codes and one-line errors, tried as a user would."""

import io
import json

import pytest

from stancekit.cli import main

from .test_model import china_blames_nato


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exit_:
            code = exit_.code
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.json"
    path.write_text(json.dumps(china_blames_nato().to_dict(), ensure_ascii=False), encoding="utf-8")
    return path


def test_valid_file_exits_0(good):
    code, out, _ = run("validate", str(good))
    assert code == 0
    assert out == f"{good}: ok (1 document)\n"


def test_offset_past_the_end_exits_1_and_names_the_path(tmp_path):
    data = china_blames_nato().to_dict()
    data["stances"][0]["cue"]["end"] = 500
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run("validate", str(path))
    assert code == 1
    assert f"{path}: $.stances[0].cue.end: 500 is past the end of the text" in out


def test_jsonl_errors_name_the_line(tmp_path):
    good = json.dumps(china_blames_nato().to_dict())
    bad = china_blames_nato().to_dict()
    bad["entities"][0]["type"] = "planet"
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join([good, "{broken", json.dumps(bad), ""]), encoding="utf-8")
    code, out, _ = run("validate", str(path))
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"{path}:2: not valid JSON")
    assert lines[1].startswith(f"{path}:3: $.entities[0].type:")


def test_list_of_documents_errors_carry_the_index(tmp_path):
    data = [china_blames_nato().to_dict(), {"id": "x", "text": "t", "stances": [{}]}]
    path = tmp_path / "list.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run("validate", str(path))
    assert code == 1
    assert f"{path}: $[1].stances[0]:" in out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (bytes(range(256)) * 4, "is not UTF-8"),
        (b"\xef\xbb\xbf{", "not valid JSON at column 2"),  # the byte-order mark is dropped, not counted
        (b"[" * 200_000, "nested too deeply"),
        (b'{"id": "a", "text": "x", "meta": {"n": NaN}}', "NaN"),
        (b'{"id": "a", "text": "x", "sentences": [{"start": 0, "end": ' + b"9" * 5000 + b', "text": "x"}]}', "digits"),
    ],
    ids=["empty", "binary", "bom", "deep", "nan", "huge-int"],
)
def test_bad_input_gets_one_clear_line(tmp_path, content, expected):
    path = tmp_path / "input.json"
    path.write_bytes(content)
    code, out, err = run("validate", str(path))
    assert code == 1
    assert len(out.splitlines()) == 1
    assert out.startswith(f"{path}: ")
    assert expected in out
    assert "Traceback" not in out + err


def test_missing_file_is_one_line(tmp_path):
    code, out, _ = run("validate", str(tmp_path / "nope.json"))
    assert code == 1
    assert out.strip() == f"{tmp_path / 'nope.json'}: no such file"


def test_json_report_is_machine_readable(good, tmp_path):
    code, out, _ = run("validate", "--format", "json", str(good), str(tmp_path / "nope.json"))
    report = json.loads(out)
    assert code == 1
    assert report["valid"] is False
    assert [entry["valid"] for entry in report["files"]] == [True, False]
    assert report["files"][0]["documents"] == 1


def test_no_files_is_a_usage_error():
    code, _, err = run("validate")
    assert code == 2
    assert "required" in err


def test_an_offset_written_as_a_float_exits_1_and_load_refuses_it(tmp_path):
    """3.0 passes JSON Schema's "integer"; validate still reports it, and stancekit.load will not read the file."""
    import stancekit

    data = china_blames_nato().to_dict()
    data["stances"][0]["cue"]["start"] = float(data["stances"][0]["cue"]["start"])
    path = tmp_path / "float.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run("validate", str(path))
    assert code == 1
    start = data["stances"][0]["cue"]["start"]
    assert f"{path}: $.stances[0].cue.start: {start!r} is not an integer offset" in out
    with pytest.raises(stancekit.ValidationError, match=r"\$\.stances\[0\]\.cue\.start: .* is not an integer offset"):
        stancekit.load(path)


def test_a_huge_unexpected_key_is_reported_on_one_short_line(tmp_path):
    # Found by the fuzz test: the schema's message quoted a 5,000-character key in full.
    data = china_blames_nato().to_dict()
    key = "9" * 5000 + "version"
    data[key] = data.pop("version")
    path = tmp_path / "long-key.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run("validate", str(path))
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines and all(line.startswith(f"{path}:") and len(line) <= 500 for line in lines)
    assert "Additional properties are not allowed" in out
    code, out, _ = run("validate", "--format", "json", str(path))
    messages = [problem["message"] for entry in json.loads(out)["files"] for problem in entry["errors"]]
    assert messages and all(len(message) <= 500 for message in messages)


def test_an_article_given_instead_of_annotations_is_named_as_plain_text(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("China said it supports direct talks.\n", encoding="utf-8")
    code, out, _ = run("validate", str(article))
    assert code == 1
    assert out == (
        f"{article}: plain text, not annotations; expected .json, .jsonl or another annotation format "
        f"(to annotate an article: stancekit annotate {article})\n"
    )


def test_a_txt_file_holding_a_document_is_still_validated(good, tmp_path):
    renamed = tmp_path / "document.txt"
    renamed.write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, _ = run("validate", str(renamed))
    assert code == 0
    assert out == f"{renamed}: ok (1 document)\n"


UTF16_HINT = "without a byte-order mark: save it again as UTF-8"


@pytest.mark.parametrize("ascii_only", [True, False], ids=["ascii", "accents"])
@pytest.mark.parametrize(("encoding", "order"), [("utf-16-le", "little-endian"), ("utf-16-be", "big-endian")])
def test_utf16_json_without_a_byte_order_mark_is_named(tmp_path, ascii_only, encoding, order):
    """UTF-16 JSON with no mark: named as such, as annotate names such an article, whether or not it decodes."""
    path = tmp_path / "wide.json"
    path.write_bytes(json.dumps(china_blames_nato().to_dict(), ensure_ascii=ascii_only).encode(encoding))
    code, out, err = run("validate", str(path))
    assert (code, err) == (1, "")
    assert out.startswith(f"{path}: ") and f"NUL bytes, the first at offset {int(order == 'little-endian')} " in out
    assert out.endswith(f"(it looks like {order} UTF-16 {UTF16_HINT}); expected UTF-8 text\n")


@pytest.mark.parametrize("mark", [b"", b"\xff\xfe"], ids=["no-mark", "mark"])
def test_a_utf16_corpus_is_one_problem_not_one_a_line(tmp_path, mark):
    """A UTF-16 .jsonl is refused as a file; split at b"\\n", its lines would each fail for a reason of their own."""
    record = json.dumps(china_blames_nato().to_dict())
    path = tmp_path / "wide.jsonl"
    path.write_bytes(mark + f"{record}\n{record}\n{record}\n".encode("utf-16-le"))
    code, out, err = run("validate", str(path))
    assert (code, err) == (1, "")
    if mark:
        expected = "it is UTF-16 (the file starts with a UTF-16 byte-order mark); expected UTF-8 JSON Lines"
    else:
        expected = (
            f"NUL bytes from offset 1 (it looks like little-endian UTF-16 {UTF16_HINT}); expected UTF-8 JSON Lines"
        )
    assert out.startswith(f"{path}: {expected}") and len(out.splitlines()) == 1, out


def test_a_stray_nul_in_json_is_not_called_utf16(tmp_path):
    """Trap: one raw NUL in a JSON string is JSON's own error, not an encoding the file is not in."""
    path = tmp_path / "nul.json"
    path.write_bytes(b'{"id": "d", "text": "ab\x00"}')
    code, out, _ = run("validate", str(path))
    assert code == 1 and "Invalid control character" in out and "UTF-16" not in out and "binary" not in out


def test_a_folder_leaves_out_hidden_files_and_folders_and_names_what_it_holds_when_nothing_is_readable(tmp_path):
    """A notebook's .ipynb_checkpoints copy, or a .git folder, was validated as the user's files."""
    folder = tmp_path / "annotations"
    (folder / ".ipynb_checkpoints").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "a.json").write_text(json.dumps(china_blames_nato().to_dict()), encoding="utf-8")
    (folder / ".ipynb_checkpoints" / "a-checkpoint.json").write_text("{broken", encoding="utf-8")
    (folder / ".git" / "HEAD.json").write_text("{broken", encoding="utf-8")
    (folder / ".notes.json").write_text("{broken", encoding="utf-8")
    (folder / "README.md").write_text("not annotations", encoding="utf-8")
    assert run("validate", str(folder)) == (0, f"{folder / 'a.json'}: ok (1 document)\n", "")
    texts = tmp_path / "texts"
    (texts / ".git").mkdir(parents=True)
    (texts / "a.txt").write_text("China blames NATO.", encoding="utf-8")
    (texts / ".git" / "x.json").write_text("{}", encoding="utf-8")
    code, out, _ = run("validate", str(texts))
    assert (code, out) == (
        1,
        f"{texts}: no annotation files in this folder (it holds .txt files); "
        "expected files ending .ann, .json, .jsonl, .jsonld, .ls.json, .ndjson, .w3c.json, .xmi\n",
    )

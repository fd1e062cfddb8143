"""The command line and the library facing bad names and ids: one clear line, a non-zero exit, nothing lost."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import stancekit
from stancekit.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "data" / "china-blames-nato.json"
TOO_LONG = "ñ" * 200  # 400 bytes in UTF-8: past the 255 of every common file system


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(arg) for arg in argv])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def refused(*argv: str | Path, code: int = 1) -> str:
    got, out, err = run(*argv)
    assert got == code, (got, out, err)
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    return err


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "doc.json"
    path.write_bytes(EXAMPLE.read_bytes())
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ("annotate", "{article}", "-o", "{long}.json"),
        ("annotate", "{corpus}", "-o", "{long}.jsonl"),
        ("annotate", "{corpus}", "-o", "{tmp}/out.jsonl", "--errors", "{long}.jsonl"),
        ("convert", "{doc}", "{long}.jsonl"),
        ("convert", "{doc}", "{long}.ann"),
        ("convert", "{doc}", "{long}.csv"),
        ("convert", "{doc}", "{tmp}/{long}/doc.jsonl"),
        ("convert", "{doc}", "{long}", "--to", "brat"),
        ("render", "{doc}", "-o", "{long}.html"),
        ("labelstudio-config", "-o", "{long}.xml"),
    ],
)
def test_an_output_name_too_long_for_the_file_system_is_one_line(doc, tmp_path, argv):
    """The line names the path with the long part cut short, its size and the limit; nothing is written."""
    article = tmp_path / "article.txt"
    article.write_text("Maria Lopez said the bridge was unsafe.\n", encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "a", "text": "Tom Reyes said no."}\n', encoding="utf-8")
    values = {"article": article, "corpus": corpus, "doc": doc, "tmp": tmp_path, "long": tmp_path / TOO_LONG}
    before = sorted(tmp_path.iterdir())
    err = refused(*(part.format(**values) for part in argv))
    assert "longer than the file system allows" in err and "expected a shorter name" in err
    assert TOO_LONG not in err  # the name is shown cut short, so the line stays readable
    assert sorted(tmp_path.iterdir()) == before


def test_dump_to_a_name_too_long_raises_output_error(tmp_path):
    with pytest.raises(stancekit.OutputError, match=r"a name of 4\d\d bytes, longer than the file system allows"):
        stancekit.dump(stancekit.load(EXAMPLE), tmp_path / f"{TOO_LONG}.json")
    assert list(tmp_path.iterdir()) == []


def test_an_os_error_no_check_foresaw_is_one_line_naming_the_file(doc, tmp_path, monkeypatch):
    """The command line's last net: an OSError a command let through is one line with the file, exit 1."""
    import stancekit.formats.json as json_format

    def fails(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path / "elsewhere.lock"))

    monkeypatch.setattr(json_format, "dump", fails)
    err = refused("convert", doc, tmp_path / "copy.json")
    assert err == f"stancekit: error: {tmp_path / 'elsewhere.lock'}: Permission denied\n"
    with pytest.raises(PermissionError):
        main(["--debug", "convert", str(doc), str(tmp_path / "copy2.json")])


# -- a corpus record's own "meta" -------------------------------------------------------------------------------------


@pytest.mark.parametrize("layers", [{}, {"version": "1.0", "stances": []}])
def test_a_record_s_meta_object_joins_the_other_keys(tmp_path, layers):
    """A plain record and a stancekit document alike: no meta.meta, every value kept."""
    corpus = tmp_path / "c.jsonl"
    record = {"id": "k1", "text": "Lena Fisch said the dam was safe.", "meta": {"source": "Wire", "n": 2}, "desk": "x"}
    corpus.write_text(json.dumps({**record, **layers}) + "\n", encoding="utf-8")
    code, out, err = run("annotate", corpus, "--format", "jsonl")
    assert (code, err) == (0, "")
    assert json.loads(out)["meta"] == {"source": "Wire", "n": 2, "desk": "x"}


@pytest.mark.parametrize("layers", [{}, {"version": "1.0"}])
def test_a_meta_key_given_twice_is_refused_not_lost(tmp_path, layers):
    corpus = tmp_path / "c.jsonl"
    lines = [
        {"id": "k1", "text": "Lena Fisch said no.", "meta": {"source": "Wire"}, "source": "Desk", **layers},
        {"id": "k2", "text": "Omar Diaz said yes.", "meta": "notes", **layers},
        {"id": "k3", "text": "Omar Diaz said yes.", "source": "Desk", **layers},
    ]
    corpus.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    code, out, err = run("annotate", corpus, "--format", "jsonl")
    assert code == 1 and [json.loads(line)["id"] for line in out.splitlines()] == ["k3"]
    assert err.splitlines() == [
        f"stancekit: error: {corpus}:1: $.meta.source: also given as $.source; "
        "expected each metadata key once, in meta or beside it",
        f"stancekit: error: {corpus}:2: $.meta: a string; expected an object",
    ]


# -- one run at a time per corpus output ------------------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = [{"id": f"n{index}", "text": f"Rosa Pell said bridge {index} was unsafe."} for index in range(3)]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def _hold_lock(path: Path) -> subprocess.Popen[str]:
    """Another process holding the lock of ``path``, as a run writing it does, until it is killed."""
    script = (
        "import sys, time\n"
        "from stancekit._files import output_lock\n"
        "with output_lock(sys.argv[1]):\n"
        "    print('held', flush=True)\n"
        "    time.sleep(60)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    return holder


@pytest.mark.parametrize("extra", [[], ["--resume"], ["--force"], ["--jobs", "2"]])
def test_a_second_run_into_the_same_output_is_refused_while_the_first_runs(corpus, tmp_path, extra):
    """Even --resume and --force, which would mix the two runs' lines or remove the first one's partial file."""
    output = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    partial.write_text('{"id": "n0"}\n', encoding="utf-8")  # what the first run has written so far
    holder = _hold_lock(output)
    try:
        err = refused("annotate", corpus, "-o", output, *extra, code=2)
    finally:
        holder.kill()
        holder.wait()
    assert err == (
        f"stancekit: error: {output}: another run is writing it (process {holder.pid}); "
        "wait for that run to end, or choose another output\n"
    )
    assert partial.read_text(encoding="utf-8") == '{"id": "n0"}\n' and not output.exists()


def test_the_errors_file_is_guarded_too(corpus, tmp_path):
    holder = _hold_lock(tmp_path / "errors.jsonl")
    try:
        err = refused("annotate", corpus, "-o", tmp_path / "out.jsonl", "--errors", tmp_path / "errors.jsonl", code=2)
    finally:
        holder.kill()
        holder.wait()
    assert "errors.jsonl: another run is writing it" in err
    assert not (tmp_path / "out.jsonl").exists()


def test_a_run_leaves_no_lock_and_a_killed_run_s_lock_file_does_not_block(corpus, tmp_path):
    output = tmp_path / "out.jsonl"
    holder = _hold_lock(output)
    holder.kill()  # killed: its lock file stays, but the system released the lock
    holder.wait()
    assert (tmp_path / "out.jsonl.lock").exists()
    code, _, err = run("annotate", corpus, "-o", output, "--quiet")
    assert (code, err) == (0, "")
    assert len(output.read_text(encoding="utf-8").splitlines()) == 3
    assert sorted(path.name for path in tmp_path.iterdir()) == ["corpus.jsonl", "out.jsonl"]


def test_two_runs_started_together_never_mix(corpus, tmp_path):
    """Two real runs at once: each either writes the whole output or is refused; the output is one run's, whole."""
    output = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "stancekit", "annotate", str(corpus), "-o", str(output), "--force", "--quiet"]
    runs = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(process.wait(), process.stderr.read() if process.stderr else "") for process in runs]
    for code, err in results:
        assert code == 0 or (code == 2 and "another run is writing it" in err), err
    assert [json.loads(line)["id"] for line in output.read_text(encoding="utf-8").splitlines()] == ["n0", "n1", "n2"]
    assert not (tmp_path / "out.jsonl.lock").exists() and not (tmp_path / "out.jsonl.partial").exists()


# -- a text that is not UTF-8 says what it probably is ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "hint"),
    [
        ("Zoë Brandt sagte nein.\n".encode("utf-16"), "starts with a UTF-16 byte-order mark: it is UTF-16"),
        ("Zoë Brandt said no.\n".encode("utf-16-be").join([b"\xfe\xff", b""]), "it is UTF-16"),
        ("Zoë said no.\n".encode("utf-32"), "starts with a UTF-32 byte-order mark: it is UTF-32"),
        ("Budget talks.\nRenée Côté said no.\n".encode("cp1252"), "(line 2; the text reads as Windows-1252 or Latin-1"),
        ("Façade\n".encode("latin-1"), "is not UTF-8 (the text reads as Windows-1252 or Latin-1"),
    ],
)
def test_an_article_in_another_encoding_is_named(tmp_path, data, hint):
    article = tmp_path / "article.txt"
    article.write_bytes(data)
    err = refused("annotate", article)
    assert err.startswith(f"stancekit: error: {article}: byte 0x") and "is not UTF-8" in err
    assert hint in err and err.endswith("; expected UTF-8 text\n")


def test_a_corpus_line_in_latin_1_is_named_by_its_line_alone(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(
        b'{"id": "a", "text": "Ana said no."}\n' + '{"id": "b", "text": "José said no."}\n'.encode("cp1252")
    )
    code, out, err = run("annotate", corpus, "--format", "jsonl")
    assert code == 1 and len(out.splitlines()) == 1
    assert err == (
        f"stancekit: error: {corpus}:2: byte 0xe9 at offset 24 is not UTF-8 (the text reads as Windows-1252 or "
        "Latin-1: save it again as UTF-8); expected UTF-8 text\n"
    )


def test_json_lines_in_a_json_file_says_so(tmp_path):
    """The commonest 'Extra data': a corpus of one document per line saved as .json."""
    lines = [{"id": f"d{index}", "text": f"Tove Lind said {index}."} for index in range(2)]
    path = tmp_path / "corpus.json"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    code, out, _ = run("validate", path)
    assert code == 1
    assert out == (
        f"{path}: not valid JSON at line 2 column 1: Extra data (a second JSON value after the first); "
        "expected one JSON value, or JSON Lines in a .jsonl file\n"
    )
    with pytest.raises(stancekit.InputError, match=r"expected one JSON value, or JSON Lines in a \.jsonl file$"):
        stancekit.load(path)


@pytest.mark.parametrize("act", ["", " ", "Lament", "a<b", "1st", "call-for"])
def test_labelstudio_config_refuses_an_act_no_document_can_hold(act, tmp_path):
    """An empty or malformed --act made a choice (<Choice value=""/>) that no stance could ever carry."""
    err = refused("labelstudio-config", "--act", act, "-o", tmp_path / "config.xml", code=2)
    assert err.startswith(f"stancekit: error: --act {act!r}: no stance act a document can hold; expected lower-case")
    assert not (tmp_path / "config.xml").exists()


def test_labelstudio_config_takes_a_well_formed_act(tmp_path):
    code, out, err = run("labelstudio-config", "--act", "lament", "--act", "call_off")
    assert (code, err) == (0, "") and '<Choice value="lament"/>' in out and '<Choice value="call_off"/>' in out


def test_eval_both_pred_and_annotate_is_one_line(tmp_path):
    stancekit.dump(stancekit.load(EXAMPLE), tmp_path / "gold.json")
    err = refused("eval", tmp_path / "gold.json", tmp_path / "gold.json", "--annotate", code=2)
    assert "PRED and --annotate both given; expected one" in err

"""The command line and the library facing bad names and ids: one clear line, a non-zero exit, nothing lost."""

from __future__ import annotations

import contextlib
import io
import json
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

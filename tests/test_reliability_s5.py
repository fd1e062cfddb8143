"""What a demanding new user met on the command line and in files, pinned: devices, links, extensions, BOMs, ids."""

from __future__ import annotations

import contextlib
import io
import json
import os
import stat
from pathlib import Path

import pytest

from stancekit import _files
from stancekit.cli import main

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
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
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

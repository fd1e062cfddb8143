"""What a demanding user still met with files and formats, pinned: closed pipes, duplicate JSON keys, round trips."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from stancekit.cli import CLOSED_PIPE, main, run

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

    args = argparse.Namespace(module=validate, debug=False, files=[str(NATO)], format="text")
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

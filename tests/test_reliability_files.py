"""Nothing lost: writes are atomic, failures half-way keep the old file, no command overwrites its input."""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit
from stancekit import Document, OutputError, StancekitError, UsageError, ValidationError, _files
from stancekit.cli import main
from stancekit.formats import json as json_format
from stancekit.formats import jsonl as jsonl_format
from stancekit.testing import documents

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "data" / "china-blames-nato.json"
OLD = "the old content, which must survive\n"

#: ``HYPOTHESIS_PROFILE=thorough`` tries ten times the examples.
SCALE = 10 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 1


class Interrupted(Exception):
    """Stands for the process dying half-way through a write."""


class FailingHandle:
    """A text handle that dies after ``budget`` characters, as a killed process or a full disk would."""

    def __init__(self, handle: Any, budget: int, error: BaseException) -> None:
        self._handle = handle
        self._budget = budget
        self._error = error

    def write(self, text: str) -> int:
        if len(text) > self._budget:
            self._handle.write(text[: self._budget])
            self._handle.flush()  # the half-written bytes really reach the temporary file
            raise self._error
        self._budget -= len(text)
        return int(self._handle.write(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> FailingHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


@contextlib.contextmanager
def writes_fail_after(
    monkeypatch: pytest.MonkeyPatch, budget: int, error: BaseException | None = None
) -> Iterator[None]:
    real_fdopen = os.fdopen

    def fdopen(*args: Any, **kwargs: Any) -> FailingHandle:
        return FailingHandle(real_fdopen(*args, **kwargs), budget, error or Interrupted("killed"))

    with monkeypatch.context() as patch:
        patch.setattr(_files.os, "fdopen", fdopen)
        yield


def listing(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def example() -> Document:
    return json_format.load(EXAMPLE)


#: Every public way of writing a file, by the name of the file it writes.
WRITERS: dict[str, Callable[[list[Document], Path], None]] = {
    "dump.json": lambda docs, path: stancekit.dump(docs[0], path),
    "dump_all.json": lambda docs, path: stancekit.dump_all(docs, path),
    "dump_all.jsonl": lambda docs, path: stancekit.dump_all(iter(docs), path),
    "json.json": lambda docs, path: json_format.dump(docs, path),
    "jsonl.jsonl": lambda docs, path: jsonl_format.dump(docs, path),
    "atomic_write.txt": lambda docs, path: _files.atomic_write(path, docs[0].text * 50),
}


@pytest.mark.parametrize("name", sorted(WRITERS))
@settings(max_examples=15 * SCALE, deadline=None)
@given(docs=st.lists(documents(max_items=2), min_size=1, max_size=3), fraction=st.floats(0, 0.999))
def test_a_write_killed_half_way_keeps_the_old_file(
    tmp_path_factory: pytest.TempPathFactory, name: str, docs: list[Document], fraction: float
) -> None:
    """Whenever a write dies, the old file is intact and no temporary file remains beside it."""
    folder = tmp_path_factory.mktemp("killed")
    target = folder / name
    target.write_text(OLD, encoding="utf-8")
    complete = tmp_path_factory.mktemp("complete") / name
    WRITERS[name](docs, complete)  # how much a complete write would be
    budget = int(len(complete.read_text(encoding="utf-8")) * fraction)
    with pytest.MonkeyPatch.context() as patch, writes_fail_after(patch, budget), pytest.raises(Interrupted):
        WRITERS[name](docs, target)
    assert target.read_text(encoding="utf-8") == OLD
    assert listing(folder) == [name]


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_write_that_succeeds_replaces_the_file_whole(tmp_path: Path, name: str) -> None:
    """Without failure the new content replaces the old one and nothing else is left in the folder."""
    target = tmp_path / name
    target.write_text(OLD, encoding="utf-8")
    WRITERS[name]([example()], target)
    assert target.read_text(encoding="utf-8") != OLD
    assert listing(tmp_path) == [name]
    if name.endswith((".json", ".jsonl")):
        assert list(stancekit.load_all(target)) == [example()]


def test_a_full_disk_is_an_output_error_and_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ENOSPC half-way through: OutputError (exit 1) naming the target, old content kept, no temporary file."""
    target = tmp_path / "out.json"
    target.write_text(OLD, encoding="utf-8")
    full = OSError(errno.ENOSPC, "No space left on device")
    with writes_fail_after(monkeypatch, 10, full), pytest.raises(OutputError) as caught:
        stancekit.dump(example(), target)
    assert str(caught.value) == f"{target}: cannot be written (No space left on device); expected a writable file path"
    assert isinstance(caught.value, OSError) and caught.value.exit_code == 1
    assert target.read_text(encoding="utf-8") == OLD
    assert listing(tmp_path) == ["out.json"]


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_a_failure_at_the_last_steps_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    """When flushing to disk or renaming fails, the old file stays and the temporary file is removed."""
    target = tmp_path / "out.jsonl"
    target.write_text(OLD, encoding="utf-8")

    def fail(*args: Any) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(_files.os, step, fail)
    with pytest.raises(OutputError, match="Input/output error"):
        stancekit.dump_all([example()], target)
    assert target.read_text(encoding="utf-8") == OLD
    assert listing(tmp_path) == ["out.jsonl"]


def test_an_interrupt_half_way_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while writing: KeyboardInterrupt goes through unchanged, the old file stays, no temporary file."""
    target = tmp_path / "out.json"
    target.write_text(OLD, encoding="utf-8")
    with writes_fail_after(monkeypatch, 5, KeyboardInterrupt()), pytest.raises(KeyboardInterrupt):
        stancekit.dump(example(), target)
    assert target.read_text(encoding="utf-8") == OLD
    assert listing(tmp_path) == ["out.json"]


def test_a_bad_document_half_way_through_a_stream_keeps_the_old_file(tmp_path: Path) -> None:
    """A lazy corpus whose third document fails: its ValidationError is raised as is, the old corpus kept."""
    target = tmp_path / "corpus.jsonl"
    target.write_text(OLD, encoding="utf-8")

    def corpus() -> Iterator[Document]:
        yield example()
        yield example()
        raise ValidationError("a bad record", "$.stances[0]", location="in.jsonl:3")

    with pytest.raises(ValidationError, match=r"in\.jsonl:3"):
        jsonl_format.dump(corpus(), target)
    assert target.read_text(encoding="utf-8") == OLD
    assert listing(tmp_path) == ["corpus.jsonl"]


def test_a_hard_kill_leaves_the_old_file_whole(tmp_path: Path) -> None:
    """SIGKILL in the middle of writing a corpus: the target still holds the old content, byte for byte."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("no SIGKILL on this platform")
    target = tmp_path / "corpus.jsonl"
    target.write_text(OLD, encoding="utf-8")
    child = textwrap.dedent(
        """
        import sys, time
        import stancekit
        document = stancekit.load(sys.argv[1])

        def corpus():
            for number in range(1000):
                yield document
                if number == 50:
                    print("writing", flush=True)
                    time.sleep(60)

        stancekit.dump_all(corpus(), sys.argv[2])
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", child, str(EXAMPLE), str(target)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "writing"
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()
    assert target.read_text(encoding="utf-8") == OLD
    # A killed process cannot clean up: its hidden temporary file is what is left, never a half target.
    leftovers = [name for name in listing(tmp_path) if name != "corpus.jsonl"]
    assert all(name.startswith(".corpus.jsonl.") and name.endswith(".tmp") for name in leftovers), leftovers


# -- permissions and paths ------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_rewritten_file_keeps_its_permissions(tmp_path: Path) -> None:
    """Replacing a file keeps its mode; a new file gets the mode the umask gives any new file."""
    target = tmp_path / "out.json"
    target.write_text(OLD, encoding="utf-8")
    target.chmod(0o640)
    stancekit.dump(example(), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    fresh = tmp_path / "fresh.json"
    stancekit.dump(example(), fresh)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask


def test_writing_into_a_missing_folder_is_an_output_error(tmp_path: Path) -> None:
    """A path in a folder that does not exist: OutputError naming the path, not FileNotFoundError."""
    target = tmp_path / "no" / "such" / "out.json"
    with pytest.raises(OutputError, match="No such file or directory") as caught:
        stancekit.dump(example(), target)
    assert str(caught.value) == (
        f"{target}: cannot be written (No such file or directory: the folder {target.parent} does not exist); "
        "expected a path in an existing folder"
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["annotate", "{corpus}", "-o", "{output}.jsonl", "--jobs", "2"],
        ["annotate", "{corpus}", "-o", "{here}/out.jsonl", "--errors", "{output}.jsonl"],
        ["convert", "{corpus}", "{output}.ann"],
    ],
    ids=["annotate-output", "annotate-errors", "convert-brat"],
)
def test_an_output_in_a_missing_folder_is_named_not_its_lock(tmp_path: Path, argv: list[str]) -> None:
    """The outputs written under a lock name the output and the missing folder, never OUT.lock, and write nothing."""
    corpus = tmp_path / "corpus.jsonl"
    jsonl_format.dump([example()], corpus)
    output = tmp_path / "missing" / "out"
    values = {"corpus": str(corpus), "output": str(output), "here": str(tmp_path)}
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main([part.format(**values) for part in argv])
    written = next(part.format(**values) for part in argv if part.startswith("{output}"))
    assert code == 1
    assert err.getvalue() == (
        f"stancekit: error: {written}: cannot be written (No such file or directory: the folder "
        f"{output.parent} does not exist); expected a path in an existing folder\n"
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["corpus.jsonl"]


def test_an_os_error_about_another_file_keeps_its_meaning(tmp_path: Path) -> None:
    """An input that fails while a lazy corpus is written is not reported as the output's failure."""
    target = tmp_path / "out.jsonl"

    def corpus() -> Iterator[Document]:
        yield example()
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(tmp_path / "input.jsonl"))

    with pytest.raises(FileNotFoundError) as caught:
        jsonl_format.dump(corpus(), target)
    assert not isinstance(caught.value, StancekitError)
    assert listing(tmp_path) == []


# -- no command overwrites its input --------------------------------------------------------------


def _spellings(tmp_path: Path, source: Path) -> list[Path]:
    """Other names for ``source``: a different spelling, a symbolic link, a hard link."""
    (tmp_path / "sub").mkdir(exist_ok=True)
    names = [tmp_path / "sub" / ".." / source.name, Path(os.path.relpath(source))]
    with contextlib.suppress(OSError, NotImplementedError):
        (tmp_path / "link.json").symlink_to(source)
        names.append(tmp_path / "link.json")
    with contextlib.suppress(OSError, NotImplementedError):
        os.link(source, tmp_path / "hard.json")
        names.append(tmp_path / "hard.json")
    return names


def test_check_not_input_sees_through_other_names_for_the_same_file(tmp_path: Path) -> None:
    """The same file under another spelling or through a link is refused; a different file is allowed."""
    source = tmp_path / "in.json"
    source.write_text(OLD, encoding="utf-8")
    for name in [source, *_spellings(tmp_path, source)]:
        with pytest.raises(UsageError, match="is also an input"):
            _files.check_not_input(name, [tmp_path / "other.json", source])
    _files.check_not_input(tmp_path / "out.json", [source])  # a new file is fine
    (tmp_path / "copy.json").write_text(OLD, encoding="utf-8")
    _files.check_not_input(tmp_path / "copy.json", [source])  # so is another existing file


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


#: Each command that writes files: (the input's name, how it is asked to write a given path from it).
WRITING_COMMANDS: dict[str, tuple[str, list[str]]] = {
    "render": ("in.json", ["render", "{source}", "--output", "{output}", "--force"]),
    "convert": ("in.json", ["convert", "{source}", "{output}", "--to", "json", "--force"]),
    "annotate": ("in.txt", ["annotate", "{source}", "--output", "{output}", "--force"]),
    "annotate --errors": ("in.jsonl", ["annotate", "{source}", "-o", "{other}", "--errors", "{output}", "--force"]),
    "labelstudio-config": ("in.json", ["labelstudio-config", "{source}", "-o", "{output}"]),
}


@pytest.mark.parametrize("command", sorted(WRITING_COMMANDS))
def test_no_command_overwrites_its_input(tmp_path: Path, command: str) -> None:
    """Each command that writes refuses an output that is its input (under any name): exit 2, input untouched."""
    from stancekit.cli import COMMANDS

    if command.split()[0] not in COMMANDS:
        pytest.skip(f"stancekit {command} is not there yet")
    name, argv = WRITING_COMMANDS[command]
    source = tmp_path / name
    document = example()
    contents = {
        ".json": EXAMPLE.read_bytes(),
        ".txt": document.text.encode("utf-8"),
        ".jsonl": jsonl_format.dumps([document]).encode("utf-8"),
    }
    source.write_bytes(contents[source.suffix])
    original = source.read_bytes()
    for output in [source, *_spellings(tmp_path, source)]:
        filled = [part.format(source=source, output=output, other=tmp_path / "other.jsonl") for part in argv]
        code, out, err = run_cli(*filled)
        assert code == 2, (output, code, out, err)
        assert "is also an input" in err
        assert len(err.strip().splitlines()) == 1, err
        assert source.read_bytes() == original


def test_validate_reads_without_touching_its_input(tmp_path: Path) -> None:
    """``stancekit validate`` writes nothing: the folder and the file's bytes and time stay as they were."""
    source = tmp_path / "in.json"
    source.write_bytes(EXAMPLE.read_bytes())
    os.utime(source, (1_000_000_000, 1_000_000_000))
    code, _, _ = run_cli("validate", str(source))
    assert code == 0
    assert source.read_bytes() == EXAMPLE.read_bytes()
    assert source.stat().st_mtime == 1_000_000_000
    assert listing(tmp_path) == ["in.json"]


def test_every_command_that_writes_is_checked_above() -> None:
    """A command with an output (``-o``, an OUTPUT argument, ``--errors``) must be in WRITING_COMMANDS."""
    import argparse

    from stancekit.cli import COMMANDS, build_parser

    parser = build_parser()
    subparsers = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    covered = {name.split()[0] for name in WRITING_COMMANDS}
    for name in COMMANDS:
        destinations = {action.dest for action in subparsers.choices[name]._actions}
        if destinations & {"output", "errors"}:
            assert name in covered, f"stancekit {name} writes files: add it to WRITING_COMMANDS"


def _limited_memory() -> None:
    """In the child: at most 1 GB of address space, so that a reader that never stops fails instead of the machine."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


@pytest.mark.skipif(not os.path.exists("/dev/zero") or sys.platform == "win32", reason="needs /dev/zero")
@pytest.mark.parametrize(
    "argv",
    [
        ["annotate", "/dev/zero"],
        ["annotate", "/dev/urandom", "-o", "OUT.jsonl", "--format", "jsonl"],
        ["convert", "/dev/zero", "OUT.jsonl", "--from", "json"],
        ["convert", "/dev/zero", "OUT.json", "--from", "jsonl"],
        ["eval", "/dev/zero", "/dev/zero", "--from", "json"],
        ["render", "/dev/zero", "--from", "json"],
        ["annotate", "NEWS.txt", "--rules", "/dev/zero"],
    ],
)
def test_an_endless_device_as_input_is_refused_in_one_line(tmp_path: Path, argv: list[str]) -> None:
    """/dev/zero or /dev/urandom was read to its end, which never comes: all the memory there is, then the kernel's
    out-of-memory killer. Now refused at once, naming the device (and not offering "-", which --rules refuses)."""
    (tmp_path / "NEWS.txt").write_text("Rosa Pell said the bridge was unsafe.\n", encoding="utf-8")
    args = [str(tmp_path / arg) if arg.isupper() or arg == "NEWS.txt" else arg for arg in argv]
    result = subprocess.run(
        [sys.executable, "-m", "stancekit", *args],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limited_memory,
        cwd=tmp_path,
    )
    device = next(arg for arg in argv if arg.startswith("/dev/"))
    assert (result.returncode, result.stderr) == (
        1,
        f"stancekit: error: {device}: is a device, not a file, and may never end; expected a file or a pipe\n",
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["NEWS.txt"]


def test_dev_null_is_still_read_as_an_empty_input(capsys: pytest.CaptureFixture[str]) -> None:
    if not os.path.exists(os.devnull) or sys.platform == "win32":
        pytest.skip("needs /dev/null")
    assert main(["annotate", os.devnull]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == ""

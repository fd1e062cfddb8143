"""The documentation works: its examples run, every CLI option is documented, links resolve, the API page is current.

What runs, page by page (``docs/*.md`` and ``README.md``), each page in a
fresh folder holding a copy of ``examples/`` and the files examples name as
the reader's own: ``article.txt`` (the reference article), ``doc.json`` (it
annotated), ``gold.json`` and ``pred.json`` (a small annotated document) and
``gold/`` (a folder holding ``gold.json``):

* every fenced ``python`` block, in order, sharing one namespace per page;
* every ``$ stancekit ...`` line of a fenced block, in order, as a command.
  In a ``console`` block the output shown below the command must match what
  it prints (a line ``...`` stands for any number of lines, ``...`` within a
  line for any text, and the exit code is free: the output says what happened); in other blocks the command must
  exit 0, and one that reads a file the page never made (``export.ls.json``
  standing for the reader's own file) is skipped, with the file named.

A block right after a ``<!-- no-test -->`` line is not run.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from stancekit.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = [*sorted(DOCS.glob("*.md")), ROOT / "README.md"]

#: The pages the documentation promises (issue "docs"): links to them must resolve once they exist.
PROMISED = {"rules.md", "accuracy.md", "performance.md", "reliability.md"}

_FENCE = re.compile(r"^(?P<indent> *)```(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=indent)```[ \t]*$", re.S | re.M)


class Block(NamedTuple):
    page: Path
    line: int
    info: str
    body: str


def blocks(page: Path) -> list[Block]:
    """The fenced code blocks of a page, without those marked ``<!-- no-test -->``."""
    text = page.read_text(encoding="utf-8")
    found = []
    for match in _FENCE.finditer(text):
        before = text[: match.start()].rstrip().splitlines()
        if before and before[-1].strip() == "<!-- no-test -->":
            continue
        indent = len(match.group("indent"))
        body = "\n".join(line[indent:] for line in match.group("body").splitlines())
        found.append(Block(page, text[: match.start()].count("\n") + 1, match.group("info").strip(), body))
    return found


def _rel(page: Path) -> str:
    return str(page.relative_to(ROOT))


@pytest.fixture(scope="session")
def annotated_article() -> str:
    import stancekit

    article = (ROOT / "examples" / "data" / "menafn-2025-05-29-china-moscow-kiev.txt").read_text(encoding="utf-8")
    from stancekit.formats import json as json_format

    return json_format.dumps(stancekit.annotate(article, id="article"))


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, annotated_article: str) -> Path:
    """A fresh folder with a copy of ``examples/`` and the reader's files, as the current directory."""
    data = ROOT / "examples" / "data"
    shutil.copytree(ROOT / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.ipynb", ".*"))
    shutil.copy(data / "menafn-2025-05-29-china-moscow-kiev.txt", tmp_path / "article.txt")
    (tmp_path / "doc.json").write_text(annotated_article, encoding="utf-8")
    shutil.copy(data / "china-blames-nato.json", tmp_path / "gold.json")
    shutil.copy(data / "china-blames-nato.json", tmp_path / "pred.json")
    (tmp_path / "gold").mkdir()
    shutil.copy(data / "china-blames-nato.json", tmp_path / "gold" / "gold.json")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# -- examples ---------------------------------------------------------------------------


class Command(NamedTuple):
    line: int
    argv: list[str]
    expected: list[str] | None  # the output shown, in a console block


def commands(block: Block) -> list[Command]:
    """Every ``$ stancekit ...`` line of a block, with the output shown below it in a console block."""
    if block.info not in ("", "console", "shell", "sh", "bash"):
        return []
    found: list[Command] = []
    lines = block.body.splitlines()
    index = 0
    while index < len(lines):
        if not lines[index].startswith("$ "):
            index += 1
            continue
        start = index
        command = lines[index][2:]
        while command.endswith("\\") and index + 1 < len(lines):
            index += 1
            command = command[:-1] + " " + lines[index].strip()
        index += 1
        output = []
        while index < len(lines) and not lines[index].startswith("$ "):
            output.append(lines[index])
            index += 1
        argv = shlex.split(command)
        if argv and argv[0] == "stancekit":
            found.append(Command(block.line + 1 + start, argv, output if block.info == "console" else None))
    return found


def _inputs(argv: list[str]) -> list[str]:
    """The files a command reads, by its parsed arguments (the parser is the one ``stancekit`` uses)."""
    args = build_parser().parse_args(argv[1:])
    read: list[str] = list(getattr(args, "rules", []) or [])
    for name in ("inputs", "files"):
        read.extend(getattr(args, name, None) or [])
    for name in ("input", "gold", "predicted", "text"):
        value = getattr(args, name, None)
        if isinstance(value, str):
            read.append(value)
    return [path for path in read if path != "-"]


def _line_pattern(line: str) -> str:
    if line.strip() == "...":
        return r"(?:[^\n]*\n)*?"
    return "[^\n]*?".join(re.escape(part) for part in line.rstrip().split("...")) + r"[ \t]*\n"


def _matches(expected: list[str], actual: str) -> bool:
    pattern = "".join(_line_pattern(line) for line in expected)
    shown = "".join(line.rstrip() + "\n" for line in actual.splitlines())
    return re.fullmatch(pattern, shown) is not None


def _run_command(page: Path, command: Command) -> str | None:
    """Run one command as the page shows it; return why it was skipped, or None."""
    where = f"{_rel(page)}:{command.line}: {shlex.join(command.argv)}"
    missing = [path for path in _inputs(command.argv) if not Path(path).exists()]
    if missing and command.expected is None:  # a console block shows what happens, even to a missing file
        return f"{where} (needs {', '.join(missing)})"
    result = subprocess.run(
        [sys.executable, "-m", "stancekit", *command.argv[1:]],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "80"},
    )
    printed = result.stdout + result.stderr
    assert "Traceback" not in printed, f"{where}\n{printed}"
    if command.expected is None:
        assert result.returncode == 0, f"{where}: exit {result.returncode}\n{printed}"
    else:
        assert _matches(command.expected, printed), f"{where}: printed\n{printed}\nbut the page shows\n" + "\n".join(
            command.expected
        )
    return None


EXAMPLE_PAGES = [page for page in PAGES if any(block.info == "python" or commands(block) for block in blocks(page))]


@pytest.mark.parametrize("page", EXAMPLE_PAGES, ids=_rel)
def test_the_examples_of_a_page_run_in_order(page: Path, workspace: Path) -> None:
    """A page is run top to bottom, as a reader would: python blocks share one namespace, commands one folder."""
    namespace: dict[str, Any] = {"__name__": "__doc_example__"}
    skipped: list[str] = []
    ran = 0
    for block in blocks(page):
        if block.info == "python":
            code = compile(block.body, f"{_rel(page)}:{block.line}", "exec")
            with contextlib.redirect_stdout(io.StringIO()):
                exec(code, namespace)
            ran += 1
            continue
        for command in commands(block):
            reason = _run_command(page, command)
            if reason:
                skipped.append(reason)
            else:
                ran += 1
    if skipped:
        print("not run, for want of the reader's own files:\n  " + "\n  ".join(skipped))
    if not ran:
        pytest.skip(f"every example of {_rel(page)} needs the reader's own files")


def test_the_output_matcher_can_fail() -> None:
    assert _matches(["a", "...", "d"], "a\nb\nc\nd\n")
    assert _matches(["a", "...", "b"], "a\nb\n")
    assert not _matches(["a", "d"], "a\nb\nd\n")
    assert not _matches(["a"], "a\nb\n")
    assert _matches(["x: 1 document, ... stances"], "x: 1 document, 9 statements, 15 stances\n")
    assert not _matches(["x: 2 documents, ..."], "x: 1 document, 9 statements\n")


# -- the command line reference ---------------------------------------------------------


def _sections(text: str) -> dict[str, str]:
    """``## `stancekit NAME` `` sections of docs/cli.md by command name; ``""`` holds the text before them."""
    parts = re.split(r"^## `stancekit ([\w-]+)`[^\n]*$", text, flags=re.M)
    sections = {"": parts[0]}
    for name, body in zip(parts[1::2], parts[2::2], strict=True):
        sections[name] = body
    return sections


def _subcommands() -> dict[str, Any]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return dict(action.choices)


def test_every_command_option_and_argument_is_in_the_cli_reference() -> None:
    sections = _sections((DOCS / "cli.md").read_text(encoding="utf-8"))
    parser = build_parser()
    for action in parser._actions:
        for option in action.option_strings:
            if option not in ("-h", "--help"):
                assert f"`{option}" in sections[""], f"docs/cli.md does not document stancekit {option}"
    missing = []
    for name, subparser in _subcommands().items():
        assert name in sections, f"docs/cli.md has no section ## `stancekit {name}`"
        body = sections[name]
        for action in subparser._actions:
            if action.help == "==SUPPRESS==" or "--help" in action.option_strings:
                continue
            for option in action.option_strings:
                if not re.search(rf"`{re.escape(option)}(?![\w-])", body):
                    missing.append(f"stancekit {name} {option}")
            if not action.option_strings and f"`{action.metavar or action.dest}" not in body:
                missing.append(f"stancekit {name} {action.metavar or action.dest}")
    assert not missing, "docs/cli.md does not document: " + ", ".join(missing)


def test_the_cli_reference_names_the_exit_codes() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for code in ("0", "1", "2", "130"):
        assert re.search(rf"^\|\s*`?{code}`?\s*\|", text, re.M), f"docs/cli.md has no row for exit code {code}"


def test_the_reference_check_finds_an_undocumented_option(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8").replace("`--explain", "`--explian")
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: text)
    with pytest.raises(AssertionError, match="--explain"):
        test_every_command_option_and_argument_is_in_the_cli_reference()


# -- links ------------------------------------------------------------------------------


def _slug(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    text = _FENCE.sub("", page.read_text(encoding="utf-8"))
    return {_slug(match) for match in re.findall(r"^#{1,6} +(.+?) *#*$", text, re.M)}


@pytest.mark.parametrize("page", PAGES, ids=_rel)
def test_the_links_of_a_page_resolve(page: Path) -> None:
    text = _FENCE.sub("", page.read_text(encoding="utf-8"))
    text = re.sub(r"`[^`\n]*`", "", text)
    broken, pending = [], []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"^[a-z]+:", target):
            continue  # a web address: not checked here, there is no network
        path, _, anchor = target.partition("#")
        destination = (page.parent / path).resolve() if path else page
        if not destination.exists():
            (pending if destination.name in PROMISED else broken).append(target)
        elif anchor and destination.suffix == ".md" and anchor not in _anchors(destination):
            broken.append(target)
    assert not broken, f"{_rel(page)}: broken links: {broken}"
    if pending:
        pytest.skip(f"{_rel(page)} links to pages not written yet: {pending}")


def test_every_docs_page_is_linked_from_the_index() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for page in DOCS.glob("*.md"):
        if page.name != "index.md":
            assert f"({page.name}" in index, f"docs/index.md does not link to {page.name}"


# -- the API reference ------------------------------------------------------------------


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("gen_api", DOCS / "gen_api.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_api_reference_is_current() -> None:
    try:
        expected = _generator().generate()
    except ImportError as missing:
        pytest.skip(f"an optional dependency is missing: {missing}")
    actual = (DOCS / "api.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/api.md is out of date: run `python docs/gen_api.py` and commit docs/api.md"


def test_the_api_reference_covers_the_front_door() -> None:
    import stancekit

    text = (DOCS / "api.md").read_text(encoding="utf-8")
    for name in stancekit.__all__:
        assert f"| `{name}` |" in text, f"docs/api.md does not list stancekit.{name}"


def test_the_dev_extra_brings_every_other_extra() -> None:
    """README and getting-started say `.[dev]` brings everything the tests use; it lacked pandas, so the test of
    stancekit.to_dataframe was skipped in every developer's checkout."""
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    dev = set(extras["dev"])
    missing = {name: sorted(set(needs) - dev) for name, needs in extras.items() if not set(needs) <= dev}
    assert missing == {}, f"the dev extra lacks what other extras bring: {missing}"

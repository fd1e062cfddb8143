"""``stancekit validate FILE...``: check annotation files against the schema and the model's rules."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from stancekit.errors import _one_line

#: Standard input, as a FILE: JSON, or JSON Lines (see ``stancekit._commands._stdin``).
STDIN = "-"

HELP = (
    "validate annotation files (.json: one document or a list; .jsonl: one document per line; "
    "other formats by their extension)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=".json or .jsonl files to check, files of another readable format (.ann, .jsonld, .xmi, ...), "
        "folders of them (a brat folder), or - for standard input (JSON, or JSON Lines)",
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="report as text lines (default) or one JSON object"
    )
    parser.add_argument(
        "--text",
        metavar="PATH",
        help="where brat .ann files find their texts: a folder (for X_SUFFIX.ann, X.txt is looked for too) "
        "or one .txt file; default: beside each .ann; refused when no FILE is brat",
    )


def _problems(path: str, text: str | None = None) -> Iterator[tuple[int | None, str, str]]:
    """Yield ``(line, json_path, message)`` for every problem of one file; count documents via the caller.

    ``text`` is where a brat file finds its text, as ``convert --text`` takes it.
    """
    from stancekit import formats
    from stancekit._files import decode, read_text
    from stancekit.errors import InputError, UsageError
    from stancekit.formats import jsonl
    from stancekit.schemas import iter_errors

    if path == STDIN:
        from stancekit._commands import _stdin

        given = _stdin.read_bytes()
        if _stdin.sniff(given) == "jsonl":  # each line read on its own, as a file's: a bad one does not stop the rest
            lines = enumerate(given.split(b"\n"), start=1)
            yield from _line_problems(((number, raw) for number, raw in lines if raw.strip()), _stdin.LOCATION)
        else:
            yield from _json_problems(decode(given, _stdin.LOCATION), _stdin.LOCATION)
        return
    if os.path.isdir(path):
        from stancekit.evaluate import no_annotation_files

        raise no_annotation_files(path)
    try:
        name = formats.guess(path)
    except UsageError:
        name = "json"  # an unknown extension is read as stancekit JSON, which says what is wrong
    if name not in ("json", "jsonl"):
        # Another format: its reader checks the file and builds valid documents, or says why it cannot.
        module = formats.get(name)
        if not hasattr(module, "load"):
            raise InputError(f"{path}: {name} is a format stancekit writes but cannot read; expected a file to read")
        ids = _Ids()
        for index, document in enumerate(formats.load_documents(name, path, text=text), start=1):
            yield None, "", ""
            for problem in iter_errors(document):
                yield None, problem.path, problem.message
            repeated = ids.repeated(document.id, f"document {index}")
            if repeated:
                yield None, "$.id", f"document {index}: {repeated}"
        return
    if path.lower().endswith(jsonl.EXTENSIONS):
        yield from _line_problems(jsonl.iter_lines(path), path)
        return
    try:
        yield from _json_problems(read_text(path), path)
    except InputError:
        if path.lower().endswith(".txt"):
            # An article given where its annotations were meant: say so rather than how the JSON broke.
            raise InputError(
                f"{path}: plain text, not annotations; expected .json, .jsonl or another annotation format "
                f"(to annotate an article: stancekit annotate {path})"
            ) from None
        raise


def _line_problems(lines: Iterable[tuple[int, bytes]], location: str) -> Iterator[tuple[int | None, str, str]]:
    """The problems of JSON Lines, one document a line: ``(line, json_path, message)``, ``message`` empty for each
    document read."""
    from stancekit._files import RepeatedKeyError, decode, parse_json
    from stancekit.errors import InputError
    from stancekit.schemas import iter_errors

    ids = _Ids()
    for number, raw in lines:
        try:
            data = parse_json(decode(raw, f"{location}:{number}"), f"{location}:{number}")
        except RepeatedKeyError as repeated_key:
            yield number, repeated_key.path, repeated_key.reason
            continue
        except InputError as unreadable:
            yield number, "", str(unreadable).removeprefix(f"{location}:{number}: ")
            continue
        yield number, "", ""  # one document read
        for problem in iter_errors(data):
            yield number, problem.path, problem.message
        repeated = ids.repeated(data.get("id") if isinstance(data, dict) else None, f"line {number}")
        if repeated:
            yield number, "$.id", repeated


def _json_problems(text: str, location: str) -> Iterator[tuple[int | None, str, str]]:
    """The problems of stancekit JSON, one document or an array of them, as :func:`_line_problems` gives them.

    Raises:
        InputError: when ``text`` is not JSON (a RepeatedKeyError for a key twice in one object).
    """
    from stancekit._files import parse_json
    from stancekit.schemas import iter_errors

    ids = _Ids()
    data = parse_json(text, location)
    items: list[tuple[str, Any]] = (
        [(f"$[{index}]", item) for index, item in enumerate(data)] if isinstance(data, list) else [("$", data)]
    )
    for prefix, item in items:
        yield None, "", ""
        for problem in iter_errors(item):
            yield None, prefix + problem.path[1:], problem.message
        repeated = ids.repeated(item.get("id") if isinstance(item, dict) else None, prefix)
        if repeated:
            yield None, f"{prefix}.id", repeated


class _Ids:
    """The ids of one file's documents so far, to report one that repeats.

    An error, not a warning: ``stancekit eval`` pairs documents by id and
    refuses a file with a repeated one, and a file that validates must be
    one it reads.
    """

    def __init__(self) -> None:
        self.first: dict[str, str] = {}

    def repeated(self, identifier: Any, where: str) -> str | None:
        """The message when ``identifier`` (at ``where``: ``line 3``, ``$[2]``) is already taken, else None."""
        if not isinstance(identifier, str):
            return None  # no id, or one of the wrong type: the schema's message says so
        if identifier not in self.first:
            self.first[identifier] = where
            return None
        shown = identifier if len(identifier) <= 40 else identifier[:39] + "…"
        return (
            f"{shown!r} is also the id of {self.first[identifier]}; expected every document of a file "
            "to have its own id (stancekit eval pairs documents by id)"
        )


def _located(path: str, message: str) -> tuple[int | None, str]:
    """Split ``FILE: message`` or ``FILE:LINE: message`` into the line and the message."""
    if not message.startswith(f"{path}:"):
        return None, message
    rest = message[len(path) + 1 :]
    number, colon, after = rest.partition(": ")
    if colon and number.isdigit():
        return int(number), after
    return None, rest.strip()


def _files(paths: list[str]) -> Iterator[str]:
    """The files to check: each path, or for a folder (a brat folder, say) every readable annotation file under it.

    A folder with none is given as it is, for :func:`_problems` to report.
    """
    from stancekit import formats
    from stancekit._files import folder_files
    from stancekit.errors import UsageError

    for path in paths:
        if not os.path.isdir(path):
            yield path
            continue
        found = False
        for candidate in folder_files(path):
            try:
                name = formats.guess(candidate)
            except UsageError:
                continue  # a brat .txt, a README: not annotations
            if hasattr(formats.get(name), "load"):  # not a CSV table stancekit wrote
                found = True
                yield str(candidate)
        if not found:
            yield path


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from stancekit._commands._stdin import LOCATION, check_once
    from stancekit._commands._text import check_text, read_as
    from stancekit._files import RepeatedKeyError
    from stancekit.errors import StancekitError

    check_once(args.files)
    check_text(args.text, [(path, read_as(path, unknown="json")) for path in args.files])
    report: list[dict[str, Any]] = []
    for path in _files(args.files):
        entry: dict[str, Any] = {"file": LOCATION if path == STDIN else path, "documents": 0, "errors": []}
        try:
            for line, json_path, message in _problems(path, args.text):
                if not message:
                    entry["documents"] += 1
                    continue
                entry["errors"].append({"line": line, "path": json_path or None, "message": message})
        except RepeatedKeyError as error:  # a .json file (or another format's) with a key twice in one object
            line, _ = _located(entry["file"], str(error))
            entry["errors"].append({"line": line, "path": error.path or None, "message": error.reason})
        except StancekitError as error:  # unreadable, or a format's reader refused it
            line, message = _located(entry["file"], str(error))
            entry["errors"].append({"line": line, "path": None, "message": message})
        entry["valid"] = not entry["errors"]
        report.append(entry)

    valid = all(entry["valid"] for entry in report)
    if args.format == "json":
        stdout.write(json.dumps({"valid": valid, "files": report}, ensure_ascii=False, indent=2) + "\n")
    else:
        for entry in report:
            for problem in entry["errors"]:
                where = entry["file"] if problem["line"] is None else f"{entry['file']}:{problem['line']}"
                path = f" {problem['path']}:" if problem["path"] else ""
                # One line, however long a key the file's JSON path or message quotes.
                stdout.write(_one_line(f"{where}:{path} {problem['message']}") + "\n")
            if entry["valid"]:
                plural = "" if entry["documents"] == 1 else "s"
                stdout.write(f"{entry['file']}: ok ({entry['documents']} document{plural})\n")
    return 0 if valid else 1

"""``stancekit validate FILE...``: check annotation files against the schema and the model's rules."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from typing import Any, TextIO

HELP = "validate annotation files (.json: one document or a list; .jsonl: one document per line)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help=".json or .jsonl files to check")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="report as text lines (default) or one JSON object"
    )


def _problems(path: str) -> Iterator[tuple[int | None, str, str]]:
    """Yield ``(line, json_path, message)`` for every problem of one file; count documents via the caller."""
    from stancekit._files import decode, parse_json, read_bytes
    from stancekit.errors import InputError
    from stancekit.formats import jsonl
    from stancekit.schemas import iter_errors

    if path.lower().endswith(jsonl.EXTENSIONS):
        for number, raw in jsonl.iter_lines(path):
            try:
                data = parse_json(decode(raw, f"{path}:{number}"), f"{path}:{number}")
            except InputError as unreadable:
                yield number, "", str(unreadable).removeprefix(f"{path}:{number}: ")
                continue
            yield number, "", ""  # one document read
            for problem in iter_errors(data):
                yield number, problem.path, problem.message
        return
    data = parse_json(decode(read_bytes(path), path), path)
    items: list[tuple[str, Any]] = (
        [(f"$[{index}]", item) for index, item in enumerate(data)] if isinstance(data, list) else [("$", data)]
    )
    for prefix, item in items:
        yield None, "", ""
        for problem in iter_errors(item):
            yield None, prefix + problem.path[1:], problem.message


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from stancekit.errors import InputError

    report: list[dict[str, Any]] = []
    for path in args.files:
        entry: dict[str, Any] = {"file": path, "documents": 0, "errors": []}
        try:
            for line, json_path, message in _problems(path):
                if not message:
                    entry["documents"] += 1
                    continue
                entry["errors"].append({"line": line, "path": json_path or None, "message": message})
        except InputError as error:
            entry["errors"].append({"line": None, "path": None, "message": str(error).removeprefix(f"{path}: ")})
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
                stdout.write(f"{where}:{path} {problem['message']}\n")
            if entry["valid"]:
                plural = "" if entry["documents"] == 1 else "s"
                stdout.write(f"{entry['file']}: ok ({entry['documents']} document{plural})\n")
    return 0 if valid else 1

"""JSON Lines: a corpus, one document per line, read lazily.

Carries everything in the model; nothing is lost. Blank lines are skipped;
every other line must hold one document.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from stancekit._files import atomic_writer, cannot_read, check_not_device, check_start, decode, parse_json
from stancekit.formats import documents_of
from stancekit.formats.json import document_from_data
from stancekit.model import Document

__all__ = ["EXTENSIONS", "NAME", "dump", "dumps", "iter_lines", "iter_records", "load", "loads"]

NAME = "jsonl"
EXTENSIONS = (".jsonl", ".ndjson")


def _line(document: Document) -> str:
    return json.dumps(document.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"


def dumps(documents: Document | Iterable[Document]) -> str:
    """One line of JSON per document, for one document or an iterable of them.

    Raises:
        TypeError: for anything but a ``Document`` or an iterable of them (a dict, say).
    """
    return "".join(_line(document) for document in documents_of(documents, "jsonl.dumps"))


def iter_lines(path: str | os.PathLike[str]) -> Iterator[tuple[int, bytes]]:
    """Yield ``(line_number, raw bytes)`` for each non-blank line, one line in memory at a time.

    The file is opened, and its start checked, when this is called, before
    the first line is asked for.

    Raises:
        InputError: when the file cannot be opened, or it is UTF-16 or UTF-32 (with a byte-order mark, or
            UTF-16's NUL bytes without one), whose every line would be refused for a reason of its own.
    """
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by _lines
    except OSError as error:
        raise cannot_read(path, error) from None
    try:
        check_not_device(handle, path)
        check_start(handle.peek(4096)[:4096], str(path), "UTF-8 JSON Lines")
    except BaseException:
        handle.close()
        raise
    return _lines(handle)


def _lines(handle: BinaryIO) -> Iterator[tuple[int, bytes]]:
    with handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                yield number, raw


def iter_records(path: str | os.PathLike[str]) -> Iterator[tuple[int, Any]]:
    """Yield ``(line_number, parsed JSON)`` for each non-blank line, one line in memory at a time.

    Raises:
        InputError: for a line that is not UTF-8 or not JSON, naming ``file:line``.
    """
    for number, raw in iter_lines(path):
        location = f"{path}:{number}"
        yield number, parse_json(decode(raw, location), location)


def load(path: str | os.PathLike[str]) -> Iterator[Document]:
    """Yield the documents of a JSON Lines file lazily; errors name ``file:line`` and the JSON path."""
    for number, data in iter_records(path):
        yield document_from_data(data, f"{path}:{number}")


def loads(text: str, *, location: str = "<string>") -> list[Document]:
    documents = []
    # Lines end at "\n" only, as in a file: str.splitlines would also split at
    # U+2028, U+0085 and the like, which JSON strings may hold unescaped.
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            where = f"{location}:{number}"
            documents.append(document_from_data(parse_json(line, where), where))
    return documents


def dump(documents: Document | Iterable[Document], path: str | os.PathLike[str]) -> None:
    """Write JSON Lines to a temporary file, streaming, then rename it into place.

    Raises:
        TypeError: for anything but a ``Document`` or an iterable of them; nothing is written.
        OutputError: when the file cannot be written.
    """
    with atomic_writer(path) as handle:
        for document in documents_of(documents, "jsonl.dump"):
            handle.write(_line(document))

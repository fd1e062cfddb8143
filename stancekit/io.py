"""Load and save documents in stancekit's own JSON and JSON Lines formats."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator
from typing import Any

from stancekit.formats import json as json_format
from stancekit.formats import jsonl as jsonl_format
from stancekit.model import Document

__all__ = ["dump", "dump_all", "load", "load_all"]


def _is_jsonl(path: str | os.PathLike[str]) -> bool:
    return os.fspath(path).lower().endswith(jsonl_format.EXTENSIONS)


def _own_format(path: str | os.PathLike[str], function: str, call: str) -> None:
    """Refuse a path named as another format's file (``x.csv``, ``x.ls.json``), which would be misread or misnamed.

    Raises:
        UsageError: naming the file, its format, and the function of that format to use instead.
    """
    from stancekit import formats
    from stancekit.errors import UsageError

    try:
        name = formats.guess(path)
    except UsageError:
        return  # no known ending (``out``, ``/dev/stdout``): JSON, as always
    if name not in ("json", "jsonl"):
        raise UsageError(
            f"{path}: named as a {name} file, and stancekit.{function} reads and writes stancekit's JSON (.json) "
            f"and JSON Lines (.jsonl) only; expected stancekit.formats.{name}.{call} for it"
        )


def load(path: str | os.PathLike[str]) -> Document:
    """Read the one document of a ``.json`` file, or of a ``.jsonl`` file of one line.

    Raises:
        InputError: the file is missing, not UTF-8 or not JSON.
        ValidationError: the document is invalid; the error names the file and the JSON path.
        UsageError: the file holds several documents (:func:`load_all` reads them), or is named as another
            format's file (``.csv``, ``.ls.json``), which ``stancekit.formats`` reads.
    """
    _own_format(path, "load", "load(path)")
    if _is_jsonl(path):
        from stancekit.errors import UsageError

        documents = list(itertools.islice(jsonl_format.load(path), 2))
        if len(documents) != 1:
            raise UsageError(
                f"{path}: holds {'no documents' if not documents else 'several documents'}; "
                "expected one (stancekit.load_all reads every document of a corpus)"
            )
        return documents[0]
    return json_format.load(path)


def load_all(path: str | os.PathLike[str]) -> Iterator[Document]:
    """Yield every document of a ``.json`` file (one or a list) or a ``.jsonl`` corpus (lazily).

    Raises:
        UsageError: the file is named as another format's file, which ``stancekit.formats`` reads.
    """
    _own_format(path, "load_all", "load_all(path)")  # at the call, not at the first document
    return jsonl_format.load(path) if _is_jsonl(path) else iter(json_format.load_all(path))


def _checked(document: Any, where: str) -> Document:
    """``document`` itself when it is a ``Document``.

    Raises:
        TypeError: naming what was given, and how to make a ``Document`` of a dict.
    """
    if isinstance(document, Document):
        return document
    hint = " (Document.from_dict(data) makes one of a dict, and checks it)" if isinstance(document, dict) else ""
    raise TypeError(f"{where}: expected a stancekit.Document{hint}, not {type(document).__name__}")


def dump(document: Document, path: str | os.PathLike[str]) -> None:
    """Write one document as JSON (one line of JSON Lines for a ``.jsonl`` path), through a temporary file.

    Raises:
        TypeError: ``document`` is no ``Document`` (a dict, say).
        UsageError: the path is named as another format's file (``.csv``, ``.ann``), which ``stancekit.formats``
            writes.
        OutputError: the file cannot be written.
    """
    document = _checked(document, "dump")
    _own_format(path, "dump", "dump(document, path)")
    if _is_jsonl(path):
        jsonl_format.dump([document], path)  # indented JSON would be no JSON Lines, and load_all would refuse it
    else:
        json_format.dump(document, path)


def dump_all(documents: Iterable[Document], path: str | os.PathLike[str]) -> None:
    """Write documents as JSON Lines (``.jsonl``) or a JSON array, atomically.

    Raises:
        TypeError: ``documents`` is one document, or holds something that is no ``Document``.
        UsageError: the path is named as another format's file (``.csv``, ``.ann``), which ``stancekit.formats``
            writes.
        OutputError: the file cannot be written.
    """
    _own_format(path, "dump_all", "dump(documents, path)")
    if isinstance(documents, (Document, dict, str)):
        raise TypeError(
            f"dump_all: expected an iterable of stancekit.Document (dump writes one), not {type(documents).__name__}"
        )
    checked = (_checked(document, f"dump_all: item {index}") for index, document in enumerate(documents))
    if _is_jsonl(path):
        jsonl_format.dump(checked, path)
    else:
        json_format.dump(list(checked), path)

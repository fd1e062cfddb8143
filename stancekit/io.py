"""Load and save documents in stancekit's own JSON and JSON Lines formats."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from stancekit.formats import json as json_format
from stancekit.formats import jsonl as jsonl_format
from stancekit.model import Document

__all__ = ["dump", "dump_all", "load", "load_all"]


def _is_jsonl(path: str | os.PathLike[str]) -> bool:
    return os.fspath(path).lower().endswith(jsonl_format.EXTENSIONS)


def load(path: str | os.PathLike[str]) -> Document:
    """Read the one document of a ``.json`` file.

    Raises:
        InputError: the file is missing, not UTF-8 or not JSON.
        ValidationError: the document is invalid; the error names the file and the JSON path.
    """
    return json_format.load(path)


def load_all(path: str | os.PathLike[str]) -> Iterator[Document]:
    """Yield every document of a ``.json`` file (one or a list) or a ``.jsonl`` corpus (lazily)."""
    if _is_jsonl(path):
        yield from jsonl_format.load(path)
    else:
        yield from json_format.load_all(path)


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
    """Write one document as JSON, through a temporary file renamed into place.

    Raises:
        TypeError: ``document`` is no ``Document`` (a dict, say).
        OutputError: the file cannot be written.
    """
    json_format.dump(_checked(document, "dump"), path)


def dump_all(documents: Iterable[Document], path: str | os.PathLike[str]) -> None:
    """Write documents as JSON Lines (``.jsonl``) or a JSON array, atomically.

    Raises:
        TypeError: ``documents`` is one document, or holds something that is no ``Document``.
        OutputError: the file cannot be written.
    """
    if isinstance(documents, (Document, dict, str)):
        raise TypeError(
            f"dump_all: expected an iterable of stancekit.Document (dump writes one), not {type(documents).__name__}"
        )
    checked = (_checked(document, f"dump_all: item {index}") for index, document in enumerate(documents))
    if _is_jsonl(path):
        jsonl_format.dump(checked, path)
    else:
        json_format.dump(list(checked), path)

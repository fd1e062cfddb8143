"""Load and save documents in stancekit's own JSON and JSON Lines formats."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

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


def dump(document: Document, path: str | os.PathLike[str]) -> None:
    """Write one document as JSON, through a temporary file renamed into place."""
    json_format.dump(document, path)


def dump_all(documents: Iterable[Document], path: str | os.PathLike[str]) -> None:
    """Write documents as JSON Lines (``.jsonl``) or a JSON array, atomically."""
    if _is_jsonl(path):
        jsonl_format.dump(documents, path)
    else:
        json_format.dump(list(documents), path)

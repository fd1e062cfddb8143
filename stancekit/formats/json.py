"""JSON: the canonical form, one document (or a list of documents) as ``Document.to_dict()`` writes it.

Carries everything in the model; nothing is lost.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any

from stancekit._files import atomic_write, parse_json, read_text
from stancekit.errors import ValidationError
from stancekit.formats import documents_of
from stancekit.model import Document

__all__ = ["EXTENSIONS", "NAME", "document_from_data", "dump", "dumps", "load", "load_all", "loads", "loads_all"]

NAME = "json"
EXTENSIONS = (".json",)


def document_from_data(data: Any, location: str, path_prefix: str = "$") -> Document:
    """Validate ``data`` and build its Document; errors name ``location`` and the JSON path."""
    try:
        return Document.from_dict(data)
    except ValidationError as error:
        raise ValidationError(error.message, path_prefix + error.path[1:], location=location) from None


def dumps(document: Document | Iterable[Document], *, indent: int | None = 2) -> str:
    """One document as a JSON object, or several as a JSON array.

    Raises:
        TypeError: for anything but a ``Document`` or an iterable of them (a dict, say).
    """
    if isinstance(document, Document):
        data: Any = document.to_dict()
    else:
        data = [item.to_dict() for item in documents_of(document, "json.dumps")]
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


def loads_all(text: str, *, location: str = "<string>") -> list[Document]:
    """Every document of a JSON text holding one document or a list of them."""
    data = parse_json(text, location)
    if isinstance(data, list):
        return [document_from_data(item, location, f"$[{index}]") for index, item in enumerate(data)]
    return [document_from_data(data, location)]


def loads(text: str, *, location: str = "<string>") -> Document:
    """The one document of a JSON text."""
    data = parse_json(text, location)
    if isinstance(data, list):
        raise ValidationError(
            f"a list of {len(data)} documents; expected one document (use load_all for lists)",
            location=location,
        )
    return document_from_data(data, location)


def dump(document: Document | Iterable[Document], path: str | os.PathLike[str]) -> None:
    """Write JSON atomically."""
    atomic_write(path, dumps(document))


def load(path: str | os.PathLike[str]) -> Document:
    return loads(read_text(path), location=str(path))


def load_all(path: str | os.PathLike[str]) -> list[Document]:
    return loads_all(read_text(path), location=str(path))

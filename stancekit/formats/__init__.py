"""The interchange formats, one module each, found by name.

Every format module has ``NAME``, ``EXTENSIONS`` and the same verbs:
``dumps``/``loads`` for strings and ``dump``/``load`` for files (write-only
formats have only the first of each pair). Offsets are code points inside
stancekit; each module converts at its own edge, and its docstring says what
the format cannot carry. A reader that passes over part of a file it cannot
use says so with a :class:`FormatWarning`, one per file.
"""

from __future__ import annotations

import importlib
import os
import sys
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from stancekit.errors import UsageError

if TYPE_CHECKING:
    from stancekit.model import Document

__all__ = ["FORMATS", "FormatWarning", "documents_of", "get", "guess", "load_documents"]


class FormatWarning(UserWarning):
    """Part of a file that a reader passed over: the file reads, but not all of it made it into the document.

    The message is one line naming the file and what was left out, such as
    ``x.ann: 3 annotations of types stancekit does not read: Holder x3``.
    The command line prints it as ``stancekit: warning: ...``; a program can
    catch it with :func:`warnings.catch_warnings`, or make it an error with
    ``warnings.simplefilter("error", FormatWarning)``.
    """


def warn(message: str) -> None:
    """Issue a :class:`FormatWarning` attributed to the first caller outside stancekit, where a filter can find it."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    level, frame = 2, sys._getframe(1)
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(package + os.sep):
        level, frame = level + 1, frame.f_back  # type: ignore[assignment]
    warnings.warn(message, FormatWarning, stacklevel=level)


#: Format name -> module, imported only when asked for.
FORMATS: dict[str, str] = {
    "json": "stancekit.formats.json",
    "jsonl": "stancekit.formats.jsonl",
    "brat": "stancekit.formats.brat",
    "csv": "stancekit.formats.csv",
    "dyads": "stancekit.formats.dyads",
    "w3c": "stancekit.formats.w3c",
    "labelstudio": "stancekit.formats.labelstudio",
    "cas": "stancekit.formats.cas",
}

#: File name ending -> format name, for guessing from a path.
EXTENSIONS: dict[str, str] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".ann": "brat",
    ".csv": "csv",
    ".dyads.csv": "dyads",
    ".jsonld": "w3c",
    ".w3c.json": "w3c",
    ".ls.json": "labelstudio",
    ".xmi": "cas",
}


def documents_of(documents: Document | Iterable[Document], where: str) -> Iterator[Document]:
    """Yield ``documents`` one by one: a single ``Document`` or an iterable of them, as every writer takes.

    Args:
        documents: one document, or an iterable (a lazy one too) of documents.
        where: the function that was called, for the message (``jsonl.dumps``).

    Raises:
        TypeError: naming the function and what it was given (the item's index within an iterable), and
            how to make a ``Document`` of a dict, rather than an ``AttributeError`` from deep inside a writer.
    """
    from stancekit.model import Document

    def wrong(value: object) -> str:
        hint = " (Document.from_dict(data) makes one of a dict, and checks it)" if isinstance(value, dict) else ""
        return f"{type(value).__name__}{hint}"

    if isinstance(documents, Document):
        yield documents
        return
    if isinstance(documents, (dict, str, bytes)) or not isinstance(documents, Iterable):
        raise TypeError(f"{where}: expected a stancekit.Document or an iterable of them, not {wrong(documents)}")
    for index, document in enumerate(documents):
        if not isinstance(document, Document):
            raise TypeError(f"{where}: item {index} is a {wrong(document)}; expected a stancekit.Document")
        yield document


def get(name: str) -> ModuleType:
    """The module of the format called ``name``.

    Raises:
        UsageError: for an unknown name, listing the known ones.
    """
    if name not in FORMATS:
        raise UsageError(f"unknown format {name!r}; expected one of {', '.join(sorted(FORMATS))}")
    return importlib.import_module(FORMATS[name])


def guess(path: str | os.PathLike[str], *, otherwise: str = "name it with --from or --to") -> str:
    """The format name a path's extension implies.

    Args:
        path: the file.
        otherwise: what the message tells the user to do instead (a command without ``--to`` says ``--from``).

    Raises:
        UsageError: when the extension names no known format.
    """
    name = Path(path).name.lower()
    for ending in sorted(EXTENSIONS, key=len, reverse=True):
        if name.endswith(ending):
            return EXTENSIONS[ending]
    raise UsageError(f"{path}: cannot tell the format from the extension; {otherwise}")


def readable_extensions() -> str:
    """The endings of the files stancekit can read, for a message: ``.ann, .json, .jsonl, ...`` (not ``.csv``)."""
    return ", ".join(ending for ending, name in sorted(EXTENSIONS.items()) if hasattr(get(name), "load"))


def load_documents(name: str, path: str | os.PathLike[str], **options: Any) -> Iterator[Document]:
    """Yield every document of the file ``path`` in the format ``name``, lazily when its reader is lazy.

    Each of ``options`` (``text=`` for brat, ``annotator=`` for Label Studio)
    goes to the reader when it is not ``None`` and the reader takes it; other
    formats ignore it.

    Raises:
        UsageError: for an unknown format, or one stancekit writes but cannot read.
    """
    import inspect

    from stancekit.model import Document

    module = get(name)
    loader = getattr(module, "load_all", None) or getattr(module, "load", None)
    if loader is None:
        raise UsageError(f"{path}: the {name} format cannot be read; expected a readable format")
    taken = inspect.signature(loader).parameters
    loaded = loader(path, **{key: value for key, value in options.items() if value is not None and key in taken})
    if isinstance(loaded, Document):
        yield loaded
    else:
        yield from loaded

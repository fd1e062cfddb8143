"""``-`` as an input: standard input, for every command that reads documents, as ``annotate`` reads articles there.

``stancekit annotate a.txt | stancekit render - > a.html``, ``... | stancekit
validate -``, ``... | stancekit eval gold.json -``, ``... | stancekit convert -
out.ann``. Standard input has no name to tell its format by: it is JSON Lines
when its first line is a JSON value of its own and more lines follow, else
stancekit JSON (one document, or an array of them); ``--from FORMAT`` names
any other format that carries its text. brat does not (its ``.ann`` needs the
``.txt`` beside it), and is refused. It is read once, whole, strict UTF-8;
messages name it ``<stdin>``.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from stancekit.model import Document

#: The name a command is given for standard input.
STDIN = "-"
#: How messages name standard input, as ``annotate`` does.
LOCATION = "<stdin>"


def check_once(paths: Sequence[str | os.PathLike[str] | None]) -> None:
    """Refuse ``-`` named more than once: standard input can be read only once.

    Raises:
        UsageError: saying so.
    """
    if sum(1 for path in paths if path is not None and os.fspath(path) == STDIN) > 1:
        from stancekit.errors import UsageError

        raise UsageError("standard input (-) can be read only once; name it once")


def refuse_in_option(option: str, values: Sequence[str | None], what: str, expected: str) -> None:
    """Refuse ``-`` among ``values``, an option's files (``--rules -``, ``--text -``): it is a command's input only.

    Such an option names a file kept beside the input (a rule pack, a brat
    text), which a resumed or repeated run reads again; and the command's
    input may be standard input already. ``-`` there was looked for as a file
    named "-" in the current folder, and read without a word when one was
    there; ``./-`` still names such a file.

    Raises:
        UsageError: naming the option and what it expects instead.
    """
    if any(value is not None and os.fspath(value) == STDIN for value in values):
        from stancekit.errors import UsageError

        raise UsageError(
            f"{option} -: standard input is read only as a command's input, not as {what}; "
            f"expected {expected} (./- names a file called -)"
        )


def read_text() -> str:
    """Standard input, whole, as strict UTF-8 (a byte-order mark dropped).

    Raises:
        InputError: for UTF-16 or UTF-32, bytes that are not UTF-8, naming ``<stdin>`` and the place.
    """
    from stancekit._files import decode

    return decode(read_bytes(), LOCATION)


def read_bytes() -> bytes:
    """Standard input, whole, as bytes.

    Raises:
        InputError: for UTF-16 or UTF-32 (a byte-order mark, or UTF-16's NUL bytes), which no line could be read in.
    """
    from stancekit._files import check_start

    stream = sys.stdin
    buffer = getattr(stream, "buffer", None)
    # A stream without bytes (one a test or a program put there) gives its text; bytes that were not UTF-8
    # came in as surrogates, and go back to bytes for decode to name them.
    data = buffer.read() if buffer is not None else stream.read().encode("utf-8", "surrogateescape")
    check_start(data[:4096], LOCATION, "UTF-8 JSON or JSON Lines")
    return data


def sniff(text: str | bytes) -> str:
    """``jsonl`` when the first non-blank line is a JSON value of its own and more lines follow, else ``json``."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")  # a bad byte is for the reader to name, where it is
    lines = [line for line in text.removeprefix("\ufeff").split("\n") if line.strip()]
    if len(lines) < 2:
        return "json"
    try:
        json.loads(lines[0])
    except ValueError:  # "{" or "[" alone: indented JSON
        return "json"
    return "jsonl"


def load(format: str | None = None, *, annotator: str | None = None) -> tuple[str, list[Document]]:
    """Read the documents on standard input: ``(format read, documents)``.

    Raises:
        UsageError: for a format that cannot be read from standard input (brat) or at all (csv).
        InputError, ValidationError, FormatError: for input that cannot be read, naming ``<stdin>``.
    """
    import inspect

    from stancekit import formats
    from stancekit.errors import UsageError
    from stancekit.model import Document

    if format == "brat":
        raise UsageError(
            "-: brat annotations need their .txt file beside them; expected an .ann file, not standard input"
        )
    module = formats.get(format) if format is not None else None  # an unknown --from, before the input is read
    text = read_text()
    name = format or sniff(text)
    module = module or formats.get(name)
    loads = getattr(module, "loads_all", None) or getattr(module, "loads", None)
    if loads is None or not hasattr(module, "load"):
        raise UsageError(f"-: the {name} format cannot be read; expected a readable format")
    options: dict[str, Any] = {"location": LOCATION}
    if annotator is not None and "annotator" in inspect.signature(loads).parameters:
        options["annotator"] = annotator
    loaded = loads(text, **options)
    return name, [loaded] if isinstance(loaded, Document) else list(loaded)


def read_documents(
    path: str | os.PathLike[str], *, format: str | None = None, text: str | os.PathLike[str] | None = None
) -> Iterator[Document]:
    """:func:`stancekit.evaluate.read_documents`, and for ``-`` the documents on standard input."""
    if os.fspath(path) == STDIN:
        yield from load(format)[1]
        return
    from stancekit.evaluate import read_documents as read_files

    yield from read_files(path, format=format, text=text)

"""Reading and writing files safely: strict UTF-8 and JSON, clear errors, atomic writes."""

from __future__ import annotations

import contextlib
import json
import math
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from stancekit.errors import InputError

__all__ = ["atomic_write", "atomic_writer", "decode", "parse_json", "read_bytes", "read_text"]

_BOM = b"\xef\xbb\xbf"


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of ``path``; a missing or unreadable file raises ``InputError``."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory; expected a file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None


def decode(data: bytes, location: str) -> str:
    """Decode strict UTF-8 without a byte-order mark."""
    if data.startswith(_BOM):
        raise InputError(f"{location}: starts with a UTF-8 byte-order mark; expected UTF-8 without one")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{location}: byte 0x{data[error.start]:02x} at offset {error.start} is not UTF-8; expected UTF-8 text"
        ) from None


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of ``path`` as strict UTF-8, newlines kept exactly (CRLF stays CRLF)."""
    return decode(read_bytes(path), str(path))


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number; expected a finite number")


def _finite_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        shown = literal if len(literal) <= 40 else literal[:39] + "…"
        raise ValueError(f"{shown} is too large for a number; expected a finite number")
    return value


def parse_json(text: str, location: str) -> Any:
    """Parse strict JSON: no NaN or Infinity (nor ``1e400``), bounded nesting, clear one-line errors.

    Raises:
        InputError: naming ``location``, the line and column, and the problem.
    """
    if not text.strip():
        raise InputError(f"{location}: is empty; expected JSON")
    try:
        return json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except json.JSONDecodeError as error:
        one_line = "\n" not in text.rstrip("\r\n")
        where = f"column {error.colno}" if one_line else f"line {error.lineno} column {error.colno}"
        raise InputError(f"{location}: not valid JSON at {where}: {error.msg}") from None
    except RecursionError:
        raise InputError(f"{location}: JSON nested too deeply; expected a document of sensible depth") from None
    except ValueError as error:
        if "digits" in str(error):
            message = "a number with thousands of digits; expected numbers of sensible size"
            raise InputError(f"{location}: {message}") from None
        raise InputError(f"{location}: {error}") from None  # NaN or Infinity


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Open a temporary text file beside ``path``; on success rename it into place.

    A failure half-way never leaves half a file: either the old content or
    the new one is there, and the temporary file is removed.
    """
    target = Path(path)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(descriptor, "w", encoding=encoding, newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def atomic_write(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through :func:`atomic_writer`."""
    with atomic_writer(path, encoding=encoding) as handle:
        handle.write(text)
